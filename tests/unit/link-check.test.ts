import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLinks } from '../../src/lib/link-check.ts';

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

describe('checkLinks', () => {
  it('accepts links to pages and ids that exist, relative or absolute', () => {
    const dir = site({
      'index.html': '<a href="/law/organic-2022/#art-12">x</a><a href="law/organic-2022/">y</a><a href="https://example.org/">ext</a>',
      'law/organic-2022/index.html': '<article id="art-12"></article><a href="#art-12">self</a><a href="../../">home</a>',
    });
    expect(checkLinks(dir)).toEqual([]);
  });

  it('reports a missing page and a missing fragment, naming the source file', () => {
    const dir = site({
      'powers/budget/index.html': '<meta name="handbook:source" content="content/powers/budget.mdx"><a href="/procedures/nope/">x</a><a href="/law/x/#art-999">y</a>',
      'law/x/index.html': '<p id="art-1"></p>',
    });
    expect(checkLinks(dir)).toEqual([
      'content/powers/budget.mdx (page /powers/budget/index.html): link to /procedures/nope/ leads nowhere',
      'content/powers/budget.mdx (page /powers/budget/index.html): link to /law/x/#art-999 — the page exists but has no element with id "art-999"',
    ]);
  });

  it('names a link to a draft, which the build leaves out (a page, or a glossary term)', () => {
    const dir = site({
      'index.html': '<a href="/guides/draft-guide/">x</a><a href="/glossary/#draft-term">y</a><a href="/glossary/#quorum">z</a>',
      'glossary/index.html': '<div id="quorum"></div>',
    });
    const drafts = new Map([['/guides/draft-guide/', 'content/guides/draft-guide.mdx'], ['/glossary/#draft-term', 'content/glossary/draft-term.mdx']]);
    expect(checkLinks(dir, '/', drafts)).toEqual([
      'page /index.html: link to /guides/draft-guide/ leads to a draft (content/guides/draft-guide.mdx has draft: true), which the build leaves out: remove the link, or publish the draft by removing its draft line',
      'page /index.html: link to /glossary/#draft-term leads to a draft (content/glossary/draft-term.mdx has draft: true), which the build leaves out: remove the link, or publish the draft by removing its draft line',
    ]);
  });

  it('ignores href-like text inside scripts', () => {
    const dir = site({ 'index.html': '<script>const s = `<a href="${u}">`;</script>' });
    expect(checkLinks(dir)).toEqual([]);
  });
});
