/**
 * The trainer's kit in a browser: the projector view (keys, no sideways scroll, type large
 * enough for the back of a meeting room), a module page that keeps answers closed until asked,
 * and the plan that adds up the chosen modules' minutes.
 */
import { describe, expect, it } from 'vitest';
import { watchProblems } from '../../scripts/lib/browser.ts';
import { builtSiteInBrowser } from '../support/site.ts';

const site = builtSiteInBrowser();
const MODULE = '/training/elections-recall-resignation/';


describe('projector view', () => {
  it.each([[1024, 768], [1920, 1080]])('at %i×%i: one slide at a time, keys and clicker keys move, nothing scrolls sideways, body type ≥ 28 px', async (width, height) => {
    const page = await site.browser.newPage({ viewport: { width, height } });
    const problems = watchProblems(page);
    await page.goto(`${site.url}${MODULE}slides/`);
    const total = await page.locator('.slide').count();
    expect(total).toBeGreaterThan(10);
    const shown = () => page.locator('[data-slide-count]').innerText();
    await expect(shown()).resolves.toBe(`1 / ${total}`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    await page.keyboard.press(' ');
    await expect(shown()).resolves.toBe(`4 / ${total}`);
    await page.keyboard.press('PageUp');
    await expect(shown()).resolves.toBe(`3 / ${total}`);
    expect(page.url()).toMatch(/#3$/);
    await page.keyboard.press('End');
    await expect(shown()).resolves.toBe(`${total} / ${total}`);
    await page.keyboard.press('Home');
    await expect(page.locator('.slide:not([hidden])').count()).resolves.toBe(1);
    // Every slide: no sideways scroll, and the smallest text on it (slide text, not the control bar) is at least 28 px.
    for (let index = 0; index < total; index++) {
      const { scroll, smallest } = await page.evaluate(() => {
        const visible = document.querySelector('.slide:not([hidden])')!;
        const sizes = [...visible.querySelectorAll('h1, h2, p, li')].map((element) => Number.parseFloat(getComputedStyle(element).fontSize));
        return { scroll: document.documentElement.scrollWidth - innerWidth, smallest: Math.min(...sizes) };
      });
      expect(scroll, `slide ${index + 1}`).toBeLessThanOrEqual(0);
      expect(smallest, `slide ${index + 1}`).toBeGreaterThanOrEqual(28);
      await page.keyboard.press('ArrowRight');
    }
    // A reload keeps the place.
    await page.goto(`${site.url}${MODULE}slides/#5`);
    await expect(shown()).resolves.toBe(`5 / ${total}`);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('module page', () => {
  it('keeps exercise answers closed until the reader opens one', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + MODULE);
    const answer = page.locator('.exercise-answer').first();
    await expect(answer.locator('p').first().isVisible()).resolves.toBe(false);
    await answer.locator('summary').click();
    await expect(answer.locator('p').first().isVisible()).resolves.toBe(true);
    await page.close();
  });
});

describe('training plan', () => {
  it('adds up the minutes of the modules ticked', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/training/plan/`);
    const boxes = page.locator('input[name="module"]');
    const minutes = await boxes.evaluateAll((inputs) => inputs.slice(0, 2).map((input) => Number((input as HTMLInputElement).dataset.minutes)));
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await expect(page.locator('[data-plan-total]').innerText()).resolves.toBe(String(minutes[0]! + minutes[1]!));
    await page.close();
  });
});
