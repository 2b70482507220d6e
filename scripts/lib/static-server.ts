/**
 * A minimal static file server over a built site, on a free loopback port, for browser
 * tests and benchmarks: folders serve their index.html, unknown paths the site's 404 page.
 *
 * Options, for testing the site as a congress office will serve it:
 * - `base`: serve the site under a sub-path (`/rdsc/` → `/rdsc/x/` is dist/x/); anything
 *   outside it is 404, and `/rdsc` redirects to `/rdsc/`.
 * - `rules`: send what deploy/nginx.conf sends (serve-rules.ts): cache, security and CSP
 *   headers, the build's `.br`/`.gz` copies to clients that accept them, and the 404 page
 *   with status 404 and the same headers.
 * Without options it behaves as it always has (bare Content-Type headers, no compression).
 * `/_deploy/` (build output for the server's operator) is never served.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { headersFor, isHidden, readCsp } from './serve-rules.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};

export interface ServeOptions {
  /** The sub-path the site was built for, e.g. `/rdsc/` (default `/`). */
  base?: string;
  /** Apply the deployment's serving rules (headers, precompressed copies, 404 status). */
  rules?: boolean;
  /** A fixed port (for a site built to know its own address); default: any free one. */
  port?: number;
}

/** The encodings a request accepts, from its Accept-Encoding header (q=0 means refused). */
function acceptedEncodings(request: IncomingMessage): Set<string> {
  const accepted = new Set<string>();
  for (const part of (request.headers['accept-encoding'] ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
    if (name && (q === undefined || Number(q) > 0)) accepted.add(name);
  }
  return accepted;
}

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<{ url: string; close(): Promise<void>; server: Server }> {
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const csp = options.rules ? readCsp(root) : undefined;
  const notFoundPage = join(root, '404.html');

  const server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (base !== '/' && path === base.slice(0, -1)) {
      response.writeHead(301, { Location: base }).end();
      return;
    }
    const inside = path.startsWith(base) ? path.slice(base.length) : undefined;
    let file = inside === undefined ? undefined : normalize(join(root, inside));
    if (file && file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const relative = file?.slice(root.length).split(sep).join('/');
    const found = file !== undefined && relative !== undefined && !isHidden(relative) && existsSync(file) && statSync(file).isFile();

    if (!options.rules) {
      if (!found) {
        response.writeHead(404, { 'Content-Type': TYPES['.html']! }).end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'not found');
        return;
      }
      response.writeHead(200, { 'Content-Type': TYPES[extname(file!)] ?? 'application/octet-stream' }).end(readFileSync(file!));
      return;
    }

    // With rules: what nginx does with deploy/nginx.conf.
    const status = found ? 200 : 404;
    const served = found ? file! : existsSync(notFoundPage) ? notFoundPage : undefined;
    if (!served) {
      response.writeHead(404, { ...headersFor('404.html', csp), 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const headers: Record<string, string> = headersFor(found ? relative! : '404.html', csp);
    const accepted = acceptedEncodings(request);
    const variants = [
      { suffix: '.br', encoding: 'br' },
      { suffix: '.gz', encoding: 'gzip' },
    ].filter((variant) => existsSync(served + variant.suffix));
    const chosen = variants.find((variant) => accepted.has(variant.encoding));
    if (variants.length) headers['Vary'] = 'Accept-Encoding';
    if (chosen) headers['Content-Encoding'] = chosen.encoding;
    const body = readFileSync(chosen ? served + chosen.suffix : served);
    headers['Content-Length'] = String(body.length);
    // Node sends no body in answer to HEAD by itself.
    response.writeHead(status, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
