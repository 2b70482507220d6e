/**
 * Lines up the articles of two versions of a law across renumbering.
 *
 * Articles are matched by how much of their text they share (character bigrams, Dice
 * coefficient), best pairs first; a reviewed override table (content/law-changes/) fixes
 * the pairs text cannot decide and names articles the amendment added. Each pair is then
 * unchanged, reworded, new or removed, and "moved" when its number changed.
 */
import { articleText, type StatuteArticle } from '../statutes/parse-statute.ts';

export type ChangeKind = 'unchanged' | 'reworded' | 'new' | 'removed';

export interface ArticlePair {
  /** The article in the earlier version (absent when new). */
  old?: StatuteArticle;
  /** The article in the later version (absent when removed). */
  new?: StatuteArticle;
  kind: ChangeKind;
  /** Both exist and their numbers differ. */
  moved: boolean;
  /** Share of text in common, 0–1 (1 for identical text). */
  similarity: number;
  /** How the pair was found: by text, or from the reviewed table. */
  matchedBy: 'text' | 'table';
}

export interface AlignmentTable {
  /** Pairs fixed by hand: old article number → new article number. */
  pairs: Array<{ old: number; new: number }>;
  /** New-version articles the amendment added (needed when the old version is an excerpt). */
  added: number[];
  /** Old-version articles the amendment deleted. */
  removed: number[];
}

export interface AlignOptions {
  /** The old version holds only some articles: unmatched new articles are outside it, not new, unless the table lists them as added. */
  oldIsExcerpt?: boolean;
  table?: Partial<AlignmentTable>;
}

/** Below this share of common text two articles are not the same article. */
export const MATCH_THRESHOLD = 0.5;

/** The text that matters for matching: no punctuation, spaces or item labels' brackets. */
export function comparableText(article: Pick<StatuteArticle, 'paragraphs'>): string {
  return articleText(article).replace(/[\s\p{P}]/gu, '');
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let index = 0; index < text.length - 1; index++) {
    const gram = text.slice(index, index + 2);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function sharedBigrams(a: string, b: string): { shared: number; left: number; right: number } {
  const left = bigrams(a);
  const right = bigrams(b);
  let shared = 0;
  let leftTotal = 0;
  let rightTotal = 0;
  for (const [gram, count] of left) {
    shared += Math.min(count, right.get(gram) ?? 0);
    leftTotal += count;
  }
  for (const count of right.values()) rightTotal += count;
  return { shared, left: leftTotal, right: rightTotal };
}

/** The share of `part`'s character bigrams found in `whole` (1 when `part` is inside `whole`). */
export function containedIn(part: string, whole: string): number {
  const { shared, left } = sharedBigrams(part, whole);
  return left ? shared / left : 0;
}

/** Dice coefficient of two texts' character bigrams: 1 when identical, 0 when nothing shared. */
export function dice(a: string, b: string): number {
  if (a === b) return 1;
  const { shared, left, right } = sharedBigrams(a, b);
  return left + right ? (2 * shared) / (left + right) : 0;
}

/**
 * How much text two articles share, 0–1 (1 when identical): the mean of the Dice
 * coefficient of their character bigrams and the share of the shorter text found in the
 * longer. The second part keeps an article that an amendment only extended (2015 Art. 11
 * → 2022 Art. 14: two sentences grew to four paragraphs) matched to its successor.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const { shared, left, right } = sharedBigrams(a, b);
  if (!left || !right) return 0;
  return ((2 * shared) / (left + right) + shared / Math.min(left, right)) / 2;
}

export function alignArticles(oldArticles: StatuteArticle[], newArticles: StatuteArticle[], options: AlignOptions = {}): ArticlePair[] {
  const table: AlignmentTable = { pairs: [], added: [], removed: [], ...options.table };
  const oldByNumber = new Map(oldArticles.map((article) => [article.number, article]));
  const newByNumber = new Map(newArticles.map((article) => [article.number, article]));
  const pairedOld = new Map<number, { number: number; matchedBy: 'text' | 'table' }>();
  const pairedNew = new Set<number>();

  for (const pair of table.pairs) {
    if (!oldByNumber.has(pair.old)) throw new Error(`alignment table: the old version has no article ${pair.old}`);
    if (!newByNumber.has(pair.new)) throw new Error(`alignment table: the new version has no article ${pair.new}`);
    pairedOld.set(pair.old, { number: pair.new, matchedBy: 'table' });
    pairedNew.add(pair.new);
  }
  const reserved = new Set([...table.added, ...pairedNew]);
  const blockedOld = new Set([...table.removed, ...pairedOld.keys()]);

  // Every remaining pair above the threshold, best first; on a tie, the pair whose
  // positions in their laws are closest (an article rarely travels far).
  const texts = new Map(newArticles.map((article) => [article.number, comparableText(article)]));
  const candidates: Array<{ old: number; new: number; score: number; distance: number }> = [];
  oldArticles.forEach((oldArticle, oldIndex) => {
    if (blockedOld.has(oldArticle.number)) return;
    const oldText = comparableText(oldArticle);
    newArticles.forEach((newArticle, newIndex) => {
      if (reserved.has(newArticle.number)) return;
      const score = similarity(oldText, texts.get(newArticle.number)!);
      if (score < MATCH_THRESHOLD) return;
      const distance = Math.abs(oldIndex / oldArticles.length - newIndex / newArticles.length);
      candidates.push({ old: oldArticle.number, new: newArticle.number, score, distance });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.distance - b.distance);
  for (const candidate of candidates) {
    if (pairedOld.has(candidate.old) || pairedNew.has(candidate.new)) continue;
    pairedOld.set(candidate.old, { number: candidate.new, matchedBy: 'text' });
    pairedNew.add(candidate.new);
  }

  const pairs: ArticlePair[] = [];
  for (const newArticle of newArticles) {
    const oldNumber = [...pairedOld].find(([, match]) => match.number === newArticle.number);
    if (oldNumber) {
      const oldArticle = oldByNumber.get(oldNumber[0])!;
      // A full-width colon in one text and a half-width one in the other is typesetting, not amendment.
      const same = articleText(oldArticle).normalize('NFKC') === articleText(newArticle).normalize('NFKC');
      pairs.push({
        old: oldArticle,
        new: newArticle,
        kind: same ? 'unchanged' : 'reworded',
        moved: oldArticle.number !== newArticle.number,
        similarity: same ? 1 : similarity(comparableText(oldArticle), texts.get(newArticle.number)!),
        matchedBy: oldNumber[1].matchedBy,
      });
    } else if (!options.oldIsExcerpt || table.added.includes(newArticle.number)) {
      pairs.push({ new: newArticle, kind: 'new', moved: false, similarity: 0, matchedBy: table.added.includes(newArticle.number) ? 'table' : 'text' });
    }
  }
  // A removed article goes just before the article that followed it in the old version, so the list keeps the old order around it.
  for (const oldArticle of oldArticles) {
    if (pairedOld.has(oldArticle.number)) continue;
    const removed: ArticlePair = { old: oldArticle, kind: 'removed', moved: false, similarity: 0, matchedBy: table.removed.includes(oldArticle.number) ? 'table' : 'text' };
    const before = pairs.findIndex((pair) => pair.old && pair.old.number > oldArticle.number);
    pairs.splice(before === -1 ? pairs.length : before, 0, removed);
  }
  return pairs;
}
