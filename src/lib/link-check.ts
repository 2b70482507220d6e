/**
 * Checks every internal link and fragment in a built site: each <a href> that stays
 * inside the site must land on an existing page, and its #fragment on an existing id.
 * Problems name the page's source file (from its handbook:source meta tag).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, relative, posix } from 'node:path';
import { DOWNLOADS } from './offline/download.ts';
import { htmlFiles } from './html-files.ts';

const ID_RE = /\sid="([^"]+)"/g;
const HREF_RE = /<a\s[^>]*?href="([^"]*)"/g;
const SOURCE_RE = /<meta name="handbook:source" content="([^"]+)"/;

function decode(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/**
 * Returns one line per broken link; empty when all links resolve. `drafts`: the pages a build
 * leaves out as drafts (address without the base, e.g. /procedures/x/ or /glossary/#term → source
 * file), so that a link to one says so rather than only that it leads nowhere.
 */
export function checkLinks(distDir: string, base = '/', drafts: ReadonlyMap<string, string> = new Map()): string[] {
  const pages = new Map<string, { ids: Set<string>; html: string; source?: string }>();
  for (const file of htmlFiles(distDir)) {
    // Scripts may hold href-like template strings; only markup counts.
    const html = readFileSync(file, 'utf8').replace(/<script\b[\s\S]*?<\/script>/g, '');
    const path = '/' + relative(distDir, file).split('\\').join('/');
    const source = SOURCE_RE.exec(html)?.[1];
    pages.set(path, { ids: new Set([...html.matchAll(ID_RE)].map((m) => decode(m[1]!))), html, ...(source ? { source } : {}) });
  }
  const problems: string[] = [];
  for (const [path, page] of pages) {
    if (path === '/404.html') continue;
    for (const match of page.html.matchAll(HREF_RE)) {
      const href = decode(match[1]!);
      if (!href || /^(https?:|mailto:|tel:|javascript:|data:)/.test(href)) continue;
      const [rawTarget, fragment] = href.split('#') as [string, string | undefined];
      const targetPath = (rawTarget.split('?')[0] ?? '');
      const where0 = page.source ? `${page.source} (page ${path})` : `page ${path}`;
      // Under a base path (/rdsc/) an address from the site root must carry it, or it leaves the handbook.
      if (base !== '/' && targetPath.startsWith('/') && !targetPath.startsWith(base)) {
        problems.push(`${where0}: link to ${href} does not start with the base path ${base}`);
        continue;
      }
      let resolved = targetPath === '' ? path : targetPath.startsWith('/') ? targetPath : posix.join(posix.dirname(path), targetPath);
      if (base !== '/' && resolved.startsWith(base)) resolved = resolved.slice(base.length - 1);
      if (resolved.endsWith('/')) resolved += 'index.html';
      const where = where0;
      const target = pages.get(resolved);
      const pagePath = resolved.replace(/index\.html$/, '');
      const draft = drafts.get(pagePath) ?? (fragment ? drafts.get(`${pagePath}#${decodeURIComponent(fragment)}`) : undefined);
      if (draft && (!target || (fragment && !target.ids.has(decodeURIComponent(fragment))))) {
        problems.push(`${where}: link to ${href} leads to a draft (${draft} has draft: true), which the build leaves out: remove the link, or publish the draft by removing its draft line`);
        continue;
      }
      if (!target) {
        if (existsSync(join(distDir, resolved)) && !resolved.endsWith('.html')) continue; // an asset
        // The offline zip is written after the pages (scripts/build.ts, which checks it is there).
        if (resolved.startsWith(DOWNLOADS) && !resolved.endsWith('.html')) continue;
        problems.push(`${where}: link to ${href} leads nowhere`);
        continue;
      }
      if (fragment && !target.ids.has(decodeURIComponent(fragment))) {
        problems.push(`${where}: link to ${href} — the page exists but has no element with id "${decodeURIComponent(fragment)}"`);
      }
    }
  }
  return problems;
}
