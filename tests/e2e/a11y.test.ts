/** axe-core finds no serious or critical violation on any page of the built site. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { distDir, requireBuiltSite, sitePages } from '../support/site.ts';
import { axeSerious } from '../support/axe.ts';

let browser: Browser;
let context: BrowserContext;
let dark: BrowserContext;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  requireBuiltSite();
  server = await serveStatic(distDir);
  browser = await launchBrowser();
  context = await browser.newContext({ colorScheme: 'light' });
  dark = await browser.newContext({ colorScheme: 'dark' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('accessibility (axe-core)', () => {
  const pages = sitePages();

  it('finds the pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  const DARK_SAMPLE = ['/', '/powers/budget/', '/procedures/inquiries/', '/checklists/report-back-to-voters/', '/law/organic-2022/', '/glossary/', '/training/fourteen-powers/', '/search/', '/planner/', '/documents/'];
  const cases = [...pages.map((path) => [path, 'light'] as const), ...DARK_SAMPLE.map((path) => [path, 'dark'] as const)];

  /** Pages with something opened first: the citation sheet on a phone, the search dialog. */
  const OPENED = [
    ['/procedures/deputies-suggestions/', 'citation sheet'],
    ['/glossary/', 'citation sheet'],
    ['/procedures/inquiries/', 'search dialog'],
    ['/planner/', 'session plan'],
  ] as const;

  it.each(OPENED)('%s with the %s open has no serious or critical violation', async (path, what) => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await page.goto(server.url + path);
    if (what === 'citation sheet') {
      await page.locator('.sl-markdown-content .citation__link, .term .term-ref__link').first().tap();
      await page.locator('dialog.peek-sheet[open]').waitFor();
    } else if (what === 'session plan') {
      const form = page.locator('[data-new-plan]');
      await form.locator('select[name="template"]').selectOption('election-year');
      await form.locator('input[name="election"]').fill('2026-11-22');
      await form.getByRole('button', { name: '新建' }).click();
      await page.locator('[data-plan-view] .plan-row').first().waitFor();
    } else {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.keyboard.press('Control+k');
      await page.locator('dialog.site-search__dialog[open]').waitFor();
    }
    expect(await axeSerious(page)).toEqual([]);
    await phone.close();
  });

  it.each(cases)('%s (%s theme) has no serious or critical violation', async (path, theme) => {
    const page = await (theme === 'dark' ? dark : context).newPage();
    await page.goto(server.url + path);
    expect(await axeSerious(page)).toEqual([]);
    await page.close();
  });
});
