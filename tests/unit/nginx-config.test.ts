/**
 * deploy/nginx.conf: the committed file is what `npm run deploy:nginx` writes from the rules,
 * it says what it must, and — where nginx is installed — nginx accepts it and sends the same
 * headers and bodies as the project's static server with rules, on a small site.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nginxConfig } from '../../scripts/lib/nginx-config.ts';
import { precompress } from '../../scripts/lib/precompress.ts';
import { SECURITY_HEADERS } from '../../scripts/lib/serve-rules.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { projectRoot } from '../support/fixture-project.ts';
import { get } from '../support/http.ts';
import { BROTLI_MODULE, NGINX, startNginx, testConfig, withoutBrotli } from '../support/nginx.ts';

const committed = readFileSync(join(projectRoot, 'deploy', 'nginx.conf'), 'utf8');

/** The location blocks of a config, by their opening line, with the lines directly inside them. */
function blocks(config: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  const stack: Array<{ head: string; lines: string[] }> = [];
  for (const raw of config.split('\n')) {
    const line = raw.trim();
    if (line.endsWith('{')) stack.push({ head: line, lines: [] });
    else if (line === '}') {
      const block = stack.pop()!;
      if (block.head.startsWith('location ')) result.set(block.head, block.lines);
    } else if (line && !line.startsWith('#')) stack.at(-1)?.lines.push(line);
  }
  return result;
}

describe('deploy/nginx.conf', () => {
  it('is what `npm run deploy:nginx` writes from the serving rules (regenerate after changing them)', () => {
    expect(committed).toBe(nginxConfig());
  });

  it('serves /rdsc/ from /srv/handbook with the precompressed copies, the 404 page and the CSP snippet', () => {
    for (const line of [
      'location = /rdsc {',
      'location ^~ /rdsc/ {',
      'alias /srv/handbook/;',
      'try_files $uri $uri/index.html =404;',
      'error_page 404 /rdsc/404.html;',
      'gzip_static on;',
      'brotli_static on;',
      'include /srv/handbook/_deploy/csp.conf;',
      'application/wasm wasm;',
      'application/octet-stream pf_meta pf_index pf_fragment pf_filter pagefind;',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document docx;',
      'text/calendar ics;',
      'text/javascript js mjs;',
      'location ^~ /rdsc/_deploy/ {',
      'location ~ ^/rdsc/_astro/ {',
      'add_header Cache-Control "public, max-age=31536000, immutable" always;',
      'add_header Cache-Control "no-cache" always;',
    ]) {
      expect(committed.split('\n').map((text) => text.trim()), line).toContain(line);
    }
    // The brotli line is on its own, with a comment saying what to do without ngx_brotli.
    expect(committed).toMatch(/# .*unknown directive "brotli_static".*delete the next line.*\n\s*brotli_static on;\n/);
  });

  it('repeats every header in each location that adds one (nginx drops the outer ones there)', () => {
    const all = blocks(committed);
    const withHeaders = [...all].filter(([, lines]) => lines.some((line) => line.startsWith('add_header')));
    expect(withHeaders.length).toBeGreaterThanOrEqual(3);
    for (const [head, lines] of withHeaders) {
      for (const name of ['Cache-Control', ...Object.keys(SECURITY_HEADERS)]) {
        expect(lines.some((line) => line.startsWith(`add_header ${name} `) && line.endsWith(' always;')), `${head} ${name}`).toBe(true);
      }
      expect(lines, head).toContain('include /srv/handbook/_deploy/csp.conf;');
    }
    expect(all.get('location ^~ /rdsc/_deploy/ {')).toEqual(['return 404;']);
  });

  it('takes another base and root, and refuses ones that would need quoting', () => {
    const config = nginxConfig({ base: 'handbook', root: '/var/www/handbook/' });
    expect(config).toContain('location ^~ /handbook/ {');
    expect(config).toContain('alias /var/www/handbook/;');
    expect(config).toContain('include /var/www/handbook/_deploy/csp.conf;');
    expect(config).toContain('location ~ ^/handbook/_astro/ {');
    expect(nginxConfig({ base: '/' })).not.toContain('location = ');
    const withHsts = blocks(nginxConfig({ include: ['/etc/nginx/snippets/hsts.conf'] }));
    for (const [head, lines] of withHsts) if (lines.includes('include /srv/handbook/_deploy/csp.conf;')) expect(lines, head).toContain('include /etc/nginx/snippets/hsts.conf;');
    expect(() => nginxConfig({ base: '/a b/' })).toThrow(/base path/);
    expect(() => nginxConfig({ root: 'srv/handbook' })).toThrow(/root/);
    expect(() => nginxConfig({ root: '/srv/hand;book' })).toThrow(/root/);
  });
});

describe.skipIf(!NGINX)('deploy/nginx.conf in nginx', () => {
  let site: string;
  const csp = "default-src 'self'; object-src 'none'";
  const big = '<p>乡镇人民代表大会审查和批准本行政区域内的预算和预算执行情况的报告。</p>\n'.repeat(100);
  const files: Record<string, string | Buffer> = {
    'index.html': `<!doctype html><title>手册</title>${big}`,
    '404.html': `<!doctype html><title>没有这一页</title>${big}`,
    'powers/budget/index.html': `<!doctype html><title>预算</title>${big}`,
    '_astro/search-ui.ChZA7guV.js': 'export const search = () => "搜索";\n'.repeat(100),
    'pagefind/pagefind.js': 'export const pagefind = 1;\n'.repeat(100),
    'pagefind/pagefind-entry.json': '{"version":"1.6.0"}',
    'pagefind/index/zh-cn_0eabec9.pf_index': gzipSync(Buffer.from(big)),
    'pagefind/wasm.unknown.pagefind': gzipSync(Buffer.from(big)),
    'handbook.json': JSON.stringify({ entries: Array.from({ length: 100 }, (_, id) => ({ id, title: '预算' })) }),
    'documents/budget-1/yu-suan.docx': Buffer.from('PK\u0003\u0004 a Word file'),
    '_deploy/csp.conf': `add_header Content-Security-Policy "${csp}" always;\n`,
    '_deploy/csp-header.txt': `${csp}\n`,
  };

  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'handbook-site-'));
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), content);
    }
    await precompress(site);
  });
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  const snippet = () => {
    const config = nginxConfig({ root: site });
    return BROTLI_MODULE ? config : withoutBrotli(config);
  };

  it('passes nginx -t', async () => {
    const { code, output } = await testConfig(snippet());
    expect(output).toContain('syntax is ok');
    expect(output).not.toMatch(/\[warn\]/);
    expect(code).toBe(0);
  });

  it('without ngx_brotli, fails on brotli_static alone, and passes once that line is deleted (deploy/README.md)', async () => {
    const config = nginxConfig({ root: site });
    const without = await testConfig(config, { brotli: false });
    expect(without.output).toContain('unknown directive "brotli_static"');
    expect(without.code).not.toBe(0);
    const deleted = await testConfig(withoutBrotli(config), { brotli: false });
    expect(deleted.output).toContain('syntax is ok');
    expect(deleted.code).toBe(0);
  });

  it('sends what the static server with rules sends: status, headers and body, for each encoding', async () => {
    const nginx = await startNginx(snippet());
    const node = await serveStatic(site, { base: '/rdsc/', rules: true });
    try {
      const paths = [
        '/rdsc/',
        '/rdsc/powers/budget/',
        '/rdsc/_astro/search-ui.ChZA7guV.js',
        '/rdsc/pagefind/pagefind.js',
        '/rdsc/pagefind/pagefind-entry.json',
        '/rdsc/pagefind/index/zh-cn_0eabec9.pf_index',
        '/rdsc/pagefind/wasm.unknown.pagefind',
        '/rdsc/handbook.json',
        '/rdsc/documents/budget-1/yu-suan.docx',
        '/rdsc/no/such/page/',
        '/rdsc/_deploy/csp.conf',
        '/rdsc/_deploy/csp-header.txt',
        '/rdsc/_deploy/',
      ];
      const encodings = ['', 'gzip', ...(BROTLI_MODULE ? ['gzip, deflate, br'] : [])];
      const compared = ['content-type', 'cache-control', 'content-encoding', 'vary', 'content-security-policy', ...Object.keys(SECURITY_HEADERS).map((name) => name.toLowerCase())];
      for (const path of paths) {
        for (const encoding of encodings) {
          const headers: Record<string, string> = encoding ? { 'Accept-Encoding': encoding } : {};
          const [fromNginx, fromNode] = await Promise.all([get(nginx.url + path, headers), get(node.url + path, headers)]);
          const what = `${path} (Accept-Encoding: ${encoding || 'none'})`;
          expect(fromNode.status, what).toBe(fromNginx.status);
          for (const name of compared) expect(fromNode.headers[name], `${what} ${name}`).toBe(fromNginx.headers[name]);
          expect(fromNode.body.equals(fromNginx.body), `${what} body`).toBe(true);
        }
      }
      // And what they agree on is right.
      const page = await get(nginx.url + '/rdsc/powers/budget/', { 'Accept-Encoding': 'gzip' });
      expect(page.headers).toMatchObject({ 'content-encoding': 'gzip', 'cache-control': 'no-cache', 'content-security-policy': csp, 'x-frame-options': 'SAMEORIGIN' });
      expect((await get(nginx.url + '/rdsc/no/such/page/')).status).toBe(404);
      expect((await get(nginx.url + '/rdsc/_deploy/csp.conf')).status).toBe(404);
      expect((await get(nginx.url + '/rdsc/_astro/search-ui.ChZA7guV.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const redirect = await get(nginx.url + '/rdsc');
      expect(redirect.status).toBe(301);
      expect(new URL(redirect.headers.location!, nginx.url).pathname).toBe('/rdsc/');
    } finally {
      await node.close();
      await nginx.close();
    }
  });
});
