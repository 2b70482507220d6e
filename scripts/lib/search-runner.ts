/**
 * Runs queries through the /search/ page in a real browser, the way a reader does, and
 * reports the result pages (as site paths) and the time each search took. Used by the
 * search benchmark and the browser tests, online (http://) and offline (file://).
 */
import type { Browser, Page } from 'playwright-core';

/** kind: topic (a term or topic), everyday (how people ask), typo, article (law + article number; expects the anchor). */
export interface QueryCase { q: string; expect: string[]; kind?: 'topic' | 'everyday' | 'typo' | 'article' }
/** `titles`: the result titles as listed, beside `results` (their addresses). */
export interface QueryRun { q: string; results: string[]; ms: number; titles?: string[] }

/** Site path of a result link, with its #anchor: http://host/law/x/#art-5 or file:///…/township-congress-handbook/law/x/index.html#art-5 → /law/x/#art-5 */
export function resultPath(href: string): string {
  const url = new URL(href);
  let path = decodeURIComponent(url.pathname);
  const marker = '/township-congress-handbook/';
  if (url.protocol === 'file:' && path.includes(marker)) path = '/' + path.slice(path.indexOf(marker) + marker.length);
  return path.replace(/index\.html$/, '') + decodeURIComponent(url.hash);
}

/**
 * Runs in the page: types the query into the search page's form, submits it and waits until
 * aria-busy is "false" again. Plain enough for any browser the tests drive (Playwright's
 * Chromium, Puppeteer's Chromium 89 on the browser floor); returns result addresses, their titles and the time.
 */
export async function runQueryInPage(query: string): Promise<{ ms: number; results: string[]; titles: string[] }> {
  const root = document.querySelector('[data-search-page] [data-search-root]')!;
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const list = root.querySelector('[data-search-results]')!;
  input.value = query;
  const started = performance.now();
  form.requestSubmit();
  await new Promise<void>((resolve, reject) => {
    if (list.getAttribute('aria-busy') === 'false') return resolve();
    // A search that never ends fails here, saying where it stood, instead of hanging the run.
    const timer = setTimeout(() => {
      observer.disconnect();
      const status = root.querySelector('[data-search-status]')?.textContent ?? '';
      reject(new Error(`search for "${query}" did not finish in 30 s (aria-busy=${list.getAttribute('aria-busy')}, status "${status}")`));
    }, 30000);
    const observer = new MutationObserver(() => {
      if (list.getAttribute('aria-busy') === 'false') {
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      }
    });
    observer.observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
  });
  const ms = performance.now() - started;
  const links = [...list.querySelectorAll('.search-result')].map((result) => result.querySelector('a')!);
  return { ms, results: links.map((link) => link.href), titles: links.map((link) => (link.textContent || '').trim()) };
}

/** Types the query into the page's search form and waits until aria-busy is "false" again. */
export async function searchOnPage(page: Page, q: string): Promise<QueryRun> {
  const { results, ms, titles } = await page.evaluate(runQueryInPage, q);
  return { q, ms, results: results.map(resultPath), titles };
}

/** A result as the page shows it: title, address, kind, excerpt (marked parts flagged) and its matching sections. */
export interface ShownResult {
  url: string;
  title: string;
  kind: string;
  excerpt: Array<{ text: string; marked: boolean }>;
  sections: Array<{ url: string; title: string }>;
}
/** The page's answer to a query: its status line, the 「您是不是要找」 note when it corrected a typo, and the results. */
export interface QueryPreview { q: string; status: string; note: string; results: ShownResult[] }

/**
 * Runs in the page, after a search: waits until the result list has not changed for `quietMs`
 * (excerpts and sections of the lower results fill in after the list is shown, when the
 * browser is idle; at most `maxMs`), then reads the list as a reader sees it.
 */
export async function readResultsInPage({ quietMs, maxMs }: { quietMs: number; maxMs: number }): Promise<Omit<QueryPreview, 'q'>> {
  const root = document.querySelector('[data-search-page] [data-search-root]')!;
  const list = root.querySelector('[data-search-results]')!;
  await new Promise<void>((resolve) => {
    let timer = setTimeout(done, quietMs);
    const limit = setTimeout(done, maxMs);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    observer.observe(list, { childList: true, subtree: true, characterData: true });
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(limit);
      resolve();
    }
  });
  const text = (node: Element | null) => (node?.textContent || '').replace(/\s+/g, ' ').trim();
  const results = [...list.querySelectorAll('.search-result')].map((result) => {
    const excerpt = [...(result.querySelector('.search-result__excerpt')?.childNodes ?? [])].map((node) => ({
      text: node.textContent || '',
      marked: node.nodeName === 'MARK',
    }));
    const sections = [...result.querySelectorAll('.search-result__subs > li > a')].map((link) => ({ url: (link as HTMLAnchorElement).href, title: text(link) }));
    const title = result.querySelector<HTMLAnchorElement>('a.search-result__title') ?? result.querySelector('a')!;
    return { url: title.href, title: text(title), kind: text(result.querySelector('.search-result__kind')), excerpt, sections };
  });
  return { status: text(root.querySelector('[data-search-status]')), note: text(list.querySelector('.search-corrected')), results };
}

/** Searches as a reader does and reads the results once their excerpts and sections have filled in. */
export async function previewOnPage(page: Page, q: string): Promise<QueryPreview> {
  await page.evaluate(runQueryInPage, q);
  const shown = await page.evaluate(readResultsInPage, { quietMs: 400, maxMs: 8000 });
  return {
    q,
    ...shown,
    results: shown.results.map((result) => ({ ...result, url: resultPath(result.url), sections: result.sections.map((section) => ({ ...section, url: resultPath(section.url) })) })),
  };
}

export interface SearchPageOptions {
  /** Search with the simpler engine (src/lib/search/fallback-engine.ts), as a browser that cannot run Pagefind does. */
  forceFallback?: boolean;
}

/** Opens the search page fresh (cold: the engine and index load with the first query). */
export async function openSearchPage(browser: Browser, searchPageUrl: string, options: SearchPageOptions = {}): Promise<Page> {
  const page = await browser.newPage();
  if (options.forceFallback) await forceFallback(page);
  await page.goto(searchPageUrl);
  await page.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'false');
  return page;
}

/** Rank (from 1) of the first expected page; an expected address with #anchor must match the anchor too. */
export function rankOf(run: QueryRun, expected: string[]): number | undefined {
  const index = run.results.findIndex((path) => isExpected(path, expected));
  return index >= 0 ? index + 1 : undefined;
}

/** Whether a result (site path) is one of the expected pages; an expected address with #anchor must match the anchor too. */
export function isExpected(result: string, expected: string[]): boolean {
  return expected.some((want) => (want.includes('#') ? result === want : result.split('#')[0] === want));
}

/** Makes the page's search use the simpler engine from its first search (the hook in pagefind-engine.ts; readers never set it). */
export async function forceFallback(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as Window & { __handbookForceFallback?: boolean }).__handbookForceFallback = true;
  });
}
