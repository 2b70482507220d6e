/**
 * `npm run check:content`: checks every content file and prints every problem, one line each:
 *   file:line · field · 「value found」 · what is allowed, or 是不是「nearest」？
 * Exit code 1 when there is a problem. `--verbose` adds the stack of an unexpected error;
 * `--search` also runs the project's search queries on the built site (dist/) and warns when a
 * query's expected page has left its top 3 (see `npm run search`).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, reviewReport } from '../src/lib/checker/check-content.ts';
import { formatProblem } from '../src/lib/checker/problem.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const verbose = process.argv.includes('--verbose');
const strict = process.env.HANDBOOK_STRICT_REVIEW === '1';

try {
  const started = performance.now();
  const result = checkContent(root);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const problem of result.problems) console.log(formatProblem(problem));
  if (result.reviewWarnings.length) console.log(`\n${reviewReport(result.reviewWarnings, strict)}`);
  const failed = result.problems.length > 0 || (strict && result.reviewWarnings.length > 0);
  const files = new Set(result.problems.map((problem) => problem.file)).size;
  console.log(
    failed
      ? `\n内容检查：${result.problems.length} 个问题，在 ${files} 个文件里（共检查 ${result.files} 个文件，${seconds} 秒）。`
      : `内容检查通过：${result.files} 个文件${result.drafts ? `（其中 ${result.drafts} 个草稿）` : ''}，${seconds} 秒。`,
  );
  if (process.argv.includes('--search')) {
    const { searchRegressions } = (await import('./lib/search-regressions.ts')) as { searchRegressions: (root: string) => Promise<string[]> };
    const warnings = await searchRegressions(root);
    console.log(warnings.length ? `\n搜索排名提醒：\n${warnings.join('\n')}` : '\n搜索：项目查询集里没有查询掉出前三。');
  }
  process.exit(failed ? 1 : 0);
} catch (error) {
  console.error(`内容检查本身出错了：${(error as Error).message}${verbose ? `\n${(error as Error).stack}` : '（加 --verbose 看详细信息）'}`);
  process.exit(2);
}
