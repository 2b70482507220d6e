/**
 * The chair's and clerk's desk in a browser: the 文书范本库 (every Word file opens and holds
 * its sample; copy puts the sample on the clipboard; the filter narrows the list), the session
 * planner (plans with their own dates and ticks that survive a reload, the law's deadlines
 * computed, .ics, backup file out and back in, a damaged file refused), and checklists whose
 * old single set of ticks becomes a first plan.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchProblems } from '../../scripts/lib/browser.ts';
import { builtSiteInBrowser, distDir } from '../support/site.ts';
import { projectRoot } from '../support/fixture-project.ts';
import { readPublished } from '../../src/lib/content-files.ts';
import { comparableText, docxCheck } from '../support/docx.ts';
import { asciiFileNameOf, fileNameOf } from '../../src/lib/documents/catalog.ts';

const site = builtSiteInBrowser();

const procedures = readPublished(projectRoot, 'procedures');
const documents = procedures.flatMap((procedure) =>
  ((procedure.data.documents as Array<{ title: string; sample: string }> | undefined) ?? []).map((document, index) => ({ ...document, id: `${procedure.id}-${index + 1}` })),
);

describe('文书范本库', () => {
  it('every document of every procedure has a Word file that opens and holds its sample', () => {
    expect(documents.length).toBeGreaterThan(100);
    for (const document of documents) {
      const file = join(distDir, 'documents', document.id, asciiFileNameOf(document.title));
      expect(existsSync(file), file).toBe(true);
      const { problems, text } = docxCheck(readFileSync(file));
      expect(problems, document.id).toEqual([]);
      expect(text, document.id).toBe(comparableText(document.sample));
    }
  });

  it('lists every document, filters by words and stage, and copies a sample to the clipboard', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${site.url}/documents/`);
    await expect(page.locator('[data-document]').count()).resolves.toBe(documents.length);
    await page.locator('[data-filter-words]').fill('选票');
    const shown = await page.locator('[data-document]:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(documents.length);
    await expect(page.locator('[data-filter-count]').innerText()).resolves.toContain(`显示 ${shown} 份`);
    // Asked the way a clerk asks: 模板 and punctuation do not count.
    await page.locator('[data-filter-words]').fill('会议通知模板');
    expect(await page.locator('[data-document]:visible').count()).toBeGreaterThan(0);
    await page.locator('[data-filter-words]').fill('决议草案');
    expect(await page.locator('[data-document]:visible').count()).toBeGreaterThan(0);
    await page.locator('[data-filter-words]').fill('');
    await page.locator('[data-filter-phase]').selectOption('换届');
    const election = await page.locator('[data-document]:visible').count();
    expect(election).toBeGreaterThan(0);
    expect(await page.locator('[data-phase-group="会前准备"]').isHidden()).toBe(true);
    // Copy the first visible document and read the clipboard back.
    const card = page.locator('[data-document]:visible').first();
    const id = (await card.getAttribute('data-document-id'))!;
    await card.getByRole('button', { name: '复制全文' }).click();
    await card.locator('[data-copy-status]', { hasText: '已复制' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(documents.find((document) => document.id === id)!.sample);
    // The download link names the file after the document.
    const link = card.getByRole('link', { name: /下载 Word/ });
    const title = documents.find((document) => document.id === id)!.title;
    await expect(link.getAttribute('href')).resolves.toBe(`/documents/${id}/${asciiFileNameOf(title)}`);
    await expect(link.getAttribute('download')).resolves.toBe(fileNameOf(title));
    await expect(link.getAttribute('download')).resolves.toMatch(/\.docx$/);
    expect(problems).toEqual([]);
    await context.close();
  });
});

/** Makes a plan through the form. */
async function makePlan(page: Page, template: string, name: string, dates: Record<string, string>) {
  const form = page.locator('[data-new-plan]');
  await form.locator('select[name="template"]').selectOption(template);
  await form.locator('input[name="name"]').fill(name);
  for (const [anchor, value] of Object.entries(dates)) await form.locator(`input[name="${anchor}"]`).fill(value);
  await form.getByRole('button', { name: '新建' }).click();
  await expect(page.locator('[data-plan-view] h2').innerText()).resolves.toBe(name);
}
/** Waits until the planner's status line says `text`. */
const statusSays = (page: Page, text: string) => page.waitForFunction((wanted) => document.querySelector('[data-planner-status]')?.textContent?.includes(wanted), text);
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('handbook:planner'));

describe('会议筹备日程', () => {
  it('keeps each plan with its own dates and ticks, computes the law’s deadlines, flags weekends without moving them', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watchProblems(page);
    await page.goto(`${site.url}/planner/`);
    await makePlan(page, 'election-year', '2026年换届选举', { election: '2026-11-22', session: '2026-12-20' });
    // 选民名单: 选举日的二十日以前 → 2026年11月2日; 候选人名单 15 days before → Saturday 11月7日, shown as is.
    const voterList = page.locator('[data-row="voter-list-published"]');
    await expect(voterList.innerText()).resolves.toContain('最晚 2026年11月2日');
    await expect(voterList.innerText()).resolves.toContain('选举日的二十日以前');
    const candidates = page.locator('[data-row="candidate-list-published"]');
    await expect(candidates.innerText()).resolves.toContain('2026年11月7日 星期六');
    await expect(candidates.innerText()).resolves.toContain('法定期限不因周末改变');
    // 新一届第一次会议: within two months of the election; a session set later is flagged.
    await expect(page.locator('[data-row="first-session-convened"]').innerText()).resolves.toContain('2027年1月22日');
    await expect(page.locator('.planner__warning').count()).resolves.toBe(0);
    await page.locator('[data-plan-view] input[name="session"]').fill('2027-02-26');
    await page.locator('[data-plan-view] input[name="session"]').dispatchEvent('change');
    await expect(page.locator('.planner__warning').innerText()).resolves.toContain('晚于法律规定的最晚日期 2027年1月22日');
    await page.locator('[data-plan-view] input[name="session"]').fill('2026-12-20');
    await page.locator('[data-plan-view] input[name="session"]').dispatchEvent('change');
    await expect(page.locator('.planner__warning').count()).resolves.toBe(0);
    // Tick, owner and note; a second plan of the same checklist keeps its own.
    await page.locator('[data-row="publish-roll"] input[type="checkbox"]').check();
    await page.locator('[data-row="publish-roll"] input[aria-label^="负责"]').fill('选举委员会王某');
    await page.locator('[data-row="publish-roll"] input[aria-label^="负责"]').press('Tab');
    await makePlan(page, 'election-year', '另一份', { election: '2031-11-20' });
    await expect(page.locator('[data-row="publish-roll"] input[type="checkbox"]').isChecked()).resolves.toBe(false);
    await page.reload();
    await expect(page.locator('.plan-list__item').count()).resolves.toBe(2);
    await page.locator('.plan-list__item', { hasText: '2026年换届选举' }).getByRole('button', { name: '打开' }).click();
    await expect(page.locator('[data-row="publish-roll"] input[type="checkbox"]').isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-row="publish-roll"] input[aria-label^="负责"]').inputValue()).resolves.toBe('选举委员会王某');
    // The checklist page shows the same plan's ticks.
    await page.goto(`${site.url}/checklists/election-year/`);
    await expect(page.locator('[data-plan-select]').inputValue()).resolves.toMatch(/^plan-/);
    await expect(page.locator('#check-election-year-publish-roll').isChecked()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('exports the plan to a calendar file and prints one page', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}/planner/`);
    await makePlan(page, 'session-preparation-checklist', '2027年第一次会议', { session: '2027-03-06' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出到日历/ }).click()]);
    expect(download.suggestedFilename()).toBe('2027年第一次会议.ics');
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    // 「召开主席团会议，决定本次会议的召开日期」 is due 30 days before 2027-03-06.
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20270204/);
    expect(ics).toContain('决定本次会议的召开日期');
    // The session day itself is an event, and open tasks remind a day before.
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20270306/);
    expect(ics).toContain('BEGIN:VALARM');
    expect((ics.match(/BEGIN:VEVENT/g) ?? []).length).toBeGreaterThan(10);
    // Printed: the table alone, on one A4 page.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-plan__table').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-new-plan]').isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
    await page.close();
  });

  it('saves everything to a file and reads it back after the browser is cleared; a damaged file changes nothing', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}/planner/`);
    await makePlan(page, 'suggestions-follow-up', '2027年第一批建议', { assignment: '2027-01-31', session: '2027-03-06' });
    await expect(page.locator('[data-row="reply-three-months"]').innerText()).resolves.toContain('2027年4月30日');
    await page.locator('[data-row="assign"] input[type="checkbox"]').check();
    const before = await stored(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出全部日程/ }).click()]);
    const backup = (await download.path())!;
    // A damaged file: refused, with a message, and the state untouched.
    await page.locator('[data-import-state]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"township-congress-handbook/planner","version":1,"state":{"plans":[{}]}') });
    await statusSays(page, '现有日程没有改动');
    await expect(stored(page)).resolves.toBe(before);
    // Cleared browser → import → the same state.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.locator('.plan-list__item').count()).resolves.toBe(0);
    await page.locator('[data-import-state]').setInputFiles(backup);
    await statusSays(page, '已导入');
    expect(JSON.parse((await stored(page))!)).toEqual(JSON.parse(before!));
    await page.close();
  });
});

describe('checklists with plans', () => {
  it('moves the old single set of ticks into a first plan without losing one', async () => {
    const page = await site.browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${site.url}/checklists/session-preparation-checklist/`);
    await page.evaluate(() => {
      localStorage.clear();
      localStorage.setItem('handbook:checklist:session-preparation-checklist', JSON.stringify(['decide-date', 'draft-agenda', 'an-item-since-removed']));
    });
    await page.reload();
    await expect(page.locator('#check-session-preparation-checklist-decide-date').isChecked()).resolves.toBe(true);
    await expect(page.locator('#check-session-preparation-checklist-draft-agenda').isChecked()).resolves.toBe(true);
    await expect(page.locator('.checklist input:checked').count()).resolves.toBe(2);
    await expect(page.locator('[data-plan-select] option:checked').innerText()).resolves.toBe('升级前的勾选');
    const state = JSON.parse((await stored(page))!);
    expect(Object.keys(state.plans[0].tasks).sort()).toEqual(['an-item-since-removed', 'decide-date', 'draft-agenda']);
    await expect(page.evaluate(() => localStorage.getItem('handbook:checklist:session-preparation-checklist'))).resolves.toBeNull();
    // A new plan starts empty; the old one keeps its ticks.
    page.once('dialog', (dialog) => dialog.accept('2027年第一次会议'));
    await page.getByRole('button', { name: '新建一份' }).click();
    await expect(page.locator('.checklist input:checked').count()).resolves.toBe(0);
    await page.locator('[data-plan-select]').selectOption({ label: '升级前的勾选' });
    await expect(page.locator('.checklist input:checked').count()).resolves.toBe(2);
    await page.reload();
    await expect(page.locator('.checklist input:checked').count()).resolves.toBe(2);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('printed checklists', () => {
  const checklists = readPublished(projectRoot, 'checklists').map((checklist) => checklist.id);
  it.each(checklists)('%s prints as a table on one or two A4 pages, with the ticks of the plan', async (id) => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}/checklists/${id}/`);
    await page.locator('.checklist input[type="checkbox"]').first().check();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.checklist-print').isVisible()).resolves.toBe(true);
    await expect(page.locator('.checklist-print [data-print-tick]').first().innerText()).resolves.toBe('☑');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.close();
  });
});

describe('on a phone (375 × 812)', () => {
  it('the planner and the library fit the screen; controls are big enough for a thumb', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${site.url}/planner/`);
    await makePlan(page, 'session-preparation-checklist', '2027年第一次会议', { session: '2027-03-06' });
    for (const path of ['/planner/', '/documents/']) {
      if (path !== '/planner/') await page.goto(`${site.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.goto(`${site.url}/planner/`);
    await page.locator('.plan-list__item').getByRole('button', { name: '打开' }).click();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-plan-view] button, [data-plan-view] input, [data-new-plan] button, [data-new-plan] input, [data-new-plan] select')]
        .filter((element) => element.offsetParent !== null)
        .map((element) => ({ what: element.outerHTML.slice(0, 60), height: element.getBoundingClientRect().height }))
        .filter(({ what, height }) => !what.includes('checkbox') && height < 40),
    );
    expect(small).toEqual([]);
    await context.close();
  });
});
