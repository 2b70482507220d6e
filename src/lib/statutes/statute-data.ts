/**
 * The statute data (content/statutes/*.json) as a lookup table, for places that run
 * outside Astro's content layer: the citation check inside the zod schemas, the MDX body
 * checks and the unit tests. Pages read the same files through the `statutes` collection.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedStatute, StatuteArticle } from './parse-statute.ts';
import type { LawSource } from './law-sources.ts';

export type LawId = 'organic-2022' | 'organic-2015' | 'deputies-2025' | 'deputies-2015' | 'election-2020' | 'budget-2018' | 'budget-rules-2020' | 'constitution';

/** Every law id a citation may name, in display order. */
export const LAW_IDS = [
  'organic-2022',
  'organic-2015',
  'deputies-2025',
  'deputies-2015',
  'election-2020',
  'budget-2018',
  'budget-rules-2020',
  'constitution',
] as const satisfies readonly LawId[];

export type StatuteRecord = Omit<LawSource, 'file' | 'articleRange'> & ParsedStatute & { sourceFile: string };

/**
 * Under Vite (the build, the tests) the glob is inlined; run by plain Node (the content checker,
 * `npm run law`) import.meta.glob does not exist, and the files are read from disk instead.
 */
function loadStatutes(): Record<string, StatuteRecord> {
  try {
    return import.meta.glob<StatuteRecord>('../../../content/statutes/*.json', { eager: true, import: 'default' });
  } catch {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../content/statutes');
    return Object.fromEntries(readdirSync(dir).filter((name) => name.endsWith('.json')).map((name) => [name, JSON.parse(readFileSync(join(dir, name), 'utf8')) as StatuteRecord]));
  }
}
const files = loadStatutes();

export const STATUTES: ReadonlyMap<string, StatuteRecord> = new Map(
  Object.values(files).map((statute) => [statute.id, statute]),
);

export function getStatute(law: string): StatuteRecord | undefined {
  return STATUTES.get(law);
}

export function getArticle(law: string, article: number): StatuteArticle | undefined {
  return STATUTES.get(law)?.articles.find((candidate) => candidate.number === article);
}
