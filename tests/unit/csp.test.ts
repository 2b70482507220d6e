/** The Content-Security-Policy a page gets: every inline script, style and style attribute by hash, placed where it covers them. */
import { describe, expect, it } from 'vitest';
import { completePolicy, cspHash, inlineHashes, unionPolicy } from '../../src/lib/csp.ts';

const page = `<!DOCTYPE html><html><head><meta charset="utf-8"/><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-old'"><script>run()</script>
<script type="module" src="/_astro/a.js"></script><script type="application/json">{"data":1}</script><style>p{color:red}</style></head>
<body><p style="--x: 1em;">text</p><span style="a &amp; b"></span></body></html>`;

describe('content security policy', () => {
  it('hashes inline scripts, styles and style attributes (decoded), not external scripts or data blocks', () => {
    expect(inlineHashes(page)).toEqual({
      scripts: [cspHash('run()')],
      styles: [cspHash('p{color:red}')],
      attributes: [cspHash('--x: 1em;'), cspHash('a & b')],
    });
  });

  it('replaces the policy Astro wrote with a complete one, right after the charset', () => {
    const { html } = completePolicy(page);
    expect(html.match(/content-security-policy/g)).toHaveLength(1);
    expect(html).toMatch(/^<!DOCTYPE html><html><head><meta charset="utf-8"\/><meta http-equiv="content-security-policy" content="default-src 'self'; /);
    const policy = /content="([^"]*)"/.exec(html.slice(html.indexOf('content-security-policy')))![1]!;
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${cspHash('run()')}`);
    expect(policy).toContain(`style-src 'self' 'unsafe-hashes' ${cspHash('p{color:red}')}`);
    expect(policy).not.toMatch(/'unsafe-inline'|sha256-old|https?:/);
  });

  it('lets the offline copy ask its own site, and no other, for a newer copy', () => {
    const { html } = completePolicy(page, { connect: ['https://rd.example.gov.cn'] });
    expect(html).toContain("connect-src 'self' https://rd.example.gov.cn;");
  });

  it('the header policy for all pages holds every page’s hashes', () => {
    const union = unionPolicy([inlineHashes('<script>a()</script>'), inlineHashes('<script>b()</script>')]);
    expect(union).toContain(cspHash('a()'));
    expect(union).toContain(cspHash('b()'));
  });
});
