/**
 * Runs queries through the /search/ page in a real browser, the way a reader does, and
 * reports the result pages (as site paths) and the time each search took. Used by the
 * search benchmark and the browser tests, online (http://) and offline (file://).
 */
import type { Browser, Page } from 'playwright-core';

/** kind: topic (a term or topic), everyday (how people ask), typo, article (law + article number; expects the anchor). */
export interface QueryCase { q: string; expect: string[]; kind?: 'topic' | 'everyday' | 'typo' | 'article' }
export interface QueryRun { q: string; results: string[]; ms: number }

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
 * Chromium, Puppeteer's Chromium 89 on the browser floor); returns result addresses and the time.
 */
export async function runQueryInPage(query: string): Promise<{ ms: number; results: string[] }> {
  const root = document.querySelector('[data-search-page] [data-search-root]')!;
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const list = root.querySelector('[data-search-results]')!;
  input.value = query;
  const started = performance.now();
  form.requestSubmit();
  await new Promise<void>((resolve) => {
    if (list.getAttribute('aria-busy') === 'false') return resolve();
    const observer = new MutationObserver(() => {
      if (list.getAttribute('aria-busy') === 'false') {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
  });
  const ms = performance.now() - started;
  return { ms, results: [...list.querySelectorAll('.search-result')].map((result) => result.querySelector('a')!.href) };
}

/** Types the query into the page's search form and waits until aria-busy is "false" again. */
export async function searchOnPage(page: Page, q: string): Promise<QueryRun> {
  const { results, ms } = await page.evaluate(runQueryInPage, q);
  return { q, ms, results: results.map(resultPath) };
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
  const matches = (result: string, want: string) => (want.includes('#') ? result === want : result.split('#')[0] === want);
  const index = run.results.findIndex((path) => expected.some((want) => matches(path, want)));
  return index >= 0 ? index + 1 : undefined;
}

/** Makes the page's search use the simpler engine from its first search (the hook in pagefind-engine.ts; readers never set it). */
export async function forceFallback(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as Window & { __handbookForceFallback?: boolean }).__handbookForceFallback = true;
  });
}
