/**
 * The Content-Security-Policy every page carries: only this site's own files, and inline
 * scripts, inline styles and style attributes only by the hash of their exact text.
 *
 * Astro's CSP support (security.csp in astro.config.mjs) writes the <meta> with the hashes of
 * the scripts and styles it bundles; it does not hash `is:inline` scripts (Starlight's theme
 * script, the handbook's citation pop-ups) or style attributes. Hashing the finished HTML fills
 * those in, for every page, whatever Starlight renders after an upgrade: completePolicy() runs
 * after the build (src/integrations/content-security-policy.ts) and again on the offline copy,
 * whose scripts the export rewrites.
 */
import { createHash } from 'node:crypto';

/** Everything but scripts and styles, whose sources are the page's hashes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Pagefind compiles its WebAssembly: allowed without allowing eval(). */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

const META_RE = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;

export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const decodeAttribute = (value: string) => value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The hashes a page needs: its inline scripts, its <style> elements and its style="" attributes. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[]; attributes: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const attributes = new Set<string>();
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    const attrs = match[1] ?? '';
    if (/\ssrc=/i.test(attrs)) continue;
    // Data blocks (JSON) are not run, so the policy does not cover them.
    const type = /\stype="([^"]*)"/i.exec(attrs)?.[1];
    if (type && !/^(module|text\/javascript|application\/javascript)$/i.test(type)) continue;
    scripts.add(cspHash(match[2]!));
  }
  for (const match of html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi)) styles.add(cspHash(match[2]!));
  // Attributes only in markup: strip scripts and styles first so their text is not read as tags.
  const markup = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '');
  for (const match of markup.matchAll(/<[a-z][^>]*?\sstyle="([^"]*)"/gi)) attributes.add(cspHash(decodeAttribute(match[1]!)));
  return { scripts: [...scripts], styles: [...styles], attributes: [...attributes] };
}

export interface PolicyOptions {
  /** Origins besides the page's own that scripts may fetch from: the offline copy asks its site for a newer copy. */
  connect?: string[];
}

/** The policy text for a set of hashes. */
export function policyText(hashes: { scripts: string[]; styles: string[]; attributes: string[] }, options: PolicyOptions = {}): string {
  const styleSources = ["'self'", ...(hashes.attributes.length ? ["'unsafe-hashes'"] : []), ...hashes.styles, ...hashes.attributes];
  const directives = CSP_DIRECTIVES.map((directive) => (directive.startsWith('connect-src') && options.connect?.length ? `${directive} ${options.connect.join(' ')}` : directive));
  return [...directives, `script-src ${[...SCRIPT_SOURCES, ...hashes.scripts].join(' ')}`, `style-src ${styleSources.join(' ')}`].join('; ');
}

/** A page with its policy complete: the <meta> Astro wrote (or a new one) holding every hash the page needs. */
export function completePolicy(html: string, options: PolicyOptions = {}): { html: string; hashes: ReturnType<typeof inlineHashes> } {
  const withoutMeta = html.replace(META_RE, '');
  const hashes = inlineHashes(withoutMeta);
  const meta = `<meta http-equiv="content-security-policy" content="${policyText(hashes, options)}">`;
  // Right after the charset (which must stay within the first 1024 bytes), before any script:
  // a policy in <meta> covers only what comes after it.
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  const placed = charset.test(withoutMeta)
    ? withoutMeta.replace(charset, (tag) => `${tag}${meta}`)
    : withoutMeta.replace(/<head>/i, (head) => `${head}${meta}`);
  if (placed === withoutMeta) throw new Error('completePolicy: the page has no <head>');
  return { html: placed, hashes };
}

/** One policy for every page together (the server header): the union of all pages' hashes. */
export function unionPolicy(all: Array<ReturnType<typeof inlineHashes>>): string {
  const union = (key: 'scripts' | 'styles' | 'attributes') => [...new Set(all.flatMap((hashes) => hashes[key]))].sort();
  return policyText({ scripts: union('scripts'), styles: union('styles'), attributes: union('attributes') });
}
