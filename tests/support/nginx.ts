/**
 * A real nginx for tests of deploy/nginx.conf, when one is installed (Debian: `apt-get install
 * nginx libnginx-mod-http-brotli-static`; NGINX_PATH points at another): the generated
 * snippet inside a minimal nginx.conf whose logs, pid and temporary files all live in a
 * temporary folder, in the foreground, on a free loopback port.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { freePort } from './http.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find(
  (path): path is string => !!path && existsSync(path),
);

/** ngx_brotli's static module where Debian and Ubuntu install it; undefined when absent. */
export const BROTLI_MODULE = ['/usr/lib/nginx/modules/ngx_http_brotli_static_module.so', '/usr/share/nginx/modules/ngx_http_brotli_static_module.so'].find((path) => existsSync(path));

/** The snippet as an office without ngx_brotli would use it (deploy/README.md): the brotli_static line deleted. */
export const withoutBrotli = (snippet: string) => snippet.replace(/^\s*brotli_static on;\n/m, '');

function mainConfig(folder: string, port: number, brotli = !!BROTLI_MODULE): string {
  return [
    'daemon off;',
    'master_process off;',
    `pid ${folder}/nginx.pid;`,
    `error_log ${folder}/error.log;`,
    ...(brotli && BROTLI_MODULE ? [`load_module ${BROTLI_MODULE};`] : []),
    'events { worker_connections 64; }',
    'http {',
    '    access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${folder}/${kind};`),
    '    server {',
    `        listen 127.0.0.1:${port};`,
    `        include ${folder}/handbook.conf;`,
    '    }',
    '}',
    '',
  ].join('\n');
}


/** `nginx -t` on the snippet: its exit code and what it said. `brotli: false` leaves ngx_brotli out. */
export async function testConfig(snippet: string, options: { brotli?: boolean } = {}): Promise<{ code: number; output: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'handbook-nginx-'));
  try {
    writeFileSync(join(folder, 'handbook.conf'), snippet);
    writeFileSync(join(folder, 'nginx.conf'), mainConfig(folder, await freePort(), options.brotli));
    const result = spawnSync(NGINX!, ['-t', '-p', folder, '-e', join(folder, 'error.log'), '-c', join(folder, 'nginx.conf')], { encoding: 'utf8' });
    return { code: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** nginx serving the snippet until close(). */
export async function startNginx(snippet: string): Promise<{ url: string; close(): Promise<void> }> {
  const folder = mkdtempSync(join(tmpdir(), 'handbook-nginx-'));
  const port = await freePort();
  writeFileSync(join(folder, 'handbook.conf'), snippet);
  writeFileSync(join(folder, 'nginx.conf'), mainConfig(folder, port));
  const child: ChildProcess = spawn(NGINX!, ['-p', folder, '-e', join(folder, 'error.log'), '-c', join(folder, 'nginx.conf')], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(folder, { recursive: true, force: true });
  };
  // Up once it accepts a connection (a few milliseconds; five seconds at most).
  for (let tries = 0; ; tries++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      }).on('error', () => resolve(false));
    });
    if (up) break;
    if (tries > 100 || child.exitCode !== null) {
      const log = existsSync(join(folder, 'error.log')) ? readFileSync(join(folder, 'error.log'), 'utf8') : '';
      await close();
      throw new Error(`nginx did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url: `http://127.0.0.1:${port}`, close };
}
