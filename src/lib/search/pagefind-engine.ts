/**
 * The search engine: Pagefind's JavaScript API over the index built with the site.
 * Online it is imported on demand from /pagefind/pagefind.js. In the offline export,
 * where module imports from file:// are blocked, a classic script has already put the
 * same Pagefind, with its index embedded, on `window.__handbookPagefind`, and result
 * addresses are made relative to the page (…/index.html), since file:// has no site root.
 */
import type { SearchEngine, SearchHit, SearchResults } from './types.ts';
import { bestBets, type BestBetData } from './best-bets.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; summary?: string };
  filters: Record<string, string[]>;
  sub_results: Array<{ url: string; title: string; excerpt: string }>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
}

declare global {
  interface Window {
    __handbookPagefind?: Pagefind;
    __handbookBestBets?: BestBetData;
  }
}

/** Results come ten at a time: loading fewer fragments keeps the first results fast. */
export const MAX_RESULTS = 10;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
/** Options shared by every place that runs Pagefind, so online and offline rank alike. */
export const PAGEFIND_OPTIONS = { excerptLength: 40 };

/** Offline pages carry <meta name="handbook:root" content="../../">: the way back to the site root. */
function offlineAddress(url: string): string {
  const root = document.querySelector<HTMLMetaElement>('meta[name="handbook:root"]')?.content;
  if (root === undefined || !url.startsWith('/')) return url;
  const [path, hash] = url.split('#') as [string, string | undefined];
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return `${root}${file.slice(1)}${hash ? `#${hash}` : ''}`;
}

/** The best-bets list (/best-bets.js, a classic script so that file:// can load it); search goes on without it if it fails. */
function loadBestBets(pagefindPath: string): Promise<BestBetData | undefined> {
  if (window.__handbookBestBets) return Promise.resolve(window.__handbookBestBets);
  const root = document.querySelector<HTMLMetaElement>('meta[name="handbook:root"]')?.content;
  return new Promise((resolve) => {
    const script = document.createElement('script');
    script.src = root !== undefined ? `${root}best-bets.js` : pagefindPath.replace(/pagefind\/pagefind\.js$/, 'best-bets.js');
    script.onload = () => resolve(window.__handbookBestBets);
    script.onerror = () => resolve(undefined);
    document.head.append(script);
  });
}

const withoutHash = (url: string) => url.split('#')[0]!;
const sectionsOf = (item: PagefindResultData) => item.sub_results.map((section) => ({ ...section, url: offlineAddress(section.url) }));

export function pagefindEngine(path: string): SearchEngine {
  let loaded: Promise<Pagefind> | undefined;
  let bets: Promise<BestBetData | undefined> | undefined;
  const load = () =>
    (loaded ??= (window.__handbookPagefind ? Promise.resolve(window.__handbookPagefind) : (import(/* @vite-ignore */ path) as Promise<Pagefind>)).then(
      async (pagefind) => {
        await pagefind.options(PAGEFIND_OPTIONS);
        return pagefind;
      },
    ));
  return {
    async search(query, kind): Promise<SearchResults> {
      const [pagefind, betData] = await Promise.all([load(), (bets ??= loadBestBets(path))]);
      const response = await pagefind.search(query, kind ? { filters: { 类别: kind } } : {});
      // Pages named exactly as typed go first; the same page is not listed twice.
      const first: SearchHit[] = (betData ? bestBets(query, betData, kind) : []).map((bet) => ({
        url: offlineAddress(bet.url),
        title: bet.title,
        excerpt: escapeHtml(bet.summary),
        kind: bet.kind,
        sections: [],
      }));
      const bestByUrl = new Map(first.filter((hit) => !hit.url.includes('#')).map((hit) => [hit.url, hit]));
      let shown = 0;
      const page = async (): Promise<SearchHit[]> => {
        const slice = response.results.slice(shown, shown + MAX_RESULTS);
        shown += slice.length;
        const data = await Promise.all(slice.map((result) => result.data()));
        const ranked = data.filter((item) => {
          const best = bestByUrl.get(withoutHash(offlineAddress(item.url)));
          // A best bet keeps the sections Pagefind found on it, and is not listed a second time.
          if (best) best.sections = sectionsOf(item);
          return !best;
        });
        return ranked.map((item): SearchHit => ({
          url: offlineAddress(item.url),
          title: item.meta.title ?? item.url,
          // Entry pages carry a one-line summary: clearer than an excerpt from the page top.
          excerpt: item.meta.summary ? escapeHtml(item.meta.summary) : item.excerpt,
          kind: item.filters['类别']?.[0],
          sections: sectionsOf(item),
        }));
      };
      const hits = [...first, ...(await page())];
      return { hits, total: Math.max(response.results.length, hits.length), more: page };
    },
  };
}
