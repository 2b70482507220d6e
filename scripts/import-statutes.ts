/**
 * Regenerates content/statutes/<id>.json from ../shared/sources/statutes.
 * Run after a source file changes: `npm run import:statutes` (all laws) or
 * `npm run import:statutes -- --only organic-2022`. The JSON is committed, so the site
 * never reads ../shared at build or run time.
 *
 * An article whose text differs from the committed JSON gets `revised: <today>`, so the
 * build's review report lists every page that cites it and was reviewed before today
 * (src/lib/law-changes/review-check.ts). STATUTE_SOURCES points at another source folder;
 * HANDBOOK_IMPORT_DATE sets the day recorded (default: today).
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LAW_SOURCES } from '../src/lib/statutes/law-sources.ts';
import { articleText, parseStatute, type StatuteArticle } from '../src/lib/statutes/parse-statute.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = process.env.STATUTE_SOURCES ?? resolve(root, '../shared/sources/statutes');
const today = process.env.HANDBOOK_IMPORT_DATE ?? new Date().toISOString().slice(0, 10);
const outDir = join(root, 'content/statutes');
const { values } = parseArgs({ options: { only: { type: 'string', multiple: true } } });
const only = values.only ?? [];
const unknown = only.filter((id) => !LAW_SOURCES.some((law) => law.id === id));
if (unknown.length) {
  console.error(`import-statutes: no law ${unknown.join(', ')}; the ids are ${LAW_SOURCES.map((law) => law.id).join(', ')}`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });

for (const law of LAW_SOURCES) {
  if (only.length && !only.includes(law.id)) continue;
  const { file, articleRange, ...meta } = law;
  const sourcePath = join(sourceDir, file);
  if (!existsSync(sourcePath)) {
    console.error(`import-statutes: ${sourcePath} not found (set STATUTE_SOURCES to the folder that holds ${file})`);
    process.exit(1);
  }
  const parsed = parseStatute(readFileSync(sourcePath, 'utf8'), articleRange ? { articleRange } : {});
  const outPath = join(outDir, `${law.id}.json`);
  const before = existsSync(outPath) ? (JSON.parse(readFileSync(outPath, 'utf8')) as { articles: StatuteArticle[] }) : undefined;
  const changed: number[] = [];
  const articles = parsed.articles.map((article) => {
    if (!before) return article;
    const old = before.articles.find((candidate) => candidate.number === article.number);
    if (!old || articleText(old) !== articleText(article)) {
      changed.push(article.number);
      return { ...article, revised: today };
    }
    return old.revised ? { ...article, revised: old.revised } : article;
  });
  const entry = { ...meta, sourceFile: file, ...parsed, articles };
  writeFileSync(outPath, JSON.stringify(entry, null, 2) + '\n');
  const note = changed.length ? `; text changed in articles ${changed.join(', ')} (revised: ${today})` : '';
  console.log(`${law.id}: ${parsed.articles.length} articles, ${parsed.chapters.length} chapters${note}`);
}
