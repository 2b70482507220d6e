/** Shared setup for browser tests over the built site in dist/. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './fixture-project.ts';
import { sitePages as pagesOf } from '../../scripts/lib/site-pages.ts';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

export const distDir = join(projectRoot, 'dist');

export function requireBuiltSite(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` first (npm test does).');
  }
}

/** Every page of the built site as a path like /powers/budget/ (404 excluded). */
export function sitePages(): string[] {
  return pagesOf(distDir);
}

/**
 * The built site served over http and a Chromium to look at it, for a browser test file:
 * started before its tests and closed after. `site.browser` and `site.url` are ready inside tests.
 */
export function builtSiteInBrowser(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  beforeAll(async () => {
    requireBuiltSite();
    server = await serveStatic(distDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get url() {
      return server!.url;
    },
  };
}
