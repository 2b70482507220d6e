/** Law that changes, as readers meet it in Chromium: badges, comparison pages, old texts, the review line, copying a citation. */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { watchProblems } from '../../scripts/lib/browser.ts';
import { builtSiteInBrowser } from '../support/site.ts';

const site = builtSiteInBrowser();
const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; problems: string[] }> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(site.url + path);
  return { page, problems };
}

describe('law versions in a browser', () => {
  it('a changed article on the current text carries a badge that opens its comparison, where the added words are marked', async () => {
    const { page, problems } = await open('/law/organic-2022/#art-12');
    const badge = page.locator('#art-12').locator('xpath=..').locator('.change-badge');
    await expect(badge.innerText()).resolves.toBe('2022年修改（原第九条）');
    await badge.click();
    await page.waitForURL(/\/law\/organic-2022\/changes\/#art-12$/);
    const change = page.locator('section#art-12');
    await expect(change.locator('h3').innerText()).resolves.toBe('第十二条（原第九条）');
    await expect(change.locator('ins').allTextContents()).resolves.toContain('增加：和项目');
    // An article added in 2022 is shown whole as added; an unchanged one is only listed.
    await expect(page.locator('section#art-16 .change__kind').innerText()).resolves.toBe('新增');
    await expect(page.locator('.unchanged-list li#art-8').innerText()).resolves.toContain('（原第五条）');
    expect(problems).toEqual([]);
  });

  it('a replaced text says when it was in force and leads to the current text and the comparison', async () => {
    const { page, problems } = await open('/law/deputies-2015/');
    const note = page.locator('.superseded');
    await expect(note.innerText()).resolves.toContain('施行期间：2015年8月29日至2025年3月10日');
    await expect(note.getByRole('link', { name: '代表法（2025年修正）', exact: true }).getAttribute('href')).resolves.toBe('/law/deputies-2025/');
    await note.getByRole('link', { name: /逐条对照/ }).click();
    await page.waitForURL(/\/law\/deputies-2025\/changes\/$/);
    await expect(page.locator('h1').innerText()).resolves.toBe('代表法2025年修改对照');
    // Its articles say what became of them.
    await page.goto(`${site.url}/law/deputies-2015/#art-39`);
    await expect(page.locator('#art-39').locator('xpath=..').locator('.change-badge').innerText()).resolves.toBe('2025年修改，现为第四十七条');
    expect(problems).toEqual([]);
  });

  it('every content page says which law versions it was checked against and when', async () => {
    for (const path of ['/procedures/session-preparation/', '/guides/changes-2025/', '/glossary/']) {
      const { page } = await open(path);
      await expect(page.locator('.review-note').innerText(), path).resolves.toMatch(/^核对依据：.*(地方组织法|代表法)（20\d\d年修正）.* · 最近核对：\d{4}年\d{1,2}月\d{1,2}日$/s);
      await page.context().close();
    }
  });

  it('复制引用 on a law page copies the standard citation at the level the reader came to, without an address', async () => {
    const { page, problems } = await open('/law/organic-2022/#art-12-4', { permissions: ['clipboard-read', 'clipboard-write'] });
    const button = page.locator('#art-12').locator('xpath=..').getByRole('button', { name: '复制引用' });
    await button.click();
    await page.locator('#art-12').locator('xpath=..').getByRole('button', { name: '已复制' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第十二条第一款第四项');
    await page.goto(`${site.url}/law/organic-2015/#art-9`);
    await page.locator('#art-9').locator('xpath=..').getByRole('button', { name: '复制引用' }).click();
    await page.locator('#art-9').locator('xpath=..').getByRole('button', { name: '已复制' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》（2015年修正）第九条');
    expect(problems).toEqual([]);
  });

  it('on a phone, 复制引用 in the citation sheet copies the standard citation form', async () => {
    const { page, problems } = await open('/powers/budget/', PHONE);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const link = page.locator('.sl-markdown-content .citation__link[href$="#art-12-4"]').first();
    await link.tap();
    const sheet = page.locator('dialog.peek-sheet[open]');
    await sheet.getByRole('button', { name: '复制引用' }).tap();
    await sheet.getByRole('button', { name: '已复制' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第十二条第一款第四项');
    expect(problems).toEqual([]);
  });
});
