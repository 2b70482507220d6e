/**
 * Regenerates content/statutes/<id>.json from ../shared/sources/statutes.
 * Run after a source file changes: `npm run import:statutes`. The JSON is committed,
 * so the site never reads ../shared at build or run time.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAW_SOURCES } from '../src/lib/statutes/law-sources.ts';
import { parseStatute } from '../src/lib/statutes/parse-statute.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = process.env.STATUTE_SOURCES ?? resolve(root, '../shared/sources/statutes');
const outDir = join(root, 'content/statutes');
mkdirSync(outDir, { recursive: true });

for (const law of LAW_SOURCES) {
  const { file, articleRange, ...meta } = law;
  const parsed = parseStatute(readFileSync(join(sourceDir, file), 'utf8'), articleRange ? { articleRange } : {});
  const entry = { ...meta, sourceFile: file, ...parsed };
  writeFileSync(join(outDir, `${law.id}.json`), JSON.stringify(entry, null, 2) + '\n');
  console.log(`${law.id}: ${parsed.articles.length} articles, ${parsed.chapters.length} chapters`);
}
