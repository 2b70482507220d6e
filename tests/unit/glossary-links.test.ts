import { describe, expect, it } from 'vitest';
import { linkTermsInPage } from '../../src/lib/glossary-links.ts';

const terms = [
  { id: 'presidium', names: ['主席团', '人大主席团'], definition: '大会开会时选出的主持机构。' },
  { id: 'majority-of-all', names: ['全体代表的过半数'], definition: '按全体代表算的过半数。' },
  { id: 'term', names: ['届'], definition: '一届人大的任期。' },
];
const page = (content: string) => `<!doctype html><html><head></head><body><div class="sl-markdown-content">${content}</div></body></html>`;
const links = (html: string) => [...html.matchAll(/<a class="term-ref__link" href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => `${m[2]}→${m[1]}`);

describe('glossary term links', () => {
  it('links only the first use of each term on a page', () => {
    const out = linkTermsInPage(page('<p>主席团开会。</p><p>主席团再开会。</p>'), terms, '/glossary/');
    expect(links(out)).toEqual(['主席团→/glossary/#presidium']);
    expect(out).toContain('<span class="term-ref__def" role="tooltip" aria-hidden="true" data-pagefind-ignore>大会开会时选出的主持机构。</span>');
  });

  it('prefers the longer name and finds several terms in one text', () => {
    const out = linkTermsInPage(page('<p>由人大主席团提出，以全体代表的过半数通过。</p>'), terms, '/glossary/');
    expect(links(out)).toEqual(['人大主席团→/glossary/#presidium', '全体代表的过半数→/glossary/#majority-of-all']);
    expect(out).toContain('由<span class="term-ref">');
    expect(out).toContain('</span>通过。');
  });

  it('leaves headings, links, quoted law, hidden titles and one-character terms alone', () => {
    const html = page('<h2>主席团</h2><a href="/x/">主席团</a><figure class="law-quote">主席团</figure><p aria-hidden="true">主席团</p><p>本届主席团。</p>');
    const out = linkTermsInPage(html, terms, '/glossary/');
    expect(links(out)).toEqual(['主席团→/glossary/#presidium']);
    expect(out).toContain('<p>本届<span class="term-ref">');
  });

  it('returns pages without a content area unchanged', () => {
    const html = '<html><body><p>主席团</p></body></html>';
    expect(linkTermsInPage(html, terms, '/glossary/')).toBe(html);
  });

  it('reads past scripts, void and self-closing elements, and stops at the end of the content area', () => {
    const html = `<!doctype html><html><body><div class="sl-markdown-content"><script>var a = "<p>主席团</p>";</script><p>见<br>图<svg><path d="M0"/></svg><img src="x.png" alt="">，主席团。</p><div><span class="basis">人大主席团</span></div></div><footer>全体代表的过半数</footer></body></html>`;
    const out = linkTermsInPage(html, terms, '/glossary/');
    expect(links(out)).toEqual(['主席团→/glossary/#presidium']);
    expect(out).toContain('var a = "<p>主席团</p>";');
    expect(out).toContain('<footer>全体代表的过半数</footer>');
    expect(out.replace(/<span class="term-ref">.*?<\/span><\/span>/, '主席团')).toBe(html);
  });

  it('escapes the definition and keeps entities in the text as they were', () => {
    const out = linkTermsInPage(page('<p>A &amp; B：主席团</p>'), [{ id: 'presidium', names: ['主席团'], definition: '<主持> & 机构' }], '/glossary/');
    expect(out).toContain('<p>A &amp; B：<span class="term-ref">');
    expect(out).toContain('>&lt;主持&gt; &amp; 机构</span>');
  });
});
