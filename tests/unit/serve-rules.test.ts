/** The serving rules: cache lifetimes, security headers, MIME types, the hidden _deploy folder, the CSP. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LONG_CACHE, SHORT_CACHE, cacheControl, contentType, headersFor, isHidden, readCsp } from '../../scripts/lib/serve-rules.ts';

describe('serving rules', () => {
  it('caches hashed files for a year and revalidates everything else', () => {
    for (const path of [
      '_astro/search-ui.ChZA7guV.js',
      '/_astro/print.ehPL0gv-.css',
      'pagefind/pagefind.zh-cn_86626d2572f2f.pf_meta',
      'pagefind/index/zh-cn_0eabec9.pf_index',
      'pagefind/fragment/zh-cn_10a9db7.pf_fragment',
      'pagefind/filter/zh-cn_1368693.pf_filter',
    ]) {
      expect(cacheControl(path), path).toBe(LONG_CACHE);
    }
    for (const path of [
      'index.html',
      'powers/budget/index.html',
      '404.html',
      'handbook.json',
      'search-data.js',
      'sitemap-index.xml',
      'sitemap-0.xml',
      'handbook-offline.zip',
      'favicon.svg',
      'documents/budget-adjustment-1/yu-suan-tiao-zheng-fang-an.docx',
      // Pagefind's fixed names: they must change together with the hashed index they point to.
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind-worker.js',
      'pagefind/wasm.unknown.pagefind',
      'pagefind/wasm.zh-cn.pagefind',
      // Not under pagefind/: no hash promised.
      'guides/x.pf_index',
    ]) {
      expect(cacheControl(path), path).toBe(SHORT_CACHE);
    }
  });

  it('names the right MIME types', () => {
    expect(contentType('index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('_astro/a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentType('x.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentType('handbook.json')).toBe('application/json; charset=utf-8');
    expect(contentType('pagefind/x.wasm')).toBe('application/wasm');
    for (const extension of ['pf_meta', 'pf_index', 'pf_fragment', 'pf_filter', 'pagefind']) expect(contentType(`pagefind/x.${extension}`)).toBe('application/octet-stream');
    expect(contentType('documents/a/b.docx')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(contentType('plan.ics')).toBe('text/calendar; charset=utf-8');
    expect(contentType('handbook-offline.zip')).toBe('application/zip');
    expect(contentType('README')).toBe('application/octet-stream');
  });

  it('sends the security headers with everything, and the CSP when the build wrote one', () => {
    for (const path of ['index.html', '_astro/a.js', 'pagefind/index/zh-cn_0eabec9.pf_index', 'handbook.json']) {
      const headers = headersFor(path);
      expect(headers).toMatchObject({
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'X-Frame-Options': 'SAMEORIGIN',
      });
      expect(headers['Permissions-Policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
      // The slides go full screen and a citation is copied to the clipboard: both stay allowed.
      expect(headers['Permissions-Policy']).not.toMatch(/fullscreen|clipboard/);
      expect(headers).not.toHaveProperty('Content-Security-Policy');
    }
    expect(headersFor('index.html', "default-src 'self'")['Content-Security-Policy']).toBe("default-src 'self'");
  });

  it('never serves _deploy/', () => {
    expect(isHidden('_deploy/csp.conf')).toBe(true);
    expect(isHidden('/_deploy/')).toBe(true);
    expect(isHidden('_deploy')).toBe(true);
    expect(isHidden('_deployment/x.html')).toBe(false);
    expect(isHidden('guides/_deploy/x.html')).toBe(false);
  });

  it('reads the CSP from _deploy/csp-header.txt, and none when the build wrote none', () => {
    const dist = mkdtempSync(join(tmpdir(), 'handbook-csp-'));
    try {
      expect(readCsp(dist)).toBeUndefined();
      mkdirSync(join(dist, '_deploy'));
      writeFileSync(join(dist, '_deploy', 'csp-header.txt'), "default-src 'self'; img-src 'self' data:\n");
      expect(readCsp(dist)).toBe("default-src 'self'; img-src 'self' data:");
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
