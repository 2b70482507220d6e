/**
 * `npm run law -- 组织法 19`: prints one article of a law, each paragraph (款) and item (项)
 * with the number a citation takes, and the citation to copy into an entry:
 * { law: organic-2022, article: 19, paragraph: 2 } in frontmatter, <Citation … /> in the body.
 * The law: 组织法 / 地方组织法, 代表法, 选举法, 预算法, 预算法实施条例 / 实施条例, 宪法 (the
 * current version) or a version id (organic-2015, deputies-2015…); the article: 19, 第19条,
 * 十九 or 第十九条. Logic in src/lib/statutes/law-lookup.ts.
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
  const { lines, exitCode } = lawCommand(process.argv.slice(2), laws);
  (exitCode ? console.error : console.log)(lines.join('\n'));
  process.exitCode = exitCode;
} catch (error) {
  console.error(`law: ${(error as Error).message}`);
  process.exitCode = 1;
}
