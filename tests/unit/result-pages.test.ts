import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFragment, resultPages, resultPagesScript } from '../../src/lib/search/result-pages.ts';

const fragment = (json: object) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(json)}`));

describe('search result pages (what each Pagefind result is, before data())', () => {
  it('reads a Pagefind fragment: gzip, signature, JSON', () => {
    expect(readFragment(fragment({ url: '/powers/budget/', meta: { title: '预算' } })).url).toBe('/powers/budget/');
    expect(() => readFragment(gzipSync(Buffer.from('{"url":"/"}')))).toThrow(/pagefind_dcd/);
  });

  it('maps each fragment id to address, title and category, and writes it after search-data.js', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pf-'));
    mkdirSync(join(dir, 'fragment'));
    writeFileSync(join(dir, 'fragment', 'zh-cn_abc.pf_fragment'), fragment({ url: '/law/organic-2022/', meta: { title: '地方组织法', summary: '组织法全文' }, filters: { 类别: ['法律'] } }));
    writeFileSync(join(dir, 'fragment', 'zh-cn_def.pf_fragment'), fragment({ url: '/search/', meta: {}, filters: {} }));
    const pages = resultPages(dir);
    expect(pages).toEqual({ 'zh-cn_abc': ['/law/organic-2022/', '地方组织法', '法律', '组织法全文'], 'zh-cn_def': ['/search/', '/search/', '', ''] });
    const window: { __handbookSearchData?: { pages?: unknown } } = { __handbookSearchData: {} };
    new Function('window', resultPagesScript(pages))(window);
    expect(window.__handbookSearchData?.pages).toEqual(pages);
  });
});
