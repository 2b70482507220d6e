import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from './scripts/lib/browser.ts';
import { serveStatic } from './scripts/lib/static-server.ts';
import { openSearchPage, runQueryInPage } from './scripts/lib/search-runner.ts';
import { unzipOfflineCopy } from './tests/support/offline-copy.ts';
const queries = JSON.parse(readFileSync('tests/search/queries.json', 'utf8')).queries as Array<{ q: string }>;
const unzipped = unzipOfflineCopy('diag-');
const browser = await launchBrowser();
const server = await serveStatic(join(process.cwd(), 'dist'));
for (let round = 0; round < 3; round++) {
  const online = await openSearchPage(browser, `${server.url}/search/`);
  const context = await browser.newContext();
  const folder = pathToFileURL(join(unzipped, 'township-congress-handbook')).href;
  await context.route((url) => !url.href.startsWith(folder), (route) => route.abort());
  const offline = await context.newPage();
  await offline.goto(pathToFileURL(join(unzipped, 'township-congress-handbook', 'search', 'index.html')).href);
  for (const query of queries) {
    for (const [side, page] of [['online', online], ['offline', offline]] as const) {
      const t = page.evaluate(runQueryInPage, query.q);
      const timeout = new Promise((resolve) => setTimeout(() => resolve('TIMEOUT'), 15000));
      const r = await Promise.race([t, timeout]);
      if (r === 'TIMEOUT') {
        const state = await page.evaluate(() => ({ busy: document.querySelector('[data-search-results]')?.getAttribute('aria-busy'), status: document.querySelector('[data-search-status]')?.textContent, n: document.querySelectorAll('.search-result').length }));
        console.log('HANG', round, side, query.q, JSON.stringify(state));
      }
    }
  }
  await online.close(); await offline.close();
  console.log('round done', round);
}
await browser.close(); await server.close();
