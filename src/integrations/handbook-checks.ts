/**
 * Stops the build on bad input before anything is published:
 * - before the build: statute citations in MDX bodies (file, line, what is allowed), and
 *   provincial rules named without province and version year (src/lib/regulations);
 * - after the build: every internal link and #fragment in the built pages.
 * Frontmatter (including its citations) is checked by the zod schemas, and references
 * between entries by src/lib/integrity.ts during the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkBodyCitations } from '../lib/content-check.ts';
import { checkLinks } from '../lib/link-check.ts';
import { MDX_COLLECTIONS, readCollection } from '../lib/content-files.ts';
import { checkProvincialMentions } from '../lib/regulations/provincial-check.ts';

export function handbookChecks(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'handbook-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:start': () => {
        const problems = checkBodyCitations(root);
        if (problems.length) throw new Error(`Citations in content that do not exist:\n  ${problems.join('\n  ')}`);
        const provincial = MDX_COLLECTIONS.flatMap((collection) => readCollection(root, collection)).flatMap(checkProvincialMentions);
        if (provincial.length) throw new Error(`Provincial rules named without their version:\n  ${provincial.join('\n  ')}`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const problems = checkLinks(fileURLToPath(dir), base);
        if (problems.length) throw new Error(`Broken internal links:\n  ${problems.join('\n  ')}`);
        logger.info(`all internal links and fragments resolve (${Math.round(performance.now() - started)}ms)`);
      },
    },
  };
}
