/**
 * The simpler search (src/lib/search/fallback-engine.ts), which answers where Pagefind cannot
 * run (Chromium before 96 has no WebAssembly reference types; before 97 the policy's
 * 'wasm-unsafe-eval' is unknown, so WebAssembly is blocked). Here, in a current Chromium, it is
 * forced by the test hook (window.__handbookForceFallback), or Pagefind's WebAssembly is made
 * to fail: the query set still finds its pages online and from file://, the page says quietly
 * that the simpler search is in use, and only then.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { watchProblems } from '../../scripts/lib/browser.ts';
import { builtSiteInBrowser } from '../support/site.ts';
import { projectRoot } from '../support/fixture-project.ts';
import { unzipOfflineCopy } from '../support/offline-copy.ts';
import { forceFallback, openSearchPage, rankOf, searchOnPage, type QueryCase } from '../../scripts/lib/search-runner.ts';

const site = builtSiteInBrowser();
const queries: QueryCase[] = JSON.parse(readFileSync(join(projectRoot, 'tests/search/queries.json'), 'utf8')).queries;
/** The floor the simpler search must reach (Pagefind: about 98 %). */
const TOP3_FLOOR = 0.85;

let unzipped: string;
let offlineSearch: string;

beforeAll(() => {
  unzipped = unzipOfflineCopy('handbook-fallback-');
  offlineSearch = pathToFileURL(join(unzipped, 'township-congress-handbook', 'search', 'index.html')).href;
});
afterAll(() => {
  if (unzipped) rmSync(unzipped, { recursive: true, force: true });
});

/** Runs the query set on an open search page; returns the share found first and within the top three. */
async function runQuerySet(page: Page): Promise<{ top1: number; top3: number; misses: string[] }> {
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const query of queries) {
    const run = await searchOnPage(page, query.q);
    const rank = rankOf(run, query.expect);
    if (rank === 1) top1++;
    if (rank !== undefined && rank <= 3) top3++;
    else misses.push(`${query.q} → ${run.results.slice(0, 3).join(', ') || '(no results)'}`);
  }
  return { top1: top1 / queries.length, top3: top3 / queries.length, misses };
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const note = (page: Page) => page.locator('[data-search-page] [data-search-simpler]');

/** Types a query into the search page and waits for its results. */
async function search(page: Page, query: string): Promise<string[]> {
  return (await searchOnPage(page, query)).results;
}

describe('the simpler search, where Pagefind cannot run', () => {
  it('finds the query set’s pages online', async () => {
    const page = await openSearchPage(site.browser, `${site.url}/search/`, { forceFallback: true });
    const problems = watchProblems(page);
    const { top1, top3, misses } = await runQuerySet(page);
    console.log(`simpler search online: top-1 ${percent(top1)}, top-3 ${percent(top3)} (${queries.length} queries)${misses.length ? `\n  misses: ${misses.join('\n  misses: ')}` : ''}`);
    expect(top3).toBeGreaterThanOrEqual(TOP3_FLOOR);
    await expect(note(page).isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('finds the query set’s pages in the offline copy, from file://', async () => {
    const page = await openSearchPage(site.browser, offlineSearch, { forceFallback: true });
    const problems = watchProblems(page);
    const { top1, top3 } = await runQuerySet(page);
    console.log(`simpler search offline: top-1 ${percent(top1)}, top-3 ${percent(top3)} (${queries.length} queries)`);
    expect(top3).toBeGreaterThanOrEqual(TOP3_FLOOR);
    await expect(note(page).innerText()).resolves.toContain('简易搜索');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('says so in a quiet note under the status, and only when it answers', async () => {
    const usual = await openSearchPage(site.browser, `${site.url}/search/`);
    await expect(search(usual, '临时召集')).resolves.toContain('/procedures/extraordinary-session/');
    await expect(note(usual).count()).resolves.toBe(0);
    await usual.context().close();

    const simpler = await openSearchPage(site.browser, `${site.url}/search/`, { forceFallback: true });
    await expect(search(simpler, '临时召集')).resolves.toContain('/procedures/extraordinary-session/');
    await expect(note(simpler).innerText()).resolves.toBe('您的浏览器版本较旧，正在使用简易搜索，结果可能不如平常齐全。');
    // Right after the status line, outside the results list.
    await expect(simpler.locator('[data-search-page] [data-search-status] + [data-search-simpler]').count()).resolves.toBe(1);
    await simpler.context().close();
  });

  it('loads the simpler index only when it is needed', async () => {
    const page = await openSearchPage(site.browser, `${site.url}/search/`);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await search(page, '质询案');
    await search(page, '代表辞职了怎么办');
    expect(requested.filter((path) => path.includes('search-fallback'))).toEqual([]);
    expect(requested.some((path) => path.startsWith('/pagefind/'))).toBe(true);
    await page.context().close();
  });

  it('answers when the request for Pagefind’s WebAssembly is blocked', async () => {
    const context = await site.browser.newContext();
    await context.route(/\/pagefind\/wasm\.[^/]*$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${site.url}/search/`);
    await page.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'false');
    const results = await search(page, '临时召集');
    expect(results.slice(0, 3)).toContain('/procedures/extraordinary-session/');
    await expect(note(page).innerText()).resolves.toBe('完整搜索没能启动，正在使用简易搜索，结果可能不如平常齐全。');
    // Later searches go straight to the simpler search.
    await expect(search(page, '质询案')).resolves.toContain('/procedures/inquiries/');
    await context.close();
  }, 60_000);

  it('answers offline when the embedded Pagefind cannot compile its WebAssembly', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    // As an old browser's engine fails on Pagefind's module, while the tiny probe still compiles.
    await page.addInitScript(() => {
      const reject = () => Promise.reject(new WebAssembly.CompileError('table count of 2 exceeds internal limit of 1'));
      const instantiate = WebAssembly.instantiate.bind(WebAssembly);
      WebAssembly.instantiateStreaming = reject;
      (WebAssembly as { instantiate: unknown }).instantiate = (source: BufferSource | WebAssembly.Module, imports?: WebAssembly.Imports) =>
        source instanceof WebAssembly.Module || source.byteLength > 100 ? reject() : instantiate(source, imports);
    });
    await page.goto(offlineSearch);
    await page.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'false');
    const results = await search(page, '质询案');
    expect(results.slice(0, 3)).toContain('/procedures/inquiries/');
    await expect(note(page).innerText()).resolves.toContain('简易搜索');
    await context.close();
  }, 60_000);

  it('works with only what Chromium 86 has: no reference types, nothing newer in the search code', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const problems = watchProblems(page);
    // Take away what came after Chromium 86 (runtime features only; the bundler handles syntax).
    await page.addInitScript(() => {
      const remove = (owner: object, ...names: string[]) => {
        for (const name of names) delete (owner as Record<string, unknown>)[name];
      };
      remove(Array.prototype, 'at', 'findLast', 'findLastIndex', 'toSorted', 'toReversed', 'toSpliced', 'with');
      remove(String.prototype, 'at', 'isWellFormed', 'toWellFormed');
      remove(Object.getPrototypeOf(Int8Array.prototype) as object, 'at', 'findLast', 'findLastIndex');
      remove(Object, 'hasOwn', 'groupBy');
      remove(Intl, 'Segmenter');
      remove(URLSearchParams.prototype, 'size');
      remove(window, 'structuredClone');
      remove(Promise, 'withResolvers');
      remove(AbortSignal, 'timeout', 'any');
      // No WebAssembly reference types: Pagefind's module would not compile.
      WebAssembly.validate = () => false;
    });
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('代表辞职')}`);
    await page.waitForFunction(() => document.querySelector('[data-search-page] [data-search-results]')?.getAttribute('aria-busy') === 'false' && document.querySelector('[data-search-page] .search-result'));
    await expect(note(page).innerText()).resolves.toBe('您的浏览器版本较旧，正在使用简易搜索，结果可能不如平常齐全。');
    // A typo, a question, an article look-up, a filter: the layers above the engine work too.
    await expect(search(page, '罢勉')).resolves.toContain('/procedures/recall-of-deputies/');
    expect((await search(page, '人大代表可以辞职吗')).length).toBeGreaterThan(0);
    await expect(search(page, '组织法第十四条')).resolves.toContain('/law/organic-2022/#art-14');
    await page.locator('[data-search-page] input[name="type"][value="术语"]').check();
    await page.waitForFunction(() => document.querySelector('[data-search-page] [data-search-results]')?.getAttribute('aria-busy') === 'false');
    await expect(page.evaluate(() => location.search)).resolves.toContain('type=');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a forced fallback in the header dialog answers too', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await forceFallback(page);
    await page.goto(`${site.url}/procedures/inquiries/`);
    await page.keyboard.press('Control+k');
    await page.locator('dialog.site-search__dialog[open] input[name="q"]').fill('罢免');
    await page.keyboard.press('Enter');
    await page.locator('dialog.site-search__dialog .search-result').first().waitFor();
    await expect(page.locator('dialog.site-search__dialog [data-search-simpler]').isVisible()).resolves.toBe(true);
    await context.close();
  });
});
