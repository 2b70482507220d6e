/**
 * The handbook on the browser floor (package.json "browserslist"; README「Browsers」):
 * Chromium 89, as township offices have it in 360/奇安信 cores and old Android WebViews, over
 * the served site (with the deployment's headers) and the unzipped offline copy. Pages are laid
 * out, the phone menu opens and closes, a checklist tick survives a reload, search answers the
 * query set (through the simpler engine: Pagefind's WebAssembly needs Chromium 96), and no
 * script error is thrown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { launchFloorBrowser } from '../../scripts/lib/floor-browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { rankOf, resultPath, runQueryInPage, type QueryCase } from '../../scripts/lib/search-runner.ts';
import { distDir, requireBuiltSite } from '../support/site.ts';
import { projectRoot } from '../support/fixture-project.ts';
import { unzipOfflineCopy } from '../support/offline-copy.ts';

const queries: QueryCase[] = JSON.parse(readFileSync(join(projectRoot, 'tests/search/queries.json'), 'utf8')).queries;

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let unzipped: string;

interface Site { name: string; address(path: string): string }
const served: Site = { name: 'served', address: (path) => `${server.url}${path}` };
const offline: Site = {
  name: 'offline',
  address: (path) => {
    const [page, hash] = path.split('#');
    return `${pathToFileURL(join(unzipped, 'township-congress-handbook')).href}${page}index.html${hash ? `#${hash}` : ''}`;
  },
};

/**
 * Script errors a reader would suffer. The console's complaint that the policy's
 * 'wasm-unsafe-eval' is unknown (Chromium before 97) is not one: the old browser ignores the
 * keyword, and search does not need WebAssembly there.
 */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${(error as Error).message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/'wasm-unsafe-eval'/.test(message.text())) problems.push(`console error: ${message.text()}`);
  });
  return problems;
}

async function open(site: Site, path: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ ...viewport, deviceScaleFactor: 1, isMobile: viewport.width < 500, hasTouch: viewport.width < 500 });
  const problems = watch(page);
  await page.goto(site.address(path), { waitUntil: 'load' });
  return { page, problems };
}

beforeAll(async () => {
  requireBuiltSite();
  unzipped = unzipOfflineCopy('handbook-floor-');
  server = await serveStatic(distDir, { rules: true });
  browser = await launchFloorBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (unzipped) rmSync(unzipped, { recursive: true, force: true });
});

/** One page of each kind a reader opens. */
const PAGES = ['', 'procedures/session-preparation/', 'powers/budget/', 'law/organic-2022/', 'glossary/', 'checklists/report-back-to-voters/', 'planner/', 'training/how-a-session-runs/', 'documents/', 'cases/pingliang/', 'search/'].map((path) => `/${path}`);

describe('on Chromium 89, the browser floor', () => {
  it('runs', async () => {
    expect(await browser.version()).toMatch(/Chrome\/89\./);
  });

  for (const site of [served, offline]) {
    it(`lays out every kind of page (${site.name}): header bar, sidebar without bullets, content column; no script error`, async () => {
      for (const path of PAGES) {
        const { page, problems } = await open(site, path);
        const layout = await page.evaluate(() => {
          const header = document.querySelector('header.header')!;
          const title = header.querySelector('.site-title')!.getBoundingClientRect();
          const search = header.querySelector('site-search')!.getBoundingClientRect();
          const sidebarList = document.querySelector('#starlight__sidebar ul');
          const sidebar = document.querySelector('#starlight__sidebar')!.getBoundingClientRect();
          const content = document.querySelector('.sl-container')!.getBoundingClientRect();
          return {
            headerHeight: header.getBoundingClientRect().height,
            headerFixed: getComputedStyle(header).position,
            titleAndSearchOnOneRow: Math.abs(title.top + title.height / 2 - (search.top + search.height / 2)) < 12,
            bullets: sidebarList ? getComputedStyle(sidebarList).listStyleType : 'none',
            sidebarLeft: sidebar.left,
            sidebarWidth: sidebar.width,
            contentLeft: content.left,
            contentWidth: content.width,
          };
        });
        expect.soft(layout.headerFixed, `${site.name} ${path}: header`).toBe('fixed');
        expect.soft(layout.headerHeight, `${site.name} ${path}: header height`).toBeLessThan(80);
        expect.soft(layout.titleAndSearchOnOneRow, `${site.name} ${path}: title and search on one row`).toBe(true);
        expect.soft(layout.bullets, `${site.name} ${path}: sidebar bullets`).toBe('none');
        expect.soft(layout.sidebarLeft, `${site.name} ${path}: sidebar at the left edge`).toBe(0);
        expect.soft(layout.sidebarWidth, `${site.name} ${path}: sidebar width`).toBeLessThan(360);
        expect.soft(layout.contentLeft, `${site.name} ${path}: content beside the sidebar`).toBeGreaterThanOrEqual(layout.sidebarWidth - 1);
        expect.soft(layout.contentWidth, `${site.name} ${path}: content column`).toBeLessThan(900);
        // Idle work (the table of contents starts when the browser is idle) has had its turn.
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
        expect.soft(problems, `${site.name} ${path}`).toEqual([]);
        await page.close();
      }
    });

    it(`opens and closes the phone menu with its button (${site.name})`, async () => {
      const { page, problems } = await open(site, '/procedures/session-preparation/', { width: 375, height: 812 });
      const menuShown = () => page.$eval('#starlight__sidebar', (pane) => getComputedStyle(pane).display !== 'none' && pane.getBoundingClientRect().height > 0);
      const iconShown = (name: string) => page.$eval(`.sl-menu-button .${name}`, (icon) => getComputedStyle(icon).display !== 'none');
      expect(await menuShown()).toBe(false);
      expect([await iconShown('open-menu'), await iconShown('close-menu')]).toEqual([true, false]);
      await page.tap('.sl-menu-button');
      expect(await menuShown()).toBe(true);
      expect([await iconShown('open-menu'), await iconShown('close-menu')]).toEqual([false, true]);
      await page.tap('.sl-menu-button');
      expect(await menuShown()).toBe(false);
      expect(problems).toEqual([]);
      await page.close();
    });

    it(`keeps a ticked checklist item after a reload (${site.name})`, async () => {
      const { page, problems } = await open(site, '/checklists/report-back-to-voters/');
      await page.click('handbook-checklist input[type="checkbox"]');
      await page.reload({ waitUntil: 'load' });
      expect(await page.$eval('handbook-checklist input[type="checkbox"]', (box) => (box as HTMLInputElement).checked)).toBe(true);
      expect(await page.$eval('[data-progress]', (progress) => progress.textContent)).toBe('1');
      expect(problems).toEqual([]);
      await page.close();
    });

    it(`marks the cited paragraph when a citation leads to the law (${site.name})`, async () => {
      const { page, problems } = await open(site, '/law/organic-2022/#art-14-p2');
      const marked = await page.$eval('#art-14-p2', (paragraph) => getComputedStyle(paragraph).backgroundColor);
      const plain = await page.$eval('#art-14-p3', (paragraph) => getComputedStyle(paragraph).backgroundColor);
      expect(marked).not.toBe(plain);
      expect(problems).toEqual([]);
      await page.close();
    });

    it(`makes a plan in the planner and computes its legal deadlines (${site.name})`, async () => {
      const { page, problems } = await open(site, '/planner/');
      await page.select('[data-new-plan] select[name="template"]', 'election-year');
      await page.type('[data-new-plan] input[name="name"]', '2026年换届选举');
      // Date inputs take the ISO value through the DOM in every browser.
      await page.$eval('[data-new-plan] input[name="election"]', (input) => { (input as HTMLInputElement).value = '2026-11-22'; });
      await page.evaluate(() => {
        const button = [...document.querySelectorAll<HTMLButtonElement>('[data-new-plan] button')].find((candidate) => candidate.textContent?.includes('新建'))!;
        button.click();
      });
      await page.waitForFunction(() => document.querySelector('[data-plan-view] h2')?.textContent === '2026年换届选举');
      expect(await page.$eval('[data-row="voter-list-published"]', (row) => row.textContent)).toContain('最晚 2026年11月2日');
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('[data-plan-view] h2')?.textContent === '2026年换届选举');
      expect(problems).toEqual([]);
      await page.close();
    });

    it(`opens a citation's sheet on a phone and the search dialog from the header (${site.name})`, async () => {
      const { page, problems } = await open(site, '/procedures/session-preparation/', { width: 375, height: 812 });
      await page.tap('.citation__link');
      await page.waitForFunction(() => document.querySelector('dialog.peek-sheet')?.hasAttribute('open'));
      expect(await page.$eval('dialog.peek-sheet', (sheet) => sheet.textContent ?? '')).toMatch(/打开条文/);
      await page.keyboard.press('Escape');
      await page.close();
      const desktop = await open(site, '/procedures/session-preparation/');
      await desktop.page.click('[data-open-search]');
      await desktop.page.waitForFunction(() => document.activeElement?.matches('input[name="q"]') ?? false);
      // Esc closes it from the search field, which in this Chromium keeps the key to itself.
      if (site === served) {
        await desktop.page.keyboard.press('Escape');
        expect(await desktop.page.$eval('site-search dialog', (dialog) => (dialog as HTMLDialogElement).open)).toBe(false);
      }
      expect(problems).toEqual([]);
      expect(desktop.problems).toEqual([]);
      await desktop.page.close();
    });

    it(`answers the query set through the simpler search, and says so (${site.name})`, async () => {
      const { page, problems } = await open(site, '/search/');
      let top1 = 0;
      let top3 = 0;
      const missed: string[] = [];
      for (const query of queries) {
        const run = await page.evaluate(runQueryInPage, query.q);
        const rank = rankOf({ q: query.q, ms: run.ms, results: run.results.map(resultPath) }, query.expect);
        if (rank === 1) top1++;
        if (rank !== undefined && rank <= 3) top3++;
        else missed.push(query.q);
      }
      const percent = (count: number) => Math.round((count / queries.length) * 1000) / 10;
      console.log(`Chromium 89, ${site.name}: top-1 ${percent(top1)} %, top-3 ${percent(top3)} % of ${queries.length} queries; not in the top 3: ${missed.join('、')}`);
      expect(percent(top3)).toBeGreaterThanOrEqual(85);
      expect(await page.$eval('[data-search-page]', (root) => root.textContent ?? '')).toMatch(/简易搜索/);
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
