/**
 * Rewrites a built page for opening from file:// (the offline export):
 * site-absolute addresses become relative, and folder addresses end in index.html (a folder
 * link under file:// shows a directory listing); module scripts, which browsers refuse to
 * load from file://, become classic deferred scripts.
 */
import { posix } from 'node:path';

/** A site built for a sub-path (/rdsc/) addresses its pages /rdsc/…; the copy on disk has no such folder. */
export function withoutBase(target: string, base = '/'): string {
  return base !== '/' && target.startsWith(base) ? target.slice(base.length - 1) : target;
}

/** /powers/budget/#x seen from the page at /search/index.html → ../powers/budget/index.html#x */
export function relativeAddress(target: string, pagePath: string, base = '/'): string {
  if (!target.startsWith('/') || target.startsWith('//')) return target;
  target = withoutBase(target, base);
  const match = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(target)!;
  let path = match[1]!;
  if (path.endsWith('/')) path += 'index.html';
  const from = posix.dirname(pagePath);
  let relative = posix.relative(from, path);
  if (!relative) relative = posix.basename(path);
  return relative + (match[2] ?? '') + (match[3] ?? '');
}

/** The way from a page back to the site root: '' at the top, '../' one folder down… */
export function rootPrefix(pagePath: string): string {
  const depth = posix.dirname(pagePath).split('/').filter(Boolean).length;
  return '../'.repeat(depth);
}

export interface RewriteOptions {
  /** Site path of the page, e.g. /powers/budget/index.html. */
  pagePath: string;
  /** The classic-script file (site path) that bundles all of the page's module scripts, in order. */
  classicBundle?: string | undefined;
  /** Extra classic scripts (site paths) to run before the page's own. */
  extraScripts?: string[];
  /** The base path the site was built for (HANDBOOK_BASE), stripped from addresses. */
  base?: string;
}

export function rewriteHtml(html: string, options: RewriteOptions): string {
  const { pagePath } = options;
  const rel = (target: string) => relativeAddress(target, pagePath, options.base);
  let out = html
    // Module preloads cannot work from file://, and the bundles below make them unneeded.
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
    // External module scripts → one classic bundle that runs after parsing, like modules do.
    // (One bundle, not one per script: shared chunks must run once.)
    .replace(/<script type="module" src="[^"]+"><\/script>/g, () => {
      const bundle = options.classicBundle;
      options = { ...options, classicBundle: undefined };
      return bundle ? `<script defer src="${rel(bundle)}"></script>` : '';
    })
    // Inline module scripts (self-contained) → classic scripts run once the page is parsed.
    .replace(/<script type="module">([\s\S]*?)<\/script>/g, (_match, code: string) => `<script>document.addEventListener("DOMContentLoaded",()=>{${code}\n});</script>`)
    .replace(/\s(href|src|action)="(\/(?!\/)[^"]*)"/g, (_match, attribute: string, target: string) => ` ${attribute}="${rel(target)}"`);
  // What only makes sense online (the link to download this very copy).
  out = out.replace(/<(p|div|li)\b[^>]*\sdata-online-only[^>]*>[\s\S]*?<\/\1>/g, '');
  const extra = (options.extraScripts ?? []).map((src) => `<script defer src="${rel(src)}"></script>`).join('');
  // After the charset, which must stay within the first 1024 bytes (file:// sends no charset header).
  const root = `<meta name="handbook:root" content="${rootPrefix(pagePath)}">${extra}`;
  out = /<meta charset="[^"]*"\s*\/?>/i.test(out) ? out.replace(/<meta charset="[^"]*"\s*\/?>/i, (tag) => `${tag}${root}`) : out.replace(/<head>/, `<head>${root}`);
  return out;
}

/** url(/_astro/x.woff2) in a stylesheet at cssPath → a relative url(). */
export function rewriteCss(css: string, cssPath: string, base = '/'): string {
  return css.replace(/url\((['"]?)(\/(?!\/)[^'")]+)\1\)/g, (_match, quote: string, target: string) => `url(${quote}${relativeAddress(target, cssPath, base)}${quote})`);
}
