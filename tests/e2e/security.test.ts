/**
 * The Content-Security-Policy holds on every page, in use, and search cannot be turned into
 * markup: a query or page text that looks like HTML stays text.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { builtSiteInBrowser, sitePages } from '../support/site.ts';

const site = builtSiteInBrowser();

/** A context whose pages record every policy violation in window.__violations. */
async function watchedContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = list;
    document.addEventListener('securitypolicyviolation', (event) => list.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`));
  });
  return context;
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe('Content-Security-Policy', () => {
  it('every page carries a strict policy: no inline script without its hash, no other origin', async () => {
    const context = await watchedContext(site.browser);
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of sitePages()) {
      await page.goto(site.url + path, { waitUntil: 'load' });
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      const scriptSrc = /script-src ([^;]*)/.exec(policy ?? '')?.[1] ?? '';
      if (!policy?.includes("default-src 'self'") || /'unsafe-inline'|'unsafe-eval'|https?:|\*/.test(scriptSrc) || /https?:\/\//.test(policy)) found.push(`${path}: policy ${policy}`);
      for (const violation of await violations(page)) found.push(`${path}: ${violation}`);
    }
    expect(found).toEqual([]);
    await context.close();
  });

  it('nothing is blocked while readers use the site: search, the header dialog, a checklist, a quiz, the planner, the phone citation sheet, a handout', async () => {
    const context = await watchedContext(site.browser);
    const page = await context.newPage();
    const found: string[] = [];
    const record = async (what: string) => { for (const violation of await violations(page)) found.push(`${what}: ${violation}`); };

    await page.goto(`${site.url}/search/?q=${encodeURIComponent('代表辞职')}`);
    await page.locator('[data-search-results] .search-result').first().waitFor();
    await record('search page');

    await page.goto(`${site.url}/procedures/inquiries/`);
    await page.keyboard.press('Control+k');
    await page.locator('dialog.site-search__dialog[open] input[name="q"]').fill('质询案');
    await page.keyboard.press('Enter');
    await page.locator('dialog.site-search__dialog .search-result').first().waitFor();
    await record('search dialog');

    await page.goto(`${site.url}/checklists/session-preparation-checklist/`);
    await page.locator('handbook-checklist input[type="checkbox"]').first().check();
    await record('checklist');

    await page.goto(`${site.url}/training/fourteen-powers/`);
    await page.locator('.quiz input[type="radio"]').first().check();
    await record('quiz');

    await page.goto(`${site.url}/planner/`);
    const form = page.locator('[data-new-plan]');
    await form.locator('select[name="template"]').selectOption('election-year');
    await form.locator('input[name="election"]').fill('2026-11-22');
    await form.getByRole('button', { name: '新建' }).click();
    await page.locator('[data-plan-view] .plan-row').first().waitFor();
    await record('planner');

    await page.goto(`${site.url}/training/fourteen-powers/handout/`);
    await page.evaluate(() => { window.print = () => { (window as unknown as { printed: boolean }).printed = true; }; });
    await page.getByRole('button', { name: '打印' }).click();
    await expect(page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).resolves.toBe(true);
    await record('handout print button');
    await context.close();

    const phone = await watchedContext(site.browser, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const phonePage = await phone.newPage();
    await phonePage.goto(`${site.url}/powers/budget/`);
    await phonePage.locator('.sl-markdown-content .citation__link').first().tap();
    await phonePage.locator('dialog.peek-sheet[open]').waitFor();
    for (const violation of await violations(phonePage)) found.push(`citation sheet: ${violation}`);
    await phone.close();
    expect(found).toEqual([]);
  });
});

describe('search output is text, never markup', () => {
  // The policy would stop an injected script anyway; these run with it switched off, so only the
  // way results are built protects the reader.
  const PROBES = ['<img src=x onerror="window.__xss=1">', '"><script>window.__xss=1</script>', "'><svg onload=window.__xss=1>"];

  it.each(PROBES)('the query %s runs nothing and shows as typed', async (probe) => {
    const context = await site.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(probe)}`);
    await page.waitForFunction(() => document.querySelector('[data-search-page] [data-search-results]')?.getAttribute('aria-busy') === 'false');
    await expect(page.locator('[data-search-page] [data-search-status]').innerText()).resolves.toContain(probe.slice(0, 8));
    // The header dialog too.
    await page.keyboard.press('Control+k');
    await page.locator('dialog.site-search__dialog[open] input[name="q"]').fill(probe);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('dialog.site-search__dialog [data-search-results]')?.getAttribute('aria-busy') === 'false');
    await page.waitForTimeout(300);
    await expect(page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).resolves.toBeUndefined();
    await expect(page.locator('[data-search-results] img[src="x"], [data-search-results] script, [data-search-results] svg[onload]').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
