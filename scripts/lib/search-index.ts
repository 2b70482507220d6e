/**
 * The search index, built by scripts/build.ts after `astro build` has finished and its process
 * has ended: Pagefind indexes the built pages (the calls Starlight would make in its own
 * build hook, switched off in astro.config.mjs with `pagefind: false`), then
 * - what each search result is (address, title, category, summary) is added to /search-data.js,
 *   so the search page can list results before loading their excerpts (src/lib/search/result-pages.ts);
 * - /search-fallback.js is written: the compact index of the simpler search for browsers where
 *   Pagefind cannot run (src/lib/search/fallback-index.ts).
 *
 * Why here and not in an Astro hook: Astro's build keeps its memory until its process ends, and
 * Pagefind's own grows with the handbook; one after the other, the build's peak memory is the
 * larger of the two rather than their sum.
 */
import * as pagefind from 'pagefind';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFragments, resultPagesOf, resultPagesScript } from '../../src/lib/search/result-pages.ts';
import { buildFallbackIndex, fallbackIndexScript, keywordsByPage } from '../../src/lib/search/fallback-index.ts';
import type { SearchData } from '../../src/lib/search/search-data.ts';

const SEARCH_DATA_PREFIX = 'window.__handbookSearchData=';

/** The object /search-data.js sets (src/pages/search-data.js.ts writes it as one statement on its first line). */
function readSearchData(script: string): SearchData {
  const statement = script.split('\n')[0]!;
  if (!statement.startsWith(SEARCH_DATA_PREFIX)) throw new Error(`search index: search-data.js does not start with "${SEARCH_DATA_PREFIX}"`);
  return JSON.parse(statement.slice(SEARCH_DATA_PREFIX.length).replace(/;$/, '')) as SearchData;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

function check<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
  return response;
}

/** Indexes the built site in `site` (the build's staging folder); `log` gets one line per step. */
export async function buildSearchIndex(site: string, log: (line: string) => void = console.log): Promise<void> {
  const searchDataPath = join(site, 'search-data.js');
  if (!existsSync(searchDataPath)) throw new Error(`search index: ${searchDataPath} is missing — the Astro build writes it (src/pages/search-data.js.ts).`);
  const started = performance.now();
  try {
    const { index } = check(await pagefind.createIndex());
    if (!index) throw new Error('Pagefind did not create an index');
    const { page_count: pages } = check(await index.addDirectory({ path: site }));
    check(await index.writeFiles({ outputPath: join(site, 'pagefind') }));
    log(`Search index: ${pages} pages indexed by Pagefind in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await pagefind.close();
  }

  const fragments = readFragments(join(site, 'pagefind'));
  const searchData = readSearchData(readFileSync(searchDataPath, 'utf8'));
  const resultPages = resultPagesOf(fragments);
  appendFileSync(searchDataPath, resultPagesScript(resultPages));
  log(`Search index: ${Object.keys(resultPages).length} result pages added to search-data.js.`);

  const script = fallbackIndexScript(buildFallbackIndex(fragments, keywordsByPage(searchData.entries)));
  writeFileSync(join(site, 'search-fallback.js'), script);
  log(`Search index: search-fallback.js (the simpler search, loaded only where Pagefind cannot run): ${fragments.length} pages, ${kb(Buffer.byteLength(script))}, gzip ${kb(gzipSync(script).length)}.`);
}
