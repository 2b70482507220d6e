/**
 * `npm run bench:site`: builds the handbook and prints, in one run,
 * - build time: wall, and per phase (Astro pages, Pagefind index, glossary links and checks, precompressed copies, offline export);
 * - per page, loaded in Chromium without interaction: HTML, CSS and JS transferred (gzip), median and maximum;
 * - dist size, search index size and offline zip size;
 * and checks the budgets: ≤ 15 KB gzip of JavaScript and ≤ 60 KB gzip in all per content
 * page before search opens, and a full build ≤ 60 s. Figures, not a pass/fail test.
 * `--no-build` measures the existing dist/. `--smoke` measures the existing dist/ on a few
 * pages (one of each kind), so that `npm test` notices when this benchmark no longer runs.
 */
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtSize } from './lib/bench-figures.ts';
import { launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { sitePages } from './lib/site-pages.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const BUDGET = { jsKb: 15, totalKb: 60, buildSeconds: 60 };
/**
 * Tool pages carry their own code (the planner: the calendar library; the document library: 132
 * samples) and have their own, looser budget; content pages must not pay for them.
 */
const TOOL_PAGES = ['/search/', '/planner/', '/documents/'];
const TOOL_BUDGET = { jsKb: 40, totalKb: 100 };

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function run(script: string): { ms: number; output: string } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, script)], { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    process.exit(result.status ?? 1);
  }
  // Astro colours its log even when asked not to; strip the escapes before reading it.
  return { ms: performance.now() - started, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');

const SMOKE = process.argv.includes('--smoke');
if (!SMOKE && !process.argv.includes('--no-build')) {
  const build = run('scripts/build.ts');
  const exported = run('scripts/export-offline.ts');
  const phase = (re: RegExp) => {
    const match = re.exec(build.output);
    return match ? Number(match[1]) * (match[2] === 's' ? 1000 : 1) : NaN;
  };
  const pagefind = phase(/pages indexed by Pagefind in ([\d.]+) (s)/);
  const pages = phase(/page\(s\) built in ([\d.]+)(ms|s)/);
  const glossary = phase(/linked glossary terms on \d+ pages in ([\d.]+)(ms)/);
  const checks = phase(/internal links and fragments resolve \(([\d.]+)(ms)\)/);
  const precompressed = phase(/Precompressed .* in ([\d.]+) (s)\./);
  console.log('== build time (2 cores)');
  console.log(`full build (astro build + checks): ${seconds(build.ms)} — ${verdict(build.ms / 1000 <= BUDGET.buildSeconds)} (≤ ${BUDGET.buildSeconds} s)`);
  console.log(`  Astro pages and assets: ${seconds(pages - (glossary || 0) - (checks || 0))}`);
  console.log(`  Pagefind index: ${seconds(pagefind)}`);
  console.log(`  glossary links: ${seconds(glossary)}; link check: ${seconds(checks)}`);
  console.log(`  .gz/.br copies (unchanged files' copies come from the previous build): ${seconds(precompressed)}`);
  console.log(`offline export: ${seconds(exported.ms)}`);
  console.log(`build + export, wall: ${seconds(build.ms + exported.ms)}`);
}

// Per page: what the browser downloads on load, before any interaction.
const server = await serveStatic(dist);
const browser = await launchBrowser();
const rows: Array<{ path: string; html: number; css: number; js: number; total: number }> = [];
const context = await browser.newContext();
// The smoke run: the first page of each section (/powers/x/, /law/y/, …) and the tool pages.
const pages = SMOKE ? sitePages(dist).filter((path, index, all) => TOOL_PAGES.includes(path) || all.findIndex((other) => other.split('/')[1] === path.split('/')[1]) === index) : sitePages(dist);
for (const path of pages) {
  const page = await context.newPage();
  const sizes = { html: 0, css: 0, js: 0 };
  const pending: Array<Promise<void>> = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const key = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : undefined;
    if (!key) return;
    pending.push(response.body().then((body) => { sizes[key] += gzipSync(body).length; }).catch(() => {}));
  });
  await page.goto(server.url + path, { waitUntil: 'load' });
  await Promise.all(pending);
  // Inline scripts count too: they travel inside the HTML, which is already measured.
  rows.push({ path, ...sizes, total: sizes.html + sizes.css + sizes.js });
  await page.close();
}
await browser.close();
await server.close();

const column = (key: 'html' | 'css' | 'js' | 'total') => rows.map((row) => row[key]);
console.log(`\n== per page, gzip, on load (${rows.length} pages)`);
for (const key of ['html', 'css', 'js', 'total'] as const) {
  const values = column(key);
  const worst = rows.find((row) => row[key] === Math.max(...values))!;
  console.log(`${key.padEnd(5)} median ${kb(median(values)).padStart(9)}   max ${kb(Math.max(...values)).padStart(9)} (${worst.path})`);
}
const content = rows.filter((row) => !TOOL_PAGES.includes(row.path));
const tools = rows.filter((row) => TOOL_PAGES.includes(row.path) && row.path !== '/search/');
const jsOver = content.filter((row) => row.js / 1024 > BUDGET.jsKb);
const totalOver = content.filter((row) => row.total / 1024 > BUDGET.totalKb);
console.log(`JS before search opens ≤ ${BUDGET.jsKb} KB: ${verdict(jsOver.length === 0)}${jsOver.length ? ` (${jsOver.map((row) => `${row.path} ${kb(row.js)}`).join(', ')})` : ''}`);
console.log(`everything ≤ ${BUDGET.totalKb} KB: ${verdict(totalOver.length === 0)}${totalOver.length ? ` (${totalOver.map((row) => `${row.path} ${kb(row.total)}`).join(', ')})` : ''}`);
for (const row of tools) {
  console.log(`tool page ${row.path}: JS ${kb(row.js)} — ${verdict(row.js / 1024 <= TOOL_BUDGET.jsKb)} (≤ ${TOOL_BUDGET.jsKb} KB); everything ${kb(row.total)} — ${verdict(row.total / 1024 <= TOOL_BUDGET.totalKb)} (≤ ${TOOL_BUDGET.totalKb} KB)`);
}

console.log('\n== sizes');
console.log(`dist: ${kb(builtSize(dist))}`);
console.log(`search index (dist/pagefind): ${kb(builtSize(join(dist, 'pagefind')))}`);
try {
  console.log(`offline zip: ${kb(builtSize(join(root, 'handbook-offline.zip')))}`);
} catch {
  console.log('offline zip: not built (run npm run export)');
}
