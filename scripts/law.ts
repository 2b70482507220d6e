/**
 * `npm run law -- 组织法 19`: prints one article of a law, each paragraph (款) and item (项)
 * followed by the citation that points at it, and the citation to copy into an entry:
 * { law: organic-2022, article: 19, paragraph: 2 } in frontmatter, <Citation … /> in the body.
 * The law: 组织法 / 地方组织法, 代表法, 选举法, 预算法, 预算法实施条例 / 实施条例, 宪法 (the
 * current version) or a version id (organic-2015, deputies-2015…); the article: 19, 第19条,
 * 十九 or 第十九条; one 款 or 项: 14 3, 第14条第3款, 12条4项, 第十二条第四项; nothing (the
 * law's outline); or words to search for: `代表法 联系选民`, or `联系选民` in all current laws.
 * On a terminal, text wraps at its width (at most 100 columns) and found words are bold;
 * piped, at 80 columns with found words in 【】. Logic in src/lib/statutes/law-lookup.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lawCommand, type LawRecord } from '../src/lib/statutes/law-lookup.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'content/statutes');

try {
  const laws: LawRecord[] = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as LawRecord);
  const terminal = Boolean(process.stdout.isTTY);
  const width = terminal ? Math.min(Math.max(process.stdout.columns || 80, 60), 100) : 80;
  const highlight = terminal && !process.env.NO_COLOR ? 'bold' : 'brackets';
  const { lines, exitCode } = lawCommand(process.argv.slice(2), laws, { width, highlight });
  (exitCode ? console.error : console.log)(lines.join('\n'));
  process.exitCode = exitCode;
} catch (error) {
  console.error(`law: ${(error as Error).message}`);
  process.exitCode = 1;
}
