/**
 * The comparison of a law version with the one it replaced: which articles line up, what
 * changed in each (a character diff, computed here at build time so pages carry no diff
 * code), and the reviewed table it rests on (content/law-changes/<law>.yaml).
 * Works outside Astro's content layer too (the review check and the unit tests).
 */
import { parse } from 'yaml';
import { lawChangesSchema, type LawChangesTable } from '../../schemas/law-changes.ts';
import { articleText, type StatuteArticle } from '../statutes/parse-statute.ts';
import { STATUTES, type StatuteRecord } from '../statutes/statute-data.ts';
import { alignArticles, type ArticlePair } from './align.ts';
import { charDiff, type DiffPart } from './char-diff.ts';

const tableFiles = import.meta.glob<string>('../../../content/law-changes/*.yaml', { eager: true, query: '?raw', import: 'default' });

function readTables(): Map<string, LawChangesTable> {
  const tables = new Map<string, LawChangesTable>();
  for (const [path, text] of Object.entries(tableFiles)) {
    const file = `content/law-changes/${path.split('/').pop()}`;
    const result = lawChangesSchema.safeParse(parse(text));
    if (!result.success) {
      const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
      throw new Error(`${file}: ${problems.join('; ')}`);
    }
    const table = result.data;
    if (file !== `content/law-changes/${table.law}.yaml`) throw new Error(`${file}: law is ${table.law}; name the file ${table.law}.yaml`);
    const later = STATUTES.get(table.law);
    if (later && STATUTES.get(table.previous)?.supersededBy !== table.law) {
      throw new Error(`${file}: previous is ${table.previous}, but that version's supersededBy (src/lib/statutes/law-sources.ts) does not name ${table.law}`);
    }
    tables.set(table.law, table);
  }
  return tables;
}

export const LAW_CHANGE_TABLES: ReadonlyMap<string, LawChangesTable> = readTables();

export interface ArticleChange extends ArticlePair {
  /** Where the change can be read: new article number, or the old one for a removed article. */
  anchor: string;
  /** For reworded articles: the text, old to new, as unchanged / removed / added runs. */
  diff?: DiffPart[];
}

export interface LawComparison {
  table: LawChangesTable;
  previous: StatuteRecord;
  current: StatuteRecord;
  changes: ArticleChange[];
  counts: Record<'unchanged' | 'reworded' | 'new' | 'removed' | 'moved', number>;
}

const cache = new Map<string, LawComparison>();

/** The comparison that leads up to a law version, if the handbook holds the version before it. */
export function lawComparison(lawId: string): LawComparison | undefined {
  const cached = cache.get(lawId);
  if (cached) return cached;
  const current = STATUTES.get(lawId);
  const previous = [...STATUTES.values()].find((statute) => statute.supersededBy === lawId);
  if (!current || !previous) return undefined;
  const table = LAW_CHANGE_TABLES.get(lawId);
  if (!table) throw new Error(`content/law-changes/${lawId}.yaml is missing: every law version that replaces another needs its alignment table (copy content/law-changes/organic-2022.yaml)`);
  let pairs: ArticlePair[];
  try {
    pairs = alignArticles(previous.articles, current.articles, {
      oldIsExcerpt: previous.scope === 'excerpt',
      table: {
        pairs: table.pairs,
        added: table.added.map((entry) => entry.article),
        removed: table.removed.map((entry) => entry.article),
      },
    });
  } catch (error) {
    throw new Error(`content/law-changes/${lawId}.yaml: ${(error as Error).message}`);
  }
  const changes = pairs.map((pair): ArticleChange => ({
    ...pair,
    anchor: pair.new ? `art-${pair.new.number}` : `old-${pair.old!.number}`,
    ...(pair.kind === 'reworded' ? { diff: charDiff(articleText(pair.old!), articleText(pair.new!)) } : {}),
  }));
  const counts = { unchanged: 0, reworded: 0, new: 0, removed: 0, moved: 0 };
  for (const change of changes) {
    counts[change.kind] += 1;
    if (change.moved) counts.moved += 1;
  }
  const comparison = { table, previous, current, changes, counts };
  cache.set(lawId, comparison);
  return comparison;
}

/** How an article of a law version fared in the amendment that made it (or, for an old version, in the one that replaced it). */
export function articleChange(lawId: string, article: number): { comparison: LawComparison; change: ArticleChange } | undefined {
  const statute = STATUTES.get(lawId);
  if (!statute) return undefined;
  const asNew = lawComparison(lawId);
  const found = asNew?.changes.find((change) => change.new?.number === article);
  if (asNew && found) return { comparison: asNew, change: found };
  const asOld = statute.supersededBy ? lawComparison(statute.supersededBy) : undefined;
  const later = asOld?.changes.find((change) => change.old?.number === article);
  return asOld && later ? { comparison: asOld, change: later } : undefined;
}

/** The year of a date string, as Chinese readers write amendments: 2022年. */
export function amendmentYear(table: LawChangesTable): string {
  return `${table.amendment.adopted.slice(0, 4)}年`;
}

export function changedArticleNumbers(comparison: LawComparison): { old: Set<number>; new: Set<number> } {
  const changed = comparison.changes.filter((change) => change.kind !== 'unchanged');
  return {
    old: new Set(changed.flatMap((change) => (change.old ? [change.old.number] : []))),
    new: new Set(changed.flatMap((change) => (change.new ? [change.new.number] : []))),
  };
}

export type { StatuteArticle };
