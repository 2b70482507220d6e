/**
 * The built site served as a congress office's nginx serves it (the static server with the
 * deployment's rules, which tests/unit/nginx-config.test.ts checks against nginx itself):
 * under a sub-path, with cache, security and CSP headers, precompressed copies, a real 404.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, watchProblems } from '../../scripts/lib/browser.ts';
import { COMPRESSIBLE } from '../../scripts/lib/precompress.ts';
import { LONG_CACHE, SECURITY_HEADERS, readCsp } from '../../scripts/lib/serve-rules.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { siteBase } from '../../src/lib/site-base.ts';
import { get } from '../support/http.ts';
import { distDir, requireBuiltSite } from '../support/site.ts';

const BASE = '/rdsc/';
let server: Awaited<ReturnType<typeof serveStatic>>;
const at = (path: string) => server.url + BASE + path;
const builtFiles = () => readdirSync(distDir, { recursive: true, encoding: 'utf8' }).map((name) => name.split('\\').join('/'));
const first = (pattern: RegExp) => {
  const found = builtFiles().find((name) => pattern.test(name));
  if (!found) throw new Error(`no built file matches ${pattern}`);
  return found;
};

beforeAll(async () => {
  requireBuiltSite();
  // Headers do not depend on the base the site was built for, so any build is served under /rdsc/ here.
  server = await serveStatic(distDir, { base: BASE, rules: true });
});
afterAll(async () => {
  await server?.close();
});

function expectSecurityHeaders(headers: Record<string, string | string[] | undefined>, what: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
  // The build's policy when it wrote one (dist/_deploy/csp-header.txt), none otherwise.
  expect(headers['content-security-policy'], `${what}: CSP`).toBe(readCsp(distDir));
}

describe('serving the built site under a sub-path, with the deployment rules', () => {
  it('a page: HTML, revalidated, with the security headers', async () => {
    const response = await get(at('powers/budget/'));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['vary']).toBe('Accept-Encoding');
    expect(response.body.toString('utf8')).toContain('<html');
    expectSecurityHeaders(response.headers, 'page');
  });

  it('hashed assets are cached for a year: an _astro script and Pagefind index chunks', async () => {
    for (const path of [first(/^_astro\/.+\.js$/), first(/^_astro\/.+\.css$/), first(/^pagefind\/index\/.+\.pf_index$/), first(/^pagefind\/fragment\/.+\.pf_fragment$/), first(/^pagefind\/[^/]+\.pf_meta$/)]) {
      const response = await get(at(path));
      expect(response.status, path).toBe(200);
      expect(response.headers['cache-control'], path).toBe(LONG_CACHE);
      expectSecurityHeaders(response.headers, path);
      if (path.startsWith('pagefind/')) {
        // Pagefind unpacks its own gzip data: sent as opaque bytes, never as gzip-encoded.
        expect(response.headers['content-type'], path).toBe('application/octet-stream');
        expect(response.headers['content-encoding'], path).toBeUndefined();
        expect(response.body.equals(readFileSync(join(distDir, path))), path).toBe(true);
      }
    }
  });

  it("Pagefind's fixed-name files (its script, entry and wasm) are revalidated", async () => {
    const wasm = first(/^pagefind\/wasm\.[^/]+\.pagefind$/);
    for (const [path, type] of [
      ['pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
      ['pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
      [wasm, 'application/octet-stream'],
    ] as const) {
      const response = await get(at(path));
      expect(response.status, path).toBe(200);
      expect(response.headers['cache-control'], path).toBe('no-cache');
      expect(response.headers['content-type'], path).toBe(type);
    }
  });

  it('handbook.json and a Word file', async () => {
    const json = await get(at('handbook.json'));
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.headers['cache-control']).toBe('no-cache');
    expect(JSON.parse(json.body.toString('utf8'))).toHaveProperty('schemaVersion');
    const docx = first(/^documents\/.+\.docx$/);
    const word = await get(at(docx));
    expect(word.status).toBe(200);
    expect(word.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(word.headers['content-encoding']).toBeUndefined();
    expect(word.body.equals(readFileSync(join(distDir, docx)))).toBe(true);
    expectSecurityHeaders(word.headers, docx);
  });

  it('an unknown page answers 404 with the HTML 404 page; nothing outside the base is served', async () => {
    const response = await get(at('no/such/page/'));
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body.equals(readFileSync(join(distDir, '404.html')))).toBe(true);
    expectSecurityHeaders(response.headers, '404');
    expect((await get(server.url + '/powers/budget/')).status).toBe(404);
    expect((await get(server.url + '/index.html')).status).toBe(404);
    const bare = await get(server.url + BASE.slice(0, -1));
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe(BASE);
  });

  it('sends the .br copy to a browser that accepts br, .gz to one that accepts gzip only, the file to others', async () => {
    for (const path of ['powers/budget/index.html', first(/^_astro\/.+\.js$/), 'handbook.json']) {
      const original = readFileSync(join(distDir, path));
      const br = await get(at(path), { 'Accept-Encoding': 'gzip, deflate, br' });
      expect(br.headers['content-encoding'], path).toBe('br');
      expect(br.headers['vary'], path).toBe('Accept-Encoding');
      expect(br.body.length, path).toBeLessThan(original.length);
      expect(brotliDecompressSync(br.body).equals(original), path).toBe(true);
      const gzip = await get(at(path), { 'Accept-Encoding': 'gzip' });
      expect(gzip.headers['content-encoding'], path).toBe('gzip');
      expect(gunzipSync(gzip.body).equals(original), path).toBe(true);
      const plain = await get(at(path), { 'Accept-Encoding': 'identity' });
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.body.equals(original), path).toBe(true);
    }
  });

  it('the build wrote .gz and .br copies of text files, none of Pagefind\'s data or Word files', () => {
    const files = new Set(builtFiles());
    const text = [...files].filter((name) => COMPRESSIBLE.test(name) && !name.startsWith('_deploy/'));
    const missing = text.filter((name) => !files.has(`${name}.br`) || !files.has(`${name}.gz`));
    // A copy is skipped only when it would not be smaller: a handful of tiny files at most.
    expect(missing.length, missing.join(', ')).toBeLessThanOrEqual(3);
    expect(text.length).toBeGreaterThan(150);
    expect([...files].filter((name) => /\.(pf_\w+|pagefind|docx)\.(gz|br)$/.test(name))).toEqual([]);
  });

  it('/_deploy/ (the CSP snippet for nginx) is never served', async () => {
    for (const path of ['_deploy/csp.conf', '_deploy/csp-header.txt', '_deploy/']) {
      const response = await get(at(path));
      expect(response.status, path).toBe(404);
      expect(response.body.equals(readFileSync(join(distDir, '404.html'))), path).toBe(true);
    }
  });
});

describe('the site in a browser, served with the deployment rules at the base it was built for', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  const base = siteBase();
  beforeAll(async () => {
    requireBuiltSite();
    site = await serveStatic(distDir, { base, rules: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('pages load compressed and search works, with no error (MIME types, nosniff, Permissions-Policy, CSP)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchProblems(page);
    const encodings = new Set<string>();
    page.on('response', (response) => {
      const encoding = response.headers()['content-encoding'];
      if (encoding) encodings.add(encoding);
    });
    await page.goto(`${site.url}${base}search/?q=${encodeURIComponent('述职')}`);
    await page.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'false' && document.querySelector('[data-search-results] a'));
    const href = await page.locator('[data-search-results] .search-result__title').first().getAttribute('href');
    expect(href?.startsWith(base)).toBe(true);
    await page.goto(`${site.url}${base}powers/budget/`);
    await expect(page.locator('h1').first().innerText()).resolves.toBeTruthy();
    expect(encodings).toContain('br');
    expect(problems).toEqual([]);
    await context.close();
  });
});

// The offline copy is for double-clicking, not for a web server: no compressed copies in it.
const offlineZip = join(distDir, '..', 'handbook-offline.zip');
describe.skipIf(!existsSync(offlineZip))('the offline copy (handbook-offline.zip)', () => {
  it('holds no .gz or .br files and no _deploy folder', () => {
    const names: string[] = [];
    unzipSync(readFileSync(offlineZip), { filter: (file) => (names.push(file.name), false) });
    expect(names.length).toBeGreaterThan(100);
    expect(names.filter((name) => /\.(gz|br)$/.test(name) || /\/_deploy\//.test(name))).toEqual([]);
  });
});
