/**
 * After Starlight has indexed the site with Pagefind: add what each result is (address,
 * title, category, summary) to /search-data.js, so the search page can list results before loading
 * their excerpts (src/lib/search/result-pages.ts); and write /search-fallback.js, the compact
 * index of the simpler search for browsers where Pagefind cannot run
 * (src/lib/search/fallback-index.ts). Listed after Starlight in the config.
 */
import type { AstroIntegration } from 'astro';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFragments, resultPagesOf, resultPagesScript } from '../lib/search/result-pages.ts';
import { buildFallbackIndex, fallbackIndexScript, keywordsByPage } from '../lib/search/fallback-index.ts';
import type { SearchData } from '../lib/search/search-data.ts';

const SEARCH_DATA_PREFIX = 'window.__handbookSearchData=';

/** The object /search-data.js sets (src/pages/search-data.js.ts writes it as one statement on its first line). */
function readSearchData(script: string): SearchData {
  const statement = script.split('\n')[0]!;
  if (!statement.startsWith(SEARCH_DATA_PREFIX)) throw new Error(`search-result-pages: search-data.js does not start with "${SEARCH_DATA_PREFIX}"`);
  return JSON.parse(statement.slice(SEARCH_DATA_PREFIX.length).replace(/;$/, '')) as SearchData;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export function searchResultPages(): AstroIntegration {
  return {
    name: 'search-result-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pagefind = join(out, 'pagefind');
        if (!existsSync(join(pagefind, 'fragment'))) throw new Error('search-result-pages: dist/pagefind/fragment is missing — Pagefind must run first (Starlight indexes the site in its build:done hook).');
        const fragments = readFragments(pagefind);
        const searchDataPath = join(out, 'search-data.js');
        const searchData = readSearchData(readFileSync(searchDataPath, 'utf8'));
        const pages = resultPagesOf(fragments);
        appendFileSync(searchDataPath, resultPagesScript(pages));
        logger.info(`${Object.keys(pages).length} search result pages added to search-data.js`);

        const script = fallbackIndexScript(buildFallbackIndex(fragments, keywordsByPage(searchData.entries)));
        writeFileSync(join(out, 'search-fallback.js'), script);
        const bytes = Buffer.byteLength(script);
        logger.info(`search-fallback.js (the simpler search, loaded only where Pagefind cannot run): ${fragments.length} pages, ${kb(bytes)}, gzip ${kb(gzipSync(script).length)}`);
      },
    },
  };
}
