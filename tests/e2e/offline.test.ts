/**
 * The offline export as a reader gets it: handbook-offline.zip unzipped into a fresh
 * folder and opened from file:// in Chromium — links across the handbook, search with the
 * same results as online, a checklist tick that survives a reload, no failed request,
 * no page error, and nothing fetched from outside the folder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, watchProblems } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { distDir, requireBuiltSite } from '../support/site.ts';
import { VIEWPORTS, anchorsOutOfView, citedAnchors } from '../support/anchors.ts';
import { projectRoot } from '../support/fixture-project.ts';
import { offlineZipPath, unzipOfflineCopy } from '../support/offline-copy.ts';
import { openSearchPage, rankOf, searchOnPage, type QueryCase } from '../../scripts/lib/search-runner.ts';

const queries: QueryCase[] = JSON.parse(readFileSync(join(projectRoot, 'tests/search/queries.json'), 'utf8')).queries;

let browser: Browser;
let unzipped: string;
let home: string;
const outside: string[] = [];

async function openOffline(context: BrowserContext, url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(url);
  return { page, problems };
}

async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext();
  const folder = pathToFileURL(join(unzipped, 'township-congress-handbook')).href;
  await context.route((url) => !url.href.startsWith(folder), (route) => {
    outside.push(route.request().url());
    return route.abort();
  });
  return context;
}

beforeAll(async () => {
  requireBuiltSite();
  unzipped = unzipOfflineCopy('handbook-offline-');
  home = pathToFileURL(join(unzipped, 'township-congress-handbook', 'index.html')).href;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (unzipped) rmSync(unzipped, { recursive: true, force: true });
});

describe('the offline export, opened from file://', () => {
  it('holds one folder with ASCII file names and a home page that says its content date', async () => {
    const names = Object.keys(unzipSync(readFileSync(offlineZipPath)));
    expect(names.every((name) => name.startsWith('township-congress-handbook/') && /^[\x20-\x7e]+$/.test(name))).toBe(true);
    const context = await newContext();
    const { page, problems } = await openOffline(context, home);
    await expect(page.locator('[data-content-date]').innerText()).resolves.toMatch(/内容日期：\d{4}年/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('follows links across the handbook: home → powers → a power → the cited article', async () => {
    const context = await newContext();
    const { page, problems } = await openOffline(context, home);
    await page.getByRole('link', { name: /十四项法定职权/ }).click();
    await page.waitForURL(/\/powers\/index\.html$/);
    await page.locator('.entry-list a').first().click();
    await page.waitForURL(/\/powers\/[a-z-]+\/index\.html$/);
    await expect(page.locator('.law-quote').first().isVisible()).resolves.toBe(true);
    await page.locator('.law-quote a[data-citation]').first().click();
    await page.waitForURL(/\/law\/organic-2022\/index\.html#art-12-\d+$/);
    await expect(page.locator('h1').innerText()).resolves.toBe('地方组织法');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('styles load: the sidebar is laid out beside the content, not as a bare list', async () => {
    const context = await newContext();
    const { page } = await openOffline(context, home.replace('index.html', 'procedures/inquiries/index.html'));
    const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--sl-color-accent').trim());
    expect(accent).not.toBe('');
    await context.close();
  });

  it.each(Object.keys(VIEWPORTS) as Array<keyof typeof VIEWPORTS>)('every cited law anchor lands in view from file:// (%s)', async (viewport) => {
    const context = await browser.newContext(VIEWPORTS[viewport]);
    const page = await context.newPage();
    const bad: string[] = [];
    for (const [law, list] of citedAnchors()) {
      const lawPage = home.replace('index.html', `law/${law}/index.html`);
      bad.push(...(await anchorsOutOfView(page, lawPage, list)).map((problem) => `${law} ${problem}`));
    }
    await context.close();
    expect(bad).toEqual([]);
  }, 240_000);

  // 255 queries twice: about 35 s alone, longer on a loaded two-core machine. Retried once:
  // about one run in three here has had one search never finish (not reproduced in 3,000
  // scripted queries outside vitest); a stuck search now fails in 30 s, naming the query.
  it('search finds the expected pages and gives the same results as online', { timeout: 300_000, retry: 1 }, async () => {
    const server = await serveStatic(distDir);
    const online = await openSearchPage(browser, `${server.url}/search/`);
    const context = await newContext();
    const { page: offline, problems } = await openOffline(context, home.replace('index.html', 'search/index.html'));
    let found = 0;
    for (const query of queries) {
      const onlineRun = await searchOnPage(online, query.q);
      const offlineRun = await searchOnPage(offline, query.q);
      expect(offlineRun.results, query.q).toEqual(onlineRun.results);
      const rank = rankOf(offlineRun, query.expect);
      if (rank !== undefined && rank <= 3) found++;
    }
    // A floor that catches a regression; the figures per kind are in `npm run bench:search`.
    expect(found / queries.length).toBeGreaterThanOrEqual(0.9);
    expect(problems).toEqual([]);
    await server.close();
    await context.close();
  });

  it('the search page does not wait for the whole index: a query loads only the index files it needs', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const problems = watchProblems(page);
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(request.url()));
    await page.goto(home.replace('index.html', 'search/index.html'));
    await page.waitForFunction(() => document.querySelector('[data-search-page] [data-search-results]')?.getAttribute('aria-busy') === 'false');
    const indexFiles = (urls: string[]) => urls.filter((url) => url.includes('/_offline/pagefind/'));
    expect(indexFiles(loaded)).toEqual([]);
    const run = await searchOnPage(page, '质询案');
    expect(run.results[0]).toBe('/procedures/inquiries/');
    const used = indexFiles(loaded);
    // The words' index chunks; result texts (fragments) follow only as the page needs them.
    expect(used.some((url) => url.includes('/_offline/pagefind/index/'))).toBe(true);
    const all = readdirSync(join(unzipped, 'township-congress-handbook', '_offline', 'pagefind'), { recursive: true }).filter((name) => String(name).endsWith('.js'));
    expect(used.length).toBeLessThan(all.length / 2);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('/search/index.html?q= answers from the address, with aria-busy back to false', async () => {
    const context = await newContext();
    const { page, problems } = await openOffline(context, home.replace('index.html', `search/index.html?q=${encodeURIComponent('质询案')}`));
    await page.waitForFunction(() => document.querySelector('[data-search-page] [data-search-results]')?.getAttribute('aria-busy') === 'false' && document.querySelector('[data-search-page] .search-result'));
    const first = page.locator('[data-search-page] .search-result a').first();
    await expect(first.getAttribute('href')).resolves.toMatch(/^\.\.\/procedures\/inquiries\/index\.html/);
    await first.click();
    await page.waitForURL(/\/procedures\/inquiries\/index\.html/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a ticked checklist item survives a reload', async () => {
    const context = await newContext();
    const url = home.replace('index.html', 'checklists/presidium-annual-plan/index.html');
    const { page, problems } = await openOffline(context, url);
    await page.locator('handbook-checklist input[type="checkbox"]').nth(1).check();
    await page.reload();
    await expect(page.locator('handbook-checklist input[type="checkbox"]').nth(1).isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-progress]').innerText()).resolves.toBe('1');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the projector view of a training module pages with the arrow keys from file://', async () => {
    const context = await newContext();
    const { page, problems } = await openOffline(context, home.replace('index.html', 'training/deputy-elections/slides/index.html'));
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-slide-count]').innerText()).resolves.toMatch(/^2 \/ \d+$/);
    await expect(page.locator('.slide:not([hidden])').count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the session planner keeps a plan from file://, and the Word files are in the folder', async () => {
    const context = await newContext();
    const { page, problems } = await openOffline(context, home.replace('index.html', 'planner/index.html'));
    const form = page.locator('[data-new-plan]');
    await form.locator('select[name="template"]').selectOption('suggestions-follow-up');
    await form.locator('input[name="assignment"]').fill('2027-01-31');
    await form.getByRole('button', { name: '新建' }).click();
    await expect(page.locator('[data-row="reply-three-months"]').innerText()).resolves.toContain('2027年4月30日');
    await page.locator('[data-row="assign"] input[type="checkbox"]').check();
    // Reloaded, the address still names the open plan.
    await page.reload();
    await expect(page.locator('[data-row="assign"] input[type="checkbox"]').isChecked()).resolves.toBe(true);
    // The law link and the Word downloads point at files inside the copy.
    const lawLink = await page.locator('[data-row="reply-three-months"] a').getAttribute('href');
    expect(lawLink).toMatch(/^\.\.\/law\/deputies-2025\/index\.html#art-51-p2$/);
    await page.goto(home.replace('index.html', 'documents/index.html'));
    const hrefs = await page.locator('a[download]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(100);
    for (const href of hrefs) expect(existsSync(fileURLToPath(href)), href).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('nothing was requested from outside the folder', () => {
    expect(outside).toEqual([]);
  });
});
