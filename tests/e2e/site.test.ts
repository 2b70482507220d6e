/** What readers do on the built site, in real Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchProblems } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { distDir, requireBuiltSite } from '../support/site.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
const outside: string[] = [];

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext();
  // No request may leave the site: record any that tries, and stop it.
  await context.route((url) => !url.href.startsWith(server.url), (route) => {
    outside.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(server.url + path);
  return { page, problems };
}

beforeAll(async () => {
  requireBuiltSite();
  server = await serveStatic(distDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the handbook in a browser', () => {
  it('home page offers the three ways in and says which date its content is', async () => {
    const { page, problems } = await open('/');
    await expect(page.locator('h1').innerText()).resolves.toBe('乡镇人大工作手册');
    const ways = await page.locator('.way h2').allInnerTexts();
    expect(ways.map((text) => text.replace(/^\S\s*/, ''))).toEqual(['新任主席', '培训讲师', '工作人员速查']);
    await expect(page.locator('[data-content-date]').innerText()).resolves.toMatch(/内容日期：\d{4}年\d{1,2}月\d{1,2}日/);
    expect(problems).toEqual([]);
  });

  it('a power page shows the text of the article it cites, and the citation leads to the article', async () => {
    const { page, problems } = await open('/powers/budget/');
    await expect(page.locator('.law-quote').first().innerText()).resolves.toContain('审查和批准本行政区域内的预算和预算执行情况的报告');
    await page.locator('.law-quote a[data-citation]').first().click();
    await page.waitForURL(/\/law\/organic-2022\/#art-12-4$/);
    await expect(page.locator('#art-12-4').innerText()).resolves.toMatch(/^（四）审查和批准/);
    expect(problems).toEqual([]);
  });

  it('hovering a citation shows the cited text', async () => {
    const { page } = await open('/powers/budget/');
    const citation = page.locator('.entry .citation').first();
    await citation.hover();
    await expect(citation.locator('.citation__text').isVisible()).resolves.toBe(true);
  });

  it('navigates from the home page to a procedure through the sidebar of a content page', async () => {
    const { page, problems } = await open('/');
    await page.getByRole('link', { name: /会议程序/ }).first().click();
    await page.waitForURL(/\/procedures\/$/);
    await page.locator('.entry-list a').first().click();
    await expect(page.locator('.steps .step').count()).resolves.toBeGreaterThanOrEqual(3);
    expect(problems).toEqual([]);
  });

  it('/search/?q=述职 answers with results whose first link is the page title', async () => {
    const { page, problems } = await open('/search/?q=%E8%BF%B0%E8%81%8C');
    const results = page.locator('[data-search-results]');
    await page.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'false' && document.querySelector('[data-search-results] a'));
    const first = results.locator('.search-result').first();
    const titleLink = first.locator('a').first();
    await expect(titleLink.innerText()).resolves.not.toBe('');
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('述职');
    expect(problems).toEqual([]);
  });

  it('a ticked checklist item survives a reload, and reset clears it', async () => {
    const { page, problems } = await open('/checklists/report-back-to-voters/');
    const box = page.locator('handbook-checklist input[type="checkbox"]').first();
    await box.check();
    await page.reload();
    await expect(page.locator('handbook-checklist input[type="checkbox"]').first().isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-progress]').innerText()).resolves.toBe('1');
    page.once('dialog', (dialog) => dialog.accept());
    await page.locator('[data-reset]').click();
    await page.reload();
    await expect(page.locator('handbook-checklist input[type="checkbox"]').first().isChecked()).resolves.toBe(false);
    expect(problems).toEqual([]);
  });

  it('no page tried to load anything from outside the site', () => {
    expect(outside).toEqual([]);
  });
});
