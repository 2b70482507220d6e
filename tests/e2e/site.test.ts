/** What readers do on the built site, in real Chromium. */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { watchProblems } from '../../scripts/lib/browser.ts';
import { builtSiteInBrowser } from '../support/site.ts';
import { VIEWPORTS, anchorsOutOfView, citedAnchors } from '../support/anchors.ts';

const site = builtSiteInBrowser();
const outside: string[] = [];

const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; problems: string[] }> {
  const context = await site.browser.newContext(options);
  // No request may leave the site: record any that tries, and stop it.
  await context.route((url) => !url.href.startsWith(site.url), (route) => {
    outside.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(site.url + path);
  return { page, problems };
}


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
    await page.getByRole('link', { name: /工作程序/ }).first().click();
    await page.waitForURL(/\/procedures\/$/);
    await page.locator('.entry-list a').first().click();
    await page.waitForURL(/\/procedures\/[a-z-]+\/$/);
    await page.locator('.steps .step').first().waitFor();
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
    const top3 = await results.locator('.search-result__title').evaluateAll((links) => links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(top3).toContain('/checklists/report-back-to-voters/');
    expect(problems).toEqual([]);
  });

  it('a collection filter keeps only results of that kind, and the address remembers it', async () => {
    const { page, problems } = await open(`/search/?q=${encodeURIComponent('主席团')}&type=${encodeURIComponent('术语')}`);
    await page.waitForFunction(() => document.querySelector('[data-search-page] [data-search-results]')?.getAttribute('aria-busy') === 'false' && document.querySelector('[data-search-page] .search-result'));
    const kinds = await page.locator('[data-search-page] .search-result__kind').allInnerTexts();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['术语']));
    await page.locator('[data-search-page] input[name="type"][value="程序"]').check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('type') === '程序' && document.querySelector('[data-search-page] [data-search-results]')?.getAttribute('aria-busy') === 'false');
    expect(new Set(await page.locator('[data-search-page] .search-result__kind').allInnerTexts())).toEqual(new Set(['程序']));
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

  it.each(Object.keys(VIEWPORTS) as Array<keyof typeof VIEWPORTS>)('every law anchor the content cites lands in view below the header (%s)', async (viewport) => {
    const anchors = citedAnchors();
    expect(anchors.size).toBeGreaterThanOrEqual(5);
    const context = await site.browser.newContext(VIEWPORTS[viewport]);
    const page = await context.newPage();
    const bad: string[] = [];
    for (const [law, list] of anchors) bad.push(...(await anchorsOutOfView(page, `${site.url}/law/${law}/`, list)).map((problem) => `${law} ${problem}`));
    await context.close();
    expect(bad).toEqual([]);
  }, 240_000);

  it('on a phone, a tap on a citation opens a sheet that names it, shows its text, leads to the article and closes, without covering the link', async () => {
    const { page, problems } = await open('/procedures/deputies-suggestions/', PHONE);
    const link = page.locator('.sl-markdown-content .citation__link').nth(6);
    const label = await link.innerText();
    const href = await link.getAttribute('href');
    await link.tap();
    const sheet = page.locator('dialog.peek-sheet[open]');
    await sheet.waitFor();
    await expect(sheet.locator('h2').innerText()).resolves.toBe(label);
    await expect(sheet.locator('.peek-sheet__text').innerText()).resolves.toMatch(/\S{10}/);
    await expect(sheet.getByRole('link', { name: '打开条文' }).getAttribute('href')).resolves.toBe(href);
    const linkBox = (await link.boundingBox())!;
    const sheetBox = (await sheet.boundingBox())!;
    expect(linkBox.y + linkBox.height).toBeLessThanOrEqual(sheetBox.y);
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog.peek-sheet[open]').count()).resolves.toBe(0);
    await link.tap();
    await sheet.waitFor();
    await page.mouse.click(10, 200); // outside the sheet
    await expect(page.locator('dialog.peek-sheet[open]').count()).resolves.toBe(0);
    await link.tap();
    await sheet.getByRole('button', { name: '关闭' }).tap();
    await expect(page.locator('dialog.peek-sheet[open]').count()).resolves.toBe(0);
    await link.tap();
    await sheet.getByRole('link', { name: '打开条文' }).tap();
    await page.waitForURL(/\/law\/deputies-2025\/#art-51-p2$/);
    expect(problems).toEqual([]);
  });

  it('on a desktop, a citation pop-up inside a table is neither clipped by the table nor covered, and screen readers get its text', async () => {
    const { page, problems } = await open('/guides/annual-calendar/', { viewport: { width: 1280, height: 800 } });
    const link = page.locator('table .citation__link').nth(3);
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    const popup = page.locator('#' + (await link.getAttribute('aria-describedby')));
    await expect(popup.isVisible()).resolves.toBe(true);
    const seen = await popup.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const corners = [[box.left + 4, box.top + 4], [box.right - 4, box.top + 4], [box.left + 4, box.bottom - 4], [box.right - 4, box.bottom - 4]];
      return corners.every(([x, y]) => element.contains(document.elementFromPoint(x!, y!)));
    });
    expect(seen).toBe(true);
    expect(problems).toEqual([]);
  });

  it('on a law page, 跳到第几条 takes 51, 五十一 or 第五十一条 to the article', async () => {
    const { page, problems } = await open('/law/deputies-2025/');
    for (const typed of ['51', '五十一', '第五十一条']) {
      await page.evaluate(() => (location.hash = ''));
      await page.locator('#law-jump-input').fill(typed);
      await page.locator('[data-law-jump] button').click();
      await page.waitForURL(/#art-51$/);
      const top = await page.locator('#art-51').evaluate((element) => element.getBoundingClientRect().top);
      expect(top).toBeGreaterThan(0);
      expect(top).toBeLessThan(400);
    }
    await page.locator('#law-jump-input').fill('999');
    await page.locator('[data-law-jump] button').click();
    await expect(page.locator('.law-jump__status').innerText()).resolves.toContain('本页没有第999条');
    expect(problems).toEqual([]);
  });

  it('search says it found nothing for a query the handbook does not speak to, and offers the word meant for a typo', async () => {
    const { page, problems } = await open('/search/?q=' + encodeURIComponent('量子计算机'));
    await page.waitForFunction(() => document.querySelector('[data-search-page] [data-search-results]')?.getAttribute('aria-busy') === 'false' && document.querySelector('[data-search-page] [data-search-status]')?.textContent?.includes('量子'));
    await expect(page.locator('.search-result').count()).resolves.toBe(0);
    await expect(page.locator('[data-search-page] [data-search-status]').innerText()).resolves.toContain('没有找到');
    await page.goto(site.url + '/search/?q=' + encodeURIComponent('代表词职'));
    const note = page.locator('.search-corrected');
    await note.waitFor();
    await expect(note.innerText()).resolves.toContain('代表辞职');
    await expect(page.locator('.search-result a').first().getAttribute('href')).resolves.toMatch(/\/procedures\/resignation-of-deputies\/$/);
    await note.getByRole('button').click();
    await page.waitForFunction(() => !document.querySelector('.search-corrected'));
    expect(problems).toEqual([]);
  });

  it('on a phone, a long checklist keeps its progress and buttons in view below the 本页内容 bar', async () => {
    const { page, problems } = await open('/checklists/election-year/', PHONE);
    await page.locator('handbook-checklist input[type="checkbox"]').nth(12).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(200);
    const bar = await page.locator('.checklist__bar').boundingBox();
    const tocBar = await page.locator('mobile-starlight-toc nav').boundingBox();
    expect(bar && tocBar).toBeTruthy();
    expect(bar!.y).toBeGreaterThanOrEqual(tocBar!.y + tocBar!.height - 1);
    expect(problems).toEqual([]);
  });

  it('the home page leads to inter-session oversight and the election year', async () => {
    const { page, problems } = await open('/');
    const links = await page.locator('.year-heading + .ways a').evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(expect.arrayContaining(['/procedures/special-work-report/', '/procedures/inspection-and-research/', '/procedures/law-enforcement-inspection/', '/procedures/direct-election/', '/checklists/election-year/']));
    expect(problems).toEqual([]);
  });

  it('search puts the page named as typed first, and opens an article named by law and number', async () => {
    const { page, problems } = await open('/search/?q=' + encodeURIComponent('专项工作报告'));
    const first = page.locator('[data-search-results] .search-result a').first();
    await first.waitFor();
    await expect(first.getAttribute('href')).resolves.toMatch(/\/procedures\/special-work-report\/$/);
    await page.goto(site.url + '/search/?q=' + encodeURIComponent('组织法第十四条第一款'));
    const article = page.locator('[data-search-results] .search-result a').first();
    await article.waitFor();
    await expect(article.getAttribute('href')).resolves.toMatch(/\/law\/organic-2022\/#art-14-p1$/);
    await article.click();
    await page.waitForURL(/#art-14-p1$/);
    await expect(page.locator('#art-14-p1').innerText()).resolves.toContain('一般每年举行两次');
    expect(problems).toEqual([]);
  });

  it.each(['/checklists/presidium-annual-plan/', '/training/fourteen-powers/', '/procedures/inquiries/'])('%s prints without site chrome, with its address and content date', async (path) => {
    const { page } = await open(path);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['header.header', '#starlight__sidebar', '.right-sidebar-container', 'site-search']) {
      const visible = await page.locator(chrome).first().isVisible().catch(() => false);
      expect(visible, chrome).toBe(false);
    }
    await expect(page.locator('.print-footer').innerText()).resolves.toMatch(new RegExp(`本页地址：${path}.*内容日期：\\d{4}年`));
    if (path.startsWith('/checklists/')) {
      // Printed, a checklist is a table with a box to tick on paper in each row.
      await expect(page.locator('.checklist-print').isVisible()).resolves.toBe(true);
      await expect(page.locator('.checklist-print [data-print-tick]').first().innerText()).resolves.toBe('☐');
      await expect(page.locator('handbook-checklist ul.checklist').isVisible()).resolves.toBe(false);
    }
  });

  it('the header search closes when a result is on the page being read (an article of this law)', async () => {
    const { page, problems } = await open('/law/organic-2022/');
    await page.keyboard.press('Control+k');
    const dialog = page.locator('dialog.site-search__dialog[open]');
    await dialog.waitFor();
    await dialog.locator('input[type="search"]').fill('第二十条');
    await dialog.locator('input[type="search"]').press('Enter');
    await dialog.locator('.search-result a').first().click();
    await expect(page.locator('dialog.site-search__dialog[open]').count()).resolves.toBe(0);
    await page.waitForFunction(() => location.hash === '#art-20');
    const top = await page.locator('#art-20').evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(800);
    expect(problems).toEqual([]);
  });

  it('a self-check quiz says whether the chosen answer is right and explains it', async () => {
    const { page, problems } = await open('/training/fourteen-powers/');
    const question = page.locator('.quiz__question').first();
    const answer = Number(await question.getAttribute('data-answer'));
    const options = question.locator('input[type="radio"]');
    await expect(question.locator('.quiz__answer').isVisible()).resolves.toBe(false);
    await options.nth(answer === 0 ? 1 : 0).check();
    await question.locator('.quiz__check').click();
    await expect(question.locator('.quiz__verdict').innerText()).resolves.toContain('不对');
    await options.nth(answer).check();
    await question.locator('.quiz__check').click();
    await expect(question.locator('.quiz__verdict').innerText()).resolves.toContain('答对了');
    await expect(question.locator('.quiz__answer').isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  it('the search dialog gives the same results as the /search/ page', async () => {
    const { page } = await open('/procedures/');
    await page.locator('[data-open-search]').click();
    const dialog = page.locator('dialog.site-search__dialog');
    await dialog.locator('input[type="search"]').fill('质询案');
    await dialog.locator('form').evaluate((form: HTMLFormElement) => form.requestSubmit());
    await page.waitForFunction(() => document.querySelector('dialog [data-search-results]')?.getAttribute('aria-busy') === 'false' && document.querySelector('dialog .search-result'));
    const inDialog = await dialog.locator('.search-result__title').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const { page: searchPage } = await open(`/search/?q=${encodeURIComponent('质询案')}`);
    await searchPage.waitForFunction(() => document.querySelector('[data-search-page] [data-search-results]')?.getAttribute('aria-busy') === 'false' && document.querySelector('[data-search-page] .search-result'));
    const onPage = await searchPage.locator('[data-search-page] .search-result__title').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(inDialog.length).toBeGreaterThan(0);
    expect(inDialog).toEqual(onPage);
  });

  it('no page tried to load anything from outside the site', () => {
    expect(outside).toEqual([]);
  });
});
