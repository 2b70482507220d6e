/**
 * Stops the build on bad input before anything is published:
 * - before the build: the content checker (src/lib/checker), when `astro build` is run
 *   directly — `npm run build` runs it itself before starting Astro; the review report is a
 *   warning, or an error when HANDBOOK_STRICT_REVIEW=1 (CI sets it, so a stale page cannot ship);
 * - after the build: every internal link and #fragment in the built pages, including links
 *   that components make;
 * - `npm run dev`: the checker's lines printed as warnings when the server starts.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkLinks } from '../lib/link-check.ts';
import { draftFiles } from '../lib/drafts.ts';
import { checkContent, reviewReport } from '../lib/checker/check-content.ts';
import { formatProblem } from '../lib/checker/problem.ts';

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
        // scripts/build.ts (npm run build) has run the checker already, before Astro started.
        if (process.env.HANDBOOK_CONTENT_CHECKED === '1') return;
        const checked = checkContent(root);
        const strict = process.env.HANDBOOK_STRICT_REVIEW === '1';
        if (checked.reviewWarnings.length) logger.warn(reviewReport(checked.reviewWarnings, strict));
        const lines = [...checked.problems.map(formatProblem), ...(strict ? checked.reviewWarnings : [])];
        if (lines.length) throw new Error(`内容有 ${lines.length} 个问题（npm run check:content 可单独检查）：\n  ${lines.join('\n  ')}`);
      },
      // `npm run dev`: the same lines in the terminal at start, so an author sees content
      // problems in their own words rather than only in the page's error overlay.
      'astro:server:setup': ({ logger }) => {
        const checked = checkContent(root);
        for (const problem of checked.problems) logger.warn(formatProblem(problem));
        if (checked.problems.length) logger.warn(`内容有 ${checked.problems.length} 个问题（见上）；改好后运行 npm run check:content 再查一遍。`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        // Drafts are left out of the build (src/lib/drafts.ts): a link to one is named as such.
        const drafts = new Map(draftFiles(root).map((draft) => [draft.path, draft.file]));
        const problems = checkLinks(fileURLToPath(dir), base, drafts);
        if (problems.length) throw new Error(`Broken internal links:\n  ${problems.join('\n  ')}`);
        logger.info(`all internal links and fragments resolve (${Math.round(performance.now() - started)}ms)`);
      },
    },
  };
}
