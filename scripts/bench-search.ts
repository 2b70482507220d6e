/**
 * `npm run bench:search`: builds the site and the offline export, then runs the project's
 * query set (tests/search/queries.json) through the /search/ page in Chromium, online and
 * from file://, with Pagefind and with the simpler search that answers where Pagefind cannot
 * run (src/lib/search/fallback-engine.ts, forced here by the test hook), and prints top-1,
 * top-3, MRR, latency (p50/p95, cold and warm) and sizes.
 * `--no-build` reuses dist/ and .build/offline/. `--smoke` reuses them too and runs a few
 * queries of each kind, so that `npm test` notices when this benchmark no longer runs.
 * Figures, not a pass/fail test. Last, it warns about each query (of those it ran) whose
 * expected page was in the top 3 online with Pagefind in tests/search/baseline.json and is
 * not any more, naming the pages now above it (scripts/lib/search-regressions.ts).
 * `--update-baseline` (whole set only, not with --smoke) then records today's ranks there.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtSize, percentile } from './lib/bench-figures.ts';
import { launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { openSearchPage, rankOf, searchOnPage, type QueryCase, type QueryRun, type SearchPageOptions } from './lib/search-runner.ts';
import { BASELINE_FILE, UPDATE_COMMAND, baselineJson, baselineNote, readBaseline, searchRegressionWarnings } from './lib/search-regressions.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SMOKE = process.argv.includes('--smoke');
const UPDATE_BASELINE = process.argv.includes('--update-baseline');
if (SMOKE && UPDATE_BASELINE) {
  console.error('bench:search: --update-baseline records the whole query set; run it without --smoke');
  process.exit(1);
}
const allQueries: QueryCase[] = JSON.parse(readFileSync(join(root, 'tests/search/queries.json'), 'utf8')).queries;
// The smoke run: the first two queries of each kind.
const queries = SMOKE ? allQueries.filter((query, index) => allQueries.slice(0, index).filter((other) => other.kind === query.kind).length < 2) : allQueries;

if (!SMOKE && !process.argv.includes('--no-build')) {
  for (const script of ['scripts/build.ts', 'scripts/export-offline.ts']) {
    const result = spawnSync(process.execPath, [join(root, script)], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function measure(label: string, searchPageUrl: string, options: SearchPageOptions = {}) {
  const browser = await launchBrowser();
  const cold: QueryRun[] = [];
  const warm: QueryRun[] = [];
  for (const query of queries) {
    const page = await openSearchPage(browser, searchPageUrl, options);
    cold.push(await searchOnPage(page, query.q));
    warm.push(await searchOnPage(page, query.q));
    await page.close();
  }
  await browser.close();
  const ranks = queries.map((query, index) => rankOf(warm[index]!, query.expect));
  const score = (indexes: number[]) => {
    const of = indexes.map((index) => ranks[index]);
    const percent = (count: number) => `${((count / indexes.length) * 100).toFixed(1)}%`;
    const mrr = of.reduce((sum: number, rank) => sum + (rank ? 1 / rank : 0), 0) / indexes.length;
    return `top-1 ${percent(of.filter((rank) => rank === 1).length)}  top-3 ${percent(of.filter((rank) => rank !== undefined && rank <= 3).length)}  MRR ${mrr.toFixed(3)}`;
  };
  const all = queries.map((_, index) => index);
  const top3 = ranks.filter((rank) => rank !== undefined && rank <= 3).length;
  const ms = (runs: QueryRun[]) => runs.map((run) => run.ms);
  console.log(`\n== ${label}: ${queries.length} queries`);
  console.log(`all          ${score(all)}`);
  for (const kind of ['topic', 'everyday', 'typo', 'article'] as const) {
    const indexes = all.filter((index) => (queries[index]!.kind ?? 'topic') === kind);
    if (indexes.length) console.log(`${`${kind} (${indexes.length})`.padEnd(13)}${score(indexes)}`);
  }
  console.log(`latency cold p50 ${percentile(ms(cold), 50).toFixed(0)} ms, p95 ${percentile(ms(cold), 95).toFixed(0)} ms; warm p50 ${percentile(ms(warm), 50).toFixed(0)} ms, p95 ${percentile(ms(warm), 95).toFixed(0)} ms`);
  const misses = queries.map((query, index) => ({ query, rank: ranks[index], got: warm[index]!.results.slice(0, 3) })).filter((row) => !row.rank || row.rank > 3);
  for (const miss of misses) console.log(`  miss: ${miss.query.q} → ${miss.got.join(', ') || '(no results)'} (expected ${miss.query.expect.join(' | ')}${miss.rank ? `, found at ${miss.rank}` : ''})`);
  const top1 = ranks.filter((rank) => rank === 1).length;
  return { label, top1: top1 / queries.length, top3: top3 / queries.length, coldP95: percentile(ms(cold), 95), warmP95: percentile(ms(warm), 95), runs: warm };
}

const server = await serveStatic(join(root, 'dist'));
const offlineSearch = pathToFileURL(join(root, '.build/offline/township-congress-handbook/search/index.html')).href;
const figures = [
  await measure('online (http, Pagefind)', `${server.url}/search/`),
  await measure('online (http, simpler search)', `${server.url}/search/`, { forceFallback: true }),
];
await server.close();
figures.push(
  await measure('offline (file://, Pagefind)', offlineSearch),
  await measure('offline (file://, simpler search)', offlineSearch, { forceFallback: true }),
);

console.log('\n== Pagefind beside the simpler search');
const percent = (share: number) => `${(share * 100).toFixed(1)}%`.padStart(6);
for (const row of figures) console.log(`${row.label.padEnd(36)} top-1 ${percent(row.top1)}  top-3 ${percent(row.top3)}  p95 cold ${row.coldP95.toFixed(0).padStart(4)} ms, warm ${row.warmP95.toFixed(0).padStart(4)} ms`);

console.log('\n== sizes');
console.log(`search index (dist/pagefind): ${kb(builtSize(join(root, 'dist/pagefind')))}`);
const offlineDir = join(root, '.build/offline/township-congress-handbook/_offline');
console.log(`offline search script (Pagefind, loaded with the search page): ${kb(builtSize(join(offlineDir, 'search-index.js')))}; index files loaded as queries need them (_offline/pagefind/): ${kb(builtSize(join(offlineDir, 'pagefind')))}`);
const fallbackScript = readFileSync(join(root, 'dist/search-fallback.js'));
console.log(`simpler search index (search-fallback.js): ${kb(fallbackScript.length)}, gzip ${kb(gzipSync(fallbackScript, { level: 9 }).length)}, brotli ${kb(brotliCompressSync(fallbackScript).length)}`);
console.log(`offline zip: ${kb(builtSize(join(root, 'handbook-offline.zip')))}`);

// Top-3 regressions: the online Pagefind run against the stored baseline (the queries run here).
console.log(`\n== top 3 against the baseline (${BASELINE_FILE}, online, Pagefind)`);
const onlineRuns = figures[0]!.runs;
const baseline = readBaseline(root);
if (!baseline) {
  console.log(`no baseline yet: ${UPDATE_COMMAND}`);
} else {
  const warnings = searchRegressionWarnings(allQueries, onlineRuns, baseline);
  for (const line of warnings) console.log(line);
  if (!warnings.length) console.log(`no query has left its expected top 3 (${queries.length} checked)`);
  const note = UPDATE_BASELINE ? undefined : baselineNote(allQueries, onlineRuns, baseline);
  if (note) console.log(note);
}
if (UPDATE_BASELINE) {
  writeFileSync(join(root, BASELINE_FILE), baselineJson(queries, onlineRuns));
  const ranks = queries.map((query, index) => rankOf(onlineRuns[index]!, query.expect));
  console.log(`wrote ${BASELINE_FILE}: ${queries.length} queries, ${ranks.filter((rank) => rank !== undefined && rank <= 3).length} with the expected page in the top 3`);
}
