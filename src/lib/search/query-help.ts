/**
 * Help for queries typed the way people type: the synonym and colloquial-phrase table
 * (content/search/synonyms.yaml) and typo suggestions drawn from the handbook's own words.
 * Pure functions over data built into /search-data.js, so online and offline behave alike.
 */
import { normalizeQuery, questionSubject } from './best-bets.ts';

export interface SynonymRow { say: string[]; means: string }

/**
 * The query with every phrase the table knows replaced by the handbook's word
 * (「代表提建议」 → 「代表代表建议」… the table's rows decide), or undefined when nothing applies.
 * Longer phrases are replaced first so 人大会议 wins over 会议-like shorter ones.
 */
export function expandSynonyms(rawQuery: string, rows: SynonymRow[]): string | undefined {
  const query = normalizeQuery(rawQuery);
  const pairs = rows.flatMap((row) => row.say.map((say) => [normalizeQuery(say), row.means] as const)).sort((a, b) => b[0].length - a[0].length);
  let expanded = query;
  for (const [say, means] of pairs) {
    if (say && expanded.includes(say) && !expanded.includes(normalizeQuery(means))) expanded = expanded.split(say).join(means);
  }
  return expanded !== query ? expanded : undefined;
}

/** Levenshtein distance, early exit above `limit`. */
function distance(a: string, b: string, limit: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let previous = Array.from({ length: y.length + 1 }, (_, index) => index);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[y.length]!;
}

/** Characters that differ in a same-length window and word, as [typed, meant] pairs. */
function substitutions(window: string, word: string): Array<[string, string]> {
  const typed = [...window];
  const meant = [...word];
  if (typed.length !== meant.length) return [];
  return typed.flatMap((char, index) => (char === meant[index] ? [] : [[char, meant[index]!] as [string, string]]));
}

/**
 * 「代表词职」 → 「代表辞职」: when the query (or the subject of a question) is not a word the
 * handbook uses, but one character away from one that is, return the query with that word in
 * its place. Words of three characters or more may sit inside a longer query; a two-character
 * word only stands for the whole query (「罢勉」 → 「罢免」), since two-character words are
 * too often one character apart from each other. Among candidates, a swapped character that
 * sounds the same (`pinyin`, toneless, for the handbook's characters) wins — 词 → 辞 (ci) over
 * 词 → 述 — then the longer word, then the word listed first (titles before keywords).
 */
export function suggestCorrection(
  rawQuery: string,
  vocabulary: string[],
  pinyin: Record<string, string> = {},
  /** Whether the pages found for the query use these words as typed: then they are no typo. */
  used: (words: string) => boolean = () => false,
): string | undefined {
  const query = normalizeQuery(rawQuery);
  const subject = questionSubject(query);
  const words = [...new Set(vocabulary.map(normalizeQuery).filter((word) => word.length >= 2))];
  const known = new Set(words);
  if (known.has(query) || known.has(subject) || subject.length < 2) return undefined;
  const chars = [...subject];
  let best: { word: string; start: number; end: number; score: number; length: number } | undefined;
  for (const word of words) {
    const length = [...word].length;
    if (length === 2 && chars.length !== 2) continue;
    if (length > chars.length + 1) continue;
    for (const size of length === 2 ? [2] : [length, length - 1, length + 1]) {
      if (size < 2 || size > chars.length) continue;
      for (let start = 0; start + size <= chars.length; start++) {
        const window = chars.slice(start, start + size).join('');
        if (window === word || known.has(window) || distance(window, word, 1) !== 1 || used(window)) continue;
        const soundsAlike = substitutions(window, word).some(([typed, meant]) => pinyin[typed] !== undefined && pinyin[typed] === pinyin[meant]);
        const score = soundsAlike ? 2 : 1;
        if (!best || score > best.score || (score === best.score && length > best.length)) best = { word, start, end: start + size, score, length };
      }
    }
  }
  if (!best) return undefined;
  return chars.slice(0, best.start).join('') + best.word + chars.slice(best.end).join('');
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * Whether a page's text is about the query at all: do at least a third of the query's
 * two-character pieces (量子, 子计, 计算, 算机) occur in it? Pagefind matches Chinese words piece
 * by piece, so a query about something the handbook does not cover still finds a page that
 * happens to say 计算; such results are not an answer. (Pieces, not words: the browser splits
 * 受质询机关 into 受 / 质 / 询 / 机关, which would make 质询 invisible.)
 */
export function mentionsQuery(rawQuery: string, text: string): boolean {
  const chars = [...questionSubject(normalizeQuery(rawQuery))];
  if (chars.length < 3) return true;
  const pieces = chars.slice(1).map((char, index) => chars[index]! + char);
  const haystack = text.replace(/\s/g, '');
  return pieces.filter((piece) => haystack.includes(piece)).length * 3 >= pieces.length;
}

/** Question words: they carry no subject, so a fallback search leaves them out. */
const QUESTION_PARTS = new Set(['怎么', '怎样', '如何', '什么', '多少', '多久', '几个', '几天', '几次', '能不能', '可不可以', '行不行', '是不是', '要不要', '有没有', '可以', '需要', '应该', '还要', '还能', '还算', '才能', '才算', '哪些', '哪个', '为什么', '时候', '处理', '办法']);

/**
 * The subject words of a question (「建议交给政府多久要回复」 → 建议, 交给, 政府, 回复), for a
 * fallback search when no page has every word of a long question.
 */
export function subjectWords(rawQuery: string): string[] {
  return [...new Set(
    [...segmenter.segment(questionSubject(normalizeQuery(rawQuery)))]
      .filter((segment) => segment.isWordLike && [...segment.segment].length >= 2 && !QUESTION_PARTS.has(segment.segment))
      .map((segment) => segment.segment),
  )];
}
