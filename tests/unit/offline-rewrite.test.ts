import { describe, expect, it } from 'vitest';
import { relativeAddress, rewriteCss, rewriteHtml, rootPrefix } from '../../src/lib/offline/rewrite-html.ts';

describe('offline rewriting', () => {
  it('makes site addresses relative and ends folder addresses in index.html', () => {
    expect(relativeAddress('/powers/budget/', '/index.html')).toBe('powers/budget/index.html');
    expect(relativeAddress('/powers/budget/#x', '/search/index.html')).toBe('../powers/budget/index.html#x');
    expect(relativeAddress('/', '/law/organic-2022/index.html')).toBe('../../index.html');
    expect(relativeAddress('/search/?q=述职', '/index.html')).toBe('search/index.html?q=述职');
    expect(relativeAddress('/_astro/a.css', '/powers/budget/index.html')).toBe('../../_astro/a.css');
    expect(relativeAddress('https://example.org/', '/index.html')).toBe('https://example.org/');
    expect(relativeAddress('#art-12', '/law/x/index.html')).toBe('#art-12');
  });

  it('knows the way back to the root', () => {
    expect(rootPrefix('/index.html')).toBe('');
    expect(rootPrefix('/powers/budget/index.html')).toBe('../../');
  });

  it('turns module scripts into one deferred classic bundle and inline modules into classic scripts', () => {
    const html = '<html><head><link rel="modulepreload" href="/_astro/c.js"><script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script></head><body><script type="module">let x = 1;</script><a href="/law/">法律</a><form action="/search/"></form></body></html>';
    const out = rewriteHtml(html, { pagePath: '/powers/budget/index.html', classicBundle: '/_offline/bundle.js' });
    expect(out).not.toContain('type="module"');
    expect(out).not.toContain('modulepreload');
    expect(out.match(/<script defer src="..\/..\/_offline\/bundle.js"><\/script>/g)).toHaveLength(1);
    expect(out).toContain('<script>document.addEventListener("DOMContentLoaded",()=>{let x = 1;\n});</script>');
    expect(out).toContain('href="../../law/index.html"');
    expect(out).toContain('action="../../search/index.html"');
    expect(out).toContain('<meta name="handbook:root" content="../../">');
  });

  it('rewrites url() in stylesheets', () => {
    expect(rewriteCss('a{background:url(/_astro/x.svg)}', '/_astro/site.css')).toBe('a{background:url(x.svg)}');
  });
});
