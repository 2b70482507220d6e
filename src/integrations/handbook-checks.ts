/**
 * Stops the build on bad input before anything is published:
 * - before the build: statute citations in MDX bodies (file, line, what is allowed), and
 *   provincial rules named without province and version year (src/lib/regulations);
 * - before the build: the review report — pages reviewed against a law text that has since
 *   changed (src/lib/law-changes/review-check.ts): a warning, or an error when
 *   HANDBOOK_STRICT_REVIEW=1 (CI sets it, so a stale page cannot ship);
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
import { formatReviewReport, missingReviewTrail, reviewFindings } from '../lib/law-changes/review-check.ts';

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
      'astro:build:start': ({ logger }) => {
        const problems = checkBodyCitations(root);
        if (problems.length) throw new Error(`Citations in content that do not exist:\n  ${problems.join('\n  ')}`);
        const files = MDX_COLLECTIONS.flatMap((collection) => readCollection(root, collection));
        const provincial = files.flatMap(checkProvincialMentions);
        if (provincial.length) throw new Error(`Provincial rules named without their version:\n  ${provincial.join('\n  ')}`);
        const untracked = missingReviewTrail(files, root);
        if (untracked.length) throw new Error(`Pages without a review trail:\n  ${untracked.join('\n  ')}`);
        const stale = reviewFindings(files, root);
        if (stale.length && process.env.HANDBOOK_STRICT_REVIEW === '1') throw new Error(`Review report (HANDBOOK_STRICT_REVIEW=1): ${formatReviewReport(stale)}`);
        if (stale.length) logger.warn(`Review report: ${formatReviewReport(stale)}`);
        else logger.info('review report: every page was reviewed against the law texts it cites, after their last change');
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
