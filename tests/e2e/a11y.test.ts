/** axe-core finds no serious or critical violation on any page of the built site. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { distDir, requireBuiltSite, sitePages } from '../support/site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }

let browser: Browser;
let context: BrowserContext;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  requireBuiltSite();
  server = await serveStatic(distDir);
  browser = await launchBrowser();
  context = await browser.newContext();
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

  it.each(pages)('%s has no serious or critical violation', async (path) => {
    const page = await context.newPage();
    await page.goto(server.url + path);
    await page.addScriptTag({ content: axeSource });
    const violations = (await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe.run();
      return result.violations;
    })) as AxeViolation[];
    await page.close();
    const serious = violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
});
