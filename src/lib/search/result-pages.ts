/**
 * What each Pagefind result is, known before its data() is loaded.
 *
 * Pagefind answers a search with page ids and scores; the address, title and excerpt come
 * from `data()`, which builds an excerpt for every heading on the page that matches. On a
 * law page (ninety articles, each a heading) that is 30–100 ms per result on this machine,
 * and ten results could take longer than the search itself. So the build reads each page's
 * fragment once and writes id → [address, title, category] into /search-data.js: the
 * engine ranks and lists results from that at once and loads `data()` only for the few
 * results whose text it needs now, and for the rest after they are on screen.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** [address, title, 类别 filter value ('' when none), one-line summary ('' when none)]. */
export type ResultPage = [url: string, title: string, kind: string, summary: string];

/** Pagefind writes gzip files whose text starts with this signature. */
const SIGNATURE = 'pagefind_dcd';

/** What Pagefind stores about one page (the parts the handbook reads). */
export interface PagefindFragment {
  url: string;
  /** The page's text, its words separated by U+200B (Pagefind's own word segmentation). */
  content?: string;
  meta?: { title?: string; summary?: string };
  filters?: Record<string, string[]>;
  /** Elements with an id; `location` is the index of the word they start at. */
  anchors?: Array<{ element: string; id: string; text?: string; location: number }>;
}

/** Reads one .pf_fragment file: gzip, then the signature, then JSON. */
export function readFragment(bytes: Buffer): PagefindFragment {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`not a Pagefind fragment (expected it to start with "${SIGNATURE}")`);
  return JSON.parse(text.slice(SIGNATURE.length)) as PagefindFragment;
}

/** Every fragment of an index, by id (the file name without .pf_fragment, as Pagefind's result.id), in a stable order. */
export function readFragments(pagefindDir: string): Array<{ id: string; fragment: PagefindFragment }> {
  const folder = join(pagefindDir, 'fragment');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.pf_fragment'))
    .sort()
    .map((name) => ({ id: name.slice(0, -'.pf_fragment'.length), fragment: readFragment(readFileSync(join(folder, name))) }));
}

/** id → what the result is, from fragments already read. */
export function resultPagesOf(fragments: Array<{ id: string; fragment: PagefindFragment }>): Record<string, ResultPage> {
  const pages: Record<string, ResultPage> = {};
  for (const { id, fragment } of fragments) {
    pages[id] = [fragment.url, fragment.meta?.title ?? fragment.url, fragment.filters?.['类别']?.[0] ?? '', fragment.meta?.summary ?? ''];
  }
  return pages;
}

/** id → what the result is, for the index in `pagefindDir`. */
export function resultPages(pagefindDir: string): Record<string, ResultPage> {
  return resultPagesOf(readFragments(pagefindDir));
}

/** The line appended to /search-data.js, after the object it extends. */
export function resultPagesScript(pages: Record<string, ResultPage>): string {
  return `window.__handbookSearchData&&(window.__handbookSearchData.pages=${JSON.stringify(pages)});\n`;
}
