/**
 * `npm run bench:scale`: how the handbook grows. For each size it builds a throwaway copy of
 * the project whose content is the real handbook plus copies of its own entries
 * (scripts/lib/synthetic-corpus.ts), exports the offline copy, and searches both in Chromium.
 * Per size it prints
 * - build time and peak memory (resident memory of the build and everything it starts,
 *   Pagefind included), and the same for the offline export;
 * - dist size (without .gz/.br copies), search index size, offline zip size;
 * - search: the first query on a freshly opened search page (cold: engine and index load
 *   then), later queries (warm p95), and what the search page loads before and with the
 *   first query — online (http) and offline (file://, the unzipped copy).
 * Then the growth from the 1,000 to the largest size, and the targets. Figures, not a test.
 *
 * `--sizes=1000,5000` picks the sizes (entries in all; the real handbook is the smallest
 * possible). `--smoke` runs one small point (the real handbook and 30 copies, a few queries)
 * so that `npm test` notices when this benchmark no longer runs.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { FixtureProject, projectRoot } from '../tests/support/fixture-project.ts';
import { entryFolders, growCorpus } from './lib/synthetic-corpus.ts';
import { builtSize, percentile } from './lib/bench-figures.ts';
import { launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { searchOnPage, type QueryCase } from './lib/search-runner.ts';

const SMOKE = process.argv.includes('--smoke');
const sizesArg = process.argv.find((arg) => arg.startsWith('--sizes='));
const REAL = [...entryFolders(projectRoot).values()].reduce((sum, files) => sum + files.length, 0);
const SIZES = SMOKE ? [REAL + 30] : sizesArg ? sizesArg.slice(8).split(',').map(Number) : [REAL, 1000, 5000];
const TARGETS = {
  1000: { buildSeconds: 40, peakGb: 1.2 },
  5000: { buildSeconds: 240, peakGb: 3 },
  offline: { coldMs: 500, warmP95Ms: 100, beforeFirstQueryMb: 2 },
};

// The project's own queries: the real content is inside every corpus, so they find real pages.
const ALL_QUERIES: QueryCase[] = JSON.parse(readFileSync(join(projectRoot, 'tests/search/queries.json'), 'utf8')).queries;
const QUERIES = ALL_QUERIES.filter((_, index) => index % (SMOKE ? 60 : 8) === 0).map((query) => query.q);
const COLD_SAMPLES = SMOKE ? 1 : 5;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const median = (values: number[]) => percentile(values, 50);

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(pid: number): number {
  let total = 0;
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch { /* the process ended */ }
  }
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop()!;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${current}/status`, 'utf8'));
      total += rss ? Number(rss[1]) * 1024 : 0;
    } catch { /* ended */ }
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

/** Runs one of the copy's scripts; returns wall time and peak memory of its process tree, or stops with its output. */
async function runMeasured(fixture: FixtureProject, script: string): Promise<{ seconds: number; peak: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [script], { cwd: fixture.root, stdio: ['ignore', process.env.SCALE_LOG ? 'inherit' : 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' } });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 200);
  const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? 1)));
  clearInterval(timer);
  if (code !== 0) {
    console.error(`${script} failed in ${fixture.root}:\n${stderr.slice(-4000)}`);
    fixture.dispose();
    process.exit(1);
  }
  return { seconds: (performance.now() - started) / 1000, peak };
}

interface SearchFigures { coldMs: number; warmP95Ms: number; beforeQuery: number; withFirstQuery: number; found: number }

/** Bytes of the files a page has asked for so far, read from the built copy on disk (uncompressed, as file:// loads them). */
function watchLoads(page: Page, fileFor: (url: URL) => string | undefined): () => number {
  const seen = new Set<string>();
  page.on('request', (request) => {
    const file = fileFor(new URL(request.url()));
    if (file) seen.add(file);
  });
  return () => [...seen].reduce((sum, file) => sum + (existsSync(file) && statSync(file).isFile() ? statSync(file).size : 0), 0);
}

async function measureSearch(browser: Browser, searchUrl: string, fileFor: (url: URL) => string | undefined): Promise<SearchFigures> {
  const cold: number[] = [];
  const warm: number[] = [];
  let beforeQuery = 0;
  let withFirstQuery = 0;
  let found = 0;
  for (let sample = 0; sample < COLD_SAMPLES; sample++) {
    // A new context each time: nothing cached from the previous sample.
    const context = await browser.newContext();
    const page = await context.newPage();
    const loaded = watchLoads(page, fileFor);
    await page.goto(searchUrl, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'false');
    beforeQuery = Math.max(beforeQuery, loaded());
    const queries = [...QUERIES.slice(sample), ...QUERIES.slice(0, sample)];
    const first = await searchOnPage(page, queries[0]!);
    cold.push(first.ms);
    withFirstQuery = Math.max(withFirstQuery, loaded());
    if (sample === 0) {
      found += first.results.length ? 1 : 0;
      for (const query of queries.slice(1)) {
        const run = await searchOnPage(page, query);
        warm.push(run.ms);
        found += run.results.length ? 1 : 0;
      }
    }
    await context.close();
  }
  return { coldMs: median(cold), warmP95Ms: warm.length ? percentile(warm, 95) : NaN, beforeQuery, withFirstQuery, found };
}

/** The file behind a URL of the site served from `dist` (http) or of the unzipped copy (file://). */
function siteFile(dist: string) {
  return (url: URL) => {
    if (url.protocol === 'file:') return fileURLToPath(url);
    if (url.protocol !== 'http:') return undefined;
    const path = join(dist, decodeURIComponent(url.pathname));
    return existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  };
}

interface Point { entries: number; build: { seconds: number; peak: number }; exported: { seconds: number; peak: number }; pages: number; dist: number; index: number; zip: number; online: SearchFigures; offline: SearchFigures }
const points: Point[] = [];
const browser = await launchBrowser();
for (const entries of SIZES) {
  if (entries < REAL) {
    console.error(`--sizes: ${entries} is fewer than the real handbook's ${REAL} entries, which every corpus contains.`);
    process.exit(2);
  }
  const fixture = new FixtureProject();
  growCorpus(fixture.root, entries - REAL);
  const build = await runMeasured(fixture, 'scripts/build.ts');
  const exported = await runMeasured(fixture, 'scripts/export-offline.ts');
  const dist = join(fixture.root, 'dist');
  const server = await serveStatic(dist);
  const online = await measureSearch(browser, `${server.url}/search/`, siteFile(dist));
  await server.close();
  const offlineRoot = join(fixture.root, '.build/offline/township-congress-handbook');
  const offline = await measureSearch(browser, pathToFileURL(join(offlineRoot, 'search/index.html')).href, siteFile(offlineRoot));
  const pages = readdirSync(dist, { recursive: true }).filter((name) => String(name).endsWith('.html')).length;
  points.push({ entries, build, exported, pages, dist: builtSize(dist), index: builtSize(join(dist, 'pagefind')), zip: builtSize(join(fixture.root, 'handbook-offline.zip')), online, offline });
  if (online.found === 0 || offline.found === 0) {
    console.error(`search found nothing at ${entries} entries (online ${online.found}, offline ${offline.found} of ${QUERIES.length} queries)`);
    process.exit(1);
  }
  fixture.dispose();
}
await browser.close();

const pad = (text: string, width: number) => text.padStart(width);
console.log(`scale benchmark: the real handbook (${REAL} entries) plus copies of its entries; ${QUERIES.length} queries; ${new Date().toISOString().slice(0, 10)}\n`);
console.log('entries  pages   build  peak mem   export  peak mem       dist     index  offline zip');
for (const point of points) {
  console.log(`${pad(String(point.entries), 7)} ${pad(String(point.pages), 6)} ${pad(point.build.seconds.toFixed(1), 6)} s ${pad(mb(point.build.peak), 9)} ${pad(point.exported.seconds.toFixed(1), 6)} s ${pad(mb(point.exported.peak), 9)} ${pad(mb(point.dist), 10)} ${pad(mb(point.index), 9)} ${pad(mb(point.zip), 12)}`);
}
console.log('\nsearch   where     cold first query   warm p95   loaded before first query   with it');
for (const point of points) {
  for (const [where, figures] of [['online', point.online], ['offline', point.offline]] as const) {
    console.log(`${pad(String(point.entries), 7)}  ${where.padEnd(8)} ${pad(figures.coldMs.toFixed(0), 12)} ms ${pad(figures.warmP95Ms.toFixed(0), 7)} ms ${pad(mb(figures.beforeQuery), 19)} ${pad(mb(figures.withFirstQuery), 15)}`);
  }
}

const at = (entries: number) => points.find((point) => point.entries === entries);
const thousand = at(1000);
const largest = points[points.length - 1]!;
if (thousand && largest.entries > thousand.entries) {
  const factor = largest.entries / thousand.entries;
  const ratio = (a: number, b: number) => `${(b / a).toFixed(2)}× (${((b / a) / factor).toFixed(2)} of linear)`;
  console.log(`\ngrowth from 1,000 to ${largest.entries.toLocaleString('en')} entries (${factor.toFixed(1)}× the entries): build time ${ratio(thousand.build.seconds, largest.build.seconds)}, peak memory ${ratio(thousand.build.peak, largest.build.peak)}, dist ${ratio(thousand.dist, largest.dist)}`);
}
const verdict = (ok: boolean) => (ok ? 'within' : 'OVER');
const gb = (bytes: number) => bytes / 1024 ** 3;
for (const [entries, target] of [[1000, TARGETS[1000]], [5000, TARGETS[5000]]] as const) {
  const point = at(entries);
  if (!point) continue;
  console.log(`${entries.toLocaleString('en')} entries: build ${point.build.seconds.toFixed(0)} s — ${verdict(point.build.seconds <= target.buildSeconds)} ≤ ${target.buildSeconds} s; peak memory ${gb(point.build.peak).toFixed(2)} GB — ${verdict(gb(point.build.peak) <= target.peakGb)} ≤ ${target.peakGb} GB`);
}
const five = at(5000);
if (five) {
  const { offline } = five;
  const target = TARGETS.offline;
  console.log(`5,000 entries offline: cold first query ${offline.coldMs.toFixed(0)} ms — ${verdict(offline.coldMs <= target.coldMs)} ≤ ${target.coldMs} ms; warm p95 ${offline.warmP95Ms.toFixed(0)} ms — ${verdict(offline.warmP95Ms <= target.warmP95Ms)} ≤ ${target.warmP95Ms} ms; loaded before the first query ${mb(offline.beforeQuery)} — ${verdict(offline.beforeQuery / 1024 / 1024 <= target.beforeFirstQueryMb)} ≤ ${target.beforeFirstQueryMb} MB`);
}
