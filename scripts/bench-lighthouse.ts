/**
 * `npm run bench:lighthouse`: Lighthouse (pinned, runs on the project's Node) with its
 * default mobile profile on the home page, a procedure, a checklist and a law page of the
 * built site, served on loopback, in Debian's Chromium. Prints the four category scores
 * against the targets: performance ≥ 95, accessibility 100, best practices ≥ 95, SEO ≥ 90.
 * Figures, not a pass/fail test. Needs a built site (`npm run build`). `--smoke` audits the
 * home page only, so that `npm test` notices when this benchmark no longer runs.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ has no built site: run `npm run build` first.');
  process.exit(1);
}
if (!CHROMIUM_PATH) {
  console.error('Chromium was not found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}

const ALL_PAGES = ['/', '/procedures/extraordinary-session/', '/checklists/report-back-to-voters/', '/law/organic-2022/'];
const PAGES = process.argv.includes('--smoke') ? ALL_PAGES.slice(0, 1) : ALL_PAGES;
const TARGETS: Record<string, number> = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 90 };

const server = await serveStatic(dist);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const misses: string[] = [];
try {
  console.log(`page${' '.repeat(36)}perf  a11y  best   seo`);
  for (const path of PAGES) {
    const result = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(TARGETS) });
    const categories = result!.lhr.categories;
    const scores = Object.keys(TARGETS).map((key) => Math.round((categories[key]?.score ?? 0) * 100));
    console.log(`${path.padEnd(40)}${scores.map((score) => String(score).padStart(5)).join(' ')}`);
    Object.keys(TARGETS).forEach((key, index) => {
      if (scores[index]! < TARGETS[key]!) {
        const failing = Object.values(result!.lhr.audits)
          .filter((audit) => audit.score !== null && audit.score < 1 && (categories[key]?.auditRefs ?? []).some((ref) => ref.id === audit.id && ref.weight > 0))
          .map((audit) => audit.id)
          .slice(0, 5);
        misses.push(`${path} ${key} ${scores[index]} < ${TARGETS[key]} (${failing.join(', ')})`);
      }
    });
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(misses.length ? `\nbelow target:\n  ${misses.join('\n  ')}` : '\nall pages meet the targets');
