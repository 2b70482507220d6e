/**
 * Top-3 regressions in search: compares where each query of the project's set
 * (tests/search/queries.json) finds its expected page now with where it found it when the
 * baseline was recorded (tests/search/baseline.json: the rank online with Pagefind, written
 * by `npm run bench:search -- --no-build --update-baseline`). A query whose expected page
 * was in the top 3 and is not any more gets a warning naming the pages now above it.
 * Queries that already missed the top 3 in the baseline are not warned about again.
 *
 * `searchRegressionWarnings` is the comparison (pure; bench-search.ts prints it after its
 * figures); `searchRegressions(root)` runs the whole set on the built site and returns the
 * warnings, for the content checker (`npm run check:content -- --search`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSearchPage, rankOf, searchOnPage, type QueryCase, type QueryRun } from './search-runner.ts';

/** One query of the baseline: its text and the rank of its expected page (null: not among the results). */
export interface BaselineEntry { q: string; rank: number | null }
export interface Baseline { about?: string; queries: BaselineEntry[] }

export const BASELINE_FILE = 'tests/search/baseline.json';
export const UPDATE_COMMAND = 'npm run bench:search -- --no-build --update-baseline';
/** How many of the pages above the expected one a warning names. */
const NAMED_ABOVE = 5;

/** 民生实事项目票决制（/procedures/livelihood-projects-vote/） */
const pageName = (run: QueryRun, index: number) => {
  const path = run.results[index]!;
  const title = run.titles?.[index];
  return title ? `${title}（${path}）` : path;
};

/**
 * A warning for each query whose expected page was in the top 3 when the baseline was taken
 * and is not now, in the order of the query set. `runs` may hold only some of the queries
 * (the benchmark's smoke run): queries without a run, or not in the baseline, are skipped.
 */
export function searchRegressionWarnings(queries: QueryCase[], runs: QueryRun[], baseline: BaselineEntry[]): string[] {
  const runOf = new Map(runs.map((run) => [run.q, run]));
  const was = new Map(baseline.map((entry) => [entry.q, entry.rank]));
  const warnings: string[] = [];
  for (const query of queries) {
    const run = runOf.get(query.q);
    const before = was.get(query.q);
    if (!run || before === undefined || before === null || before > 3) continue;
    const now = rankOf(run, query.expect);
    if (now !== undefined && now <= 3) continue;
    if (!run.results.length) {
      warnings.push(`⚠ 「${query.q}」: 预期页面原来排第${before}名，现在搜不到任何页面`);
      continue;
    }
    const above = now === undefined ? run.results.length : now - 1;
    const names = Array.from({ length: Math.min(above, NAMED_ABOVE) }, (_, index) => pageName(run, index)).join('、');
    const more = above > NAMED_ABOVE ? `等${above}个页面` : '';
    warnings.push(
      now === undefined
        ? `⚠ 「${query.q}」: 预期页面从第${before}名降到前${run.results.length}名以外；现在排在前面的：${names}${more}`
        : `⚠ 「${query.q}」: 预期页面从第${before}名降到第${now}名；现在排在它前面的：${names}${more}`,
    );
  }
  return warnings;
}

/**
 * A note when the baseline no longer describes the query set: queries it lacks (of those run),
 * queries it no longer needs, queries run that have since moved into the top 3. `queries`: the
 * whole set. Undefined when the baseline is up to date.
 */
export function baselineNote(queries: QueryCase[], runs: QueryRun[], baseline: BaselineEntry[]): string | undefined {
  const runOf = new Map(runs.map((run) => [run.q, run]));
  const was = new Map(baseline.map((entry) => [entry.q, entry.rank]));
  const run = queries.filter((query) => runOf.has(query.q));
  const missing = run.filter((query) => !was.has(query.q)).length;
  const improved = run.filter((query) => {
    const before = was.get(query.q);
    const now = rankOf(runOf.get(query.q)!, query.expect);
    return before !== undefined && (before === null || before > 3) && now !== undefined && now <= 3;
  }).length;
  const inSet = new Set(queries.map((query) => query.q));
  const stale = baseline.filter((entry) => !inSet.has(entry.q)).length;
  const parts = [
    missing ? `${missing} 个查询不在基线里（不检查）` : '',
    improved ? `${improved} 个查询新进了前3名` : '',
    stale ? `基线里有 ${stale} 个查询已不在查询集中` : '',
  ].filter(Boolean);
  return parts.length ? `基线 ${BASELINE_FILE} 需要更新：${parts.join('，')}。确认后运行 ${UPDATE_COMMAND}` : undefined;
}

/** The baseline file's text: one line per query, in the order of the query set, so a change reads as a diff of those lines. */
export function baselineJson(queries: QueryCase[], runs: QueryRun[]): string {
  const runOf = new Map(runs.map((run) => [run.q, run]));
  const entries = queries.map((query) => {
    const run = runOf.get(query.q);
    if (!run) throw new Error(`no search run for 「${query.q}」: the baseline needs the whole query set`);
    return `    { "q": ${JSON.stringify(query.q)}, "rank": ${rankOf(run, query.expect) ?? null} }`;
  });
  const about =
    `Where each query of tests/search/queries.json finds its expected page (rank from 1; null: not among the results) online with Pagefind, through the real /search/ page. ` +
    `npm run bench:search warns when a query that was in the top 3 here is not any more. Written by \`${UPDATE_COMMAND}\`; update it when a change of rank is intended.`;
  return `{\n  "about": ${JSON.stringify(about)},\n  "queries": [\n${entries.join(',\n')}\n  ]\n}\n`;
}

/** The stored baseline, or undefined when there is none yet. */
export function readBaseline(root: string): BaselineEntry[] | undefined {
  const file = join(root, BASELINE_FILE);
  if (!existsSync(file)) return undefined;
  return (JSON.parse(readFileSync(file, 'utf8')) as Baseline).queries;
}

/**
 * Runs the project's whole query set online (Pagefind, the real /search/ page in Chromium) on
 * the built site in `root`/dist and returns the top-3 warnings against the baseline; a single
 * line instead when there is no built site or no baseline to compare with.
 */
export async function searchRegressions(root: string): Promise<string[]> {
  if (!existsSync(join(root, 'dist/search/index.html')) || !existsSync(join(root, 'dist/pagefind'))) {
    return ['⚠ 搜索排名没有检查：dist/ 里没有构建好的网站，请先运行 npm run build'];
  }
  const baseline = readBaseline(root);
  if (!baseline) return [`⚠ 搜索排名没有检查：还没有基线 ${BASELINE_FILE}，请运行 ${UPDATE_COMMAND}`];
  const queries: QueryCase[] = JSON.parse(readFileSync(join(root, 'tests/search/queries.json'), 'utf8')).queries;
  // Loaded here, so that the comparison above can be used without a browser at hand.
  const { launchBrowser } = await import('./browser.ts');
  const { serveStatic } = await import('./static-server.ts');
  const server = await serveStatic(join(root, 'dist'));
  const browser = await launchBrowser();
  try {
    const page = await openSearchPage(browser, `${server.url}/search/`);
    const runs: QueryRun[] = [];
    for (const query of queries) runs.push(await searchOnPage(page, query.q));
    return searchRegressionWarnings(queries, runs, baseline);
  } finally {
    await browser.close();
    await server.close();
  }
}
