/**
 * After the pages are built (and before the search index is made): link the first use of each
 * glossary term on every content page to its definition. See src/lib/glossary-links.ts.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCollection } from '../lib/content-files.ts';
import { linkTermsInPage, type GlossaryTerm } from '../lib/glossary-links.ts';
import { isDraft } from '../lib/drafts.ts';

/** Pages where terms are not linked: the glossary itself, law texts, search, the home page. */
const SKIP = /^(glossary|law|search|_astro|pagefind)(\/|$)|^index\.html$/;

function* pages(dir: string, root = dir): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (SKIP.test(relative(root, path).split('\\').join('/'))) continue;
    if (statSync(path).isDirectory()) yield* pages(path, root);
    else if (name.endsWith('.html')) yield path;
  }
}

export function glossaryLinks(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'glossary-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        // Draft terms have no entry on the built glossary page (src/lib/drafts.ts): nothing to link to.
        const terms: GlossaryTerm[] = readCollection(root, 'glossary').filter((file) => !isDraft(file.data)).map((file) => ({
          id: file.id,
          names: [String(file.data.term), ...((file.data.aliases as string[] | undefined) ?? [])],
          definition: String(file.data.definition),
        }));
        const started = performance.now();
        let changed = 0;
        for (const file of pages(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const out = linkTermsInPage(html, terms, `${base}glossary/`);
          if (out !== html) {
            writeFileSync(file, out);
            changed++;
          }
        }
        logger.info(`linked glossary terms on ${changed} pages in ${Math.round(performance.now() - started)}ms`);
      },
    },
  };
}
