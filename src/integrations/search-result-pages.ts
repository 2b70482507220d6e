/**
 * After Starlight has indexed the site with Pagefind: add what each result is (address,
 * title, category, summary) to /search-data.js, so the search page can list results before loading
 * their excerpts (src/lib/search/result-pages.ts). Listed after Starlight in the config.
 */
import type { AstroIntegration } from 'astro';
import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resultPages, resultPagesScript } from '../lib/search/result-pages.ts';

export function searchResultPages(): AstroIntegration {
  return {
    name: 'search-result-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pagefind = join(out, 'pagefind');
        if (!existsSync(join(pagefind, 'fragment'))) throw new Error('search-result-pages: dist/pagefind/fragment is missing — Pagefind must run first (Starlight indexes the site in its build:done hook).');
        const pages = resultPages(pagefind);
        appendFileSync(join(out, 'search-data.js'), resultPagesScript(pages));
        logger.info(`${Object.keys(pages).length} search result pages added to search-data.js`);
      },
    },
  };
}
