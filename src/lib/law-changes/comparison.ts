/**
 * The comparison of a law version with the one it replaced: which articles line up, what
 * changed in each (a character diff, computed here at build time so pages carry no diff
 * code), and the reviewed table it rests on (content/law-changes/<law>.yaml).
 * Works outside Astro's content layer too (the review check and the unit tests).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { lawChangesSchema, type LawChangesTable } from '../../schemas/law-changes.ts';
import { articleText, type StatuteArticle } from '../statutes/parse-statute.ts';
import { STATUTES, type StatuteRecord } from '../statutes/statute-data.ts';
import { alignArticles, containedIn, dice, type ArticlePair } from './align.ts';
import { alignLines, charDiff, diffSize, type DiffPart } from './char-diff.ts';
import { toChineseNumeral } from '../statutes/chinese-numerals.ts';

/** Inlined by Vite; read from disk when plain Node runs this (the content checker). */
function loadTableFiles(): Record<string, string> {
  try {
    return import.meta.glob<string>('../../../content/law-changes/*.yaml', { eager: true, query: '?raw', import: 'default' });
  } catch {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../content/law-changes');
    return Object.fromEntries(readdirSync(dir).filter((name) => name.endsWith('.yaml')).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
  }
}
const tableFiles = loadTableFiles();

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
  /** For reworded articles: the text, old to new, as unchanged / removed / added runs, with notes where a paragraph came from or went to another article. */
  diff?: DiffPart[];
  /** Reworded so much (about half the text, or many scattered edits) that the two texts are best also read whole. */
  rewritten?: boolean;
  /** The old text is an excerpt of the article: the paragraphs compared (第二款). */
  scope?: string;
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
  const counterparts: Counterparts = {
    ofOld: (article) => pairs.find((pair) => pair.old?.number === article)?.new,
    ofNew: (article) => pairs.find((pair) => pair.new?.number === article)?.old,
  };
  const changes = pairs.map((pair): ArticleChange => {
    const anchor = pair.new ? `art-${pair.new.number}` : `old-${pair.old!.number}`;
    if (pair.kind !== 'reworded') return { ...pair, anchor };
    const scope = excerptScope(pair.old!);
    const diff = articleDiff(pair.old!, pair.new!, previous, current, counterparts);
    // Only part of the article was compared, and that part did not change.
    if (scope && !diff.some((part) => part.kind === 'removed' || part.kind === 'added')) return { ...pair, anchor, kind: 'unchanged', scope };
    const size = diffSize(diff);
    const length = diff.reduce((sum, part) => sum + (part.kind === 'note' ? 0 : part.text.length), 0);
    const runs = diff.filter((part) => part.kind === 'removed' || part.kind === 'added').length;
    return { ...pair, anchor, diff, rewritten: (size.removed + size.added) / length >= 0.4 || runs >= 10, ...(scope ? { scope } : {}) };
  });
  const counts = { unchanged: 0, reworded: 0, new: 0, removed: 0, moved: 0 };
  for (const change of changes) {
    counts[change.kind] += 1;
    if (change.moved) counts.moved += 1;
  }
  const comparison = { table, previous, current, changes, counts };
  cache.set(lawId, comparison);
  return comparison;
}

const lines = (article: StatuteArticle) => articleText(article).split('\n');
const label = (number: number) => `第${toChineseNumeral(number)}条`;

/**
 * A paragraph this alike in another article (Dice of bigrams: a short item contained in a long
 * paragraph does not count) is the same paragraph, moved and perhaps reworded.
 */
const MOVED_MATCH = 0.6;

const bare = (text: string) => text.replace(/[\s\p{P}]/gu, '');

/**
 * Where a paragraph went or came from: the article of `law` (other than `except`) holding a
 * paragraph like `line` that is not still (or already) in that article's counterpart — a
 * paragraph that only resembles another one elsewhere is not a move.
 */
function foundElsewhere(line: string, law: StatuteRecord, except: number, counterpart: (article: number) => StatuteArticle | undefined, like: (line: string, other: string) => boolean = (a, b) => dice(a, b) >= MOVED_MATCH): number | undefined {
  if (bare(line).length < 12) return undefined;
  return law.articles.find((article) => {
    if (article.number === except) return false;
    const alike = lines(article).filter((other) => like(bare(line), bare(other)));
    const twin = counterpart(article.number);
    return alike.some((other) => !twin || !lines(twin).some((kept) => dice(bare(other), bare(kept)) >= 0.8));
  })?.number;
}

/** A long deleted paragraph whose words (four fifths of them) now stand inside a longer paragraph elsewhere. */
const absorbed = (line: string, other: string) => line.length >= 30 && other.length > line.length && containedIn(line, other) >= 0.8;

/** The paragraphs an excerpted old article holds (第二款), or undefined for a whole article. */
function excerptScope(article: StatuteArticle): string | undefined {
  if (article.paragraphs[0]!.number === 1 && !/仅摘录/.test(article.note ?? '')) return undefined;
  return article.paragraphs.map((paragraph) => `第${toChineseNumeral(paragraph.number)}款`).join('、');
}

interface Counterparts { ofOld(article: number): StatuteArticle | undefined; ofNew(article: number): StatuteArticle | undefined }

function articleDiff(before: StatuteArticle, after: StatuteArticle, previous: StatuteRecord, current: StatuteRecord, counterparts: Counterparts): DiffPart[] {
  const oldLines = lines(before);
  const newLines = lines(after);
  const scope = excerptScope(before);
  const partial = scope !== undefined;
  const parts: DiffPart[] = [];
  if (scope) parts.push({ kind: 'note', text: `手册收录的${previous.amended?.slice(0, 4) ?? ''}年文本只有本条${scope}，这里只对照这一部分。` });
  const ops = alignLines(oldLines, newLines).filter((op) => !(partial && op.op === 'added'));
  ops.forEach((op, index) => {
    if (index > 0 || partial) parts.push({ kind: 'same', text: '\n' });
    if (op.op === 'pair') {
      parts.push(...charDiff(oldLines[op.old]!, newLines[op.new]!));
    } else if (op.op === 'removed') {
      parts.push({ kind: 'removed', text: oldLines[op.old]! });
      const moved = foundElsewhere(oldLines[op.old]!, current, after.number, counterparts.ofNew);
      const near = moved ? undefined : foundElsewhere(oldLines[op.old]!, current, after.number, counterparts.ofNew, absorbed);
      if (moved) parts.push({ kind: 'note', text: `（这一款移到了${label(moved)}）` });
      else if (near) parts.push({ kind: 'note', text: `（相近的文字现在在${label(near)}）` });
    } else {
      parts.push({ kind: 'added', text: newLines[op.new]! });
      const from = foundElsewhere(newLines[op.new]!, previous, before.number, counterparts.ofOld);
      if (from) parts.push({ kind: 'note', text: `（来自原${label(from)}）` });
    }
  });
  // Neighbouring runs of one kind (across the line breaks between paragraphs) read as one.
  return parts.reduce<DiffPart[]>((merged, part) => {
    const last = merged.at(-1);
    if (last && last.kind === part.kind && part.kind === 'same') last.text += part.text;
    else merged.push({ ...part });
    return merged;
  }, []);
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
