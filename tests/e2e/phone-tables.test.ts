/**
 * Tables on a phone (375×812): on the annual calendar and every procedure page no table cell
 * a reader sees is narrower than four characters or lies off the screen (in a table that must
 * be swiped sideways), and the page never scrolls sideways; wide
 * tables read as cards (src/lib/table-labels.ts, "Tables on phones" in handbook.css) and keep
 * their table semantics. On a desktop and on paper they stay real tables.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { watchProblems } from '../../scripts/lib/browser.ts';
import { builtSiteInBrowser, sitePages } from '../support/site.ts';
import { axeSerious } from '../support/axe.ts';

const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
const CALENDAR = '/guides/annual-calendar/';

const site = builtSiteInBrowser();

async function open(path: string, options: BrowserContextOptions = PHONE): Promise<{ page: Page; problems: string[]; close(): Promise<void> }> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(site.url + path);
  return { page, problems, close: () => context.close() };
}

interface Layout {
  tables: number;
  cells: number;
  /** Cells a reader sees that are narrower than four characters of their own font. */
  narrow: string[];
  /** Cells outside the screen: the table would have to be swiped sideways to read them. */
  offscreen: string[];
  scrollWidth: number;
  innerWidth: number;
}

/** Measures every table cell a reader can see (not display:none, not visually hidden). */
function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    // Hidden from sight: no box, or inside a box clipped to (almost) nothing (the sr-only pattern).
    const seen = (element: Element): boolean => {
      if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
      const box = element.getBoundingClientRect();
      if (box.width < 1 || box.height < 1) return false;
      for (let node = element.parentElement; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        const clipped = style.overflow !== 'visible' || style.clipPath !== 'none';
        const area = node.getBoundingClientRect();
        if (clipped && (area.width <= 1 || area.height <= 1)) return false;
      }
      return true;
    };
    const tables = [...document.querySelectorAll('table')].filter(seen);
    const cells = tables.flatMap((table) => [...table.querySelectorAll('th, td')]).filter(seen);
    const text = (cell: Element) => `“${(cell.textContent ?? '').trim().slice(0, 20)}”`;
    const narrow = cells.flatMap((cell) => {
      const width = cell.getBoundingClientRect().width;
      const minimum = 4 * parseFloat(getComputedStyle(cell).fontSize);
      return width + 0.5 < minimum ? [`${Math.round(width)}px < ${minimum}px: ${text(cell)}`] : [];
    });
    const offscreen = cells.flatMap((cell) => {
      const box = cell.getBoundingClientRect();
      return box.left < -0.5 || box.right > innerWidth + 0.5 ? [`${Math.round(box.left)}–${Math.round(box.right)}px: ${text(cell)}`] : [];
    });
    return { tables: tables.length, cells: cells.length, narrow, offscreen, scrollWidth: document.documentElement.scrollWidth, innerWidth };
  });
}

/** Whether each table shows as a grid: a header row above, a row's cells side by side. */
function realTables(page: Page): Promise<boolean[]> {
  return page.locator('.sl-markdown-content table').evaluateAll((tables) =>
    tables.map((table) => {
      const head = table.querySelector('thead')!.getBoundingClientRect();
      const cells = [...table.querySelectorAll('tbody tr:first-child td')].map((cell) => cell.getBoundingClientRect());
      return head.height > 10 && cells.length > 1 && cells.every((box, index) => index === 0 || (Math.abs(box.top - cells[0]!.top) < 2 && box.left > cells[index - 1]!.left));
    }),
  );
}

describe('tables on a phone', () => {
  const pages = [CALENDAR, ...sitePages().filter((path) => /^\/procedures\/[^/]+\/$/.test(path))];

  it('finds the calendar and the procedures', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)('%s: no cell narrower than four characters, none off the screen, no sideways scroll', async (path) => {
    const { page, problems, close } = await open(path);
    const layout = await measure(page);
    expect(layout.narrow).toEqual([]);
    expect(layout.offscreen).toEqual([]);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
    expect(problems).toEqual([]);
    await close();
  });

  it('the calendar reads as cards: one row a card, each value after its column header', async () => {
    const { page, problems, close } = await open(CALENDAR);
    const table = page.locator('.sl-markdown-content table').first();
    expect(await measure(page)).toMatchObject({ tables: 3 });
    await expect(realTables(page)).resolves.toEqual([false, false, false]);
    const first = table.locator('tbody tr').first();
    const cells = await first.locator('td').evaluateAll((tds) =>
      tds.map((td) => ({ label: getComputedStyle(td, '::before').content, top: td.getBoundingClientRect().top, width: td.getBoundingClientRect().width })),
    );
    // The label is shown, and left out of what screen readers hear (content alt text "").
    expect(cells.map((cell) => cell.label)).toEqual(['"时间" / ""', '"做什么" / ""', '"依据" / ""', '"性质" / ""']);
    // Cells one under another, each the card's full width.
    expect(cells.every((cell, index) => index === 0 || cell.top > cells[index - 1]!.top)).toBe(true);
    expect(Math.min(...cells.map((cell) => cell.width))).toBeGreaterThan(300);
    expect(problems).toEqual([]);
    await close();
  });

  it('a stacked table is still a table to screen readers: its rows, column headers and cells', async () => {
    const { page, close } = await open(CALENDAR);
    const snapshot = await page.locator('.sl-markdown-content table').first().ariaSnapshot();
    expect(snapshot).toMatch(/^- table/);
    expect(snapshot).toContain('- columnheader "时间"');
    expect(snapshot).toContain('- columnheader "性质"');
    // Cells are named by their own text: the printed labels (时间, 性质) are not read out again.
    expect(snapshot).toContain('- cell "第一次会议前约一个月"');
    expect(snapshot).toContain('- cell "提前几天通知：省例①"');
    await close();
  });

  it.each([CALENDAR, '/procedures/direct-election/', '/procedures/questions/', '/procedures/constitutional-oath/'])('%s on a phone has no serious or critical axe violation', async (path) => {
    const { page, close } = await open(path);
    expect(await axeSerious(page)).toEqual([]);
    await close();
  });

  it('on a desktop and on paper the calendar keeps real tables', async () => {
    const desktop = await open(CALENDAR, { viewport: { width: 1280, height: 800 } });
    await expect(realTables(desktop.page)).resolves.toEqual([true, true, true]);
    await desktop.close();
    // Printed from a phone: the page is narrow, but print is never stacked.
    const paper = await open(CALENDAR, PHONE);
    await paper.page.emulateMedia({ media: 'print' });
    await expect(realTables(paper.page)).resolves.toEqual([true, true, true]);
    await paper.close();
  });
});
