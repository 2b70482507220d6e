/**
 * Help for queries typed the way people type: the synonym and colloquial-phrase table
 * (content/search/synonyms.yaml) and typo suggestions drawn from the handbook's own words.
 * Pure functions over data built into /search-data.js, so online and offline behave alike.
 */
import { normalizeQuery, questionSubject } from './best-bets.ts';
import { splitWords, type Lexicon } from './query-words.ts';

export interface SynonymRow { say: string[]; means: string }

/**
 * Small words people put inside a phrase without changing it: 「多久要回复」 is 多久回复,
 * 「提个建议」「提出建议」 are 提建议. A phrase of the table still matches with one of them inserted.
 */
const FILLERS = '要能会才得该就都了的个出';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phrasePatterns = new WeakMap<SynonymRow[], Array<{ pattern: RegExp; say: string; means: string }>>();
function patternsOf(rows: SynonymRow[]) {
  let patterns = phrasePatterns.get(rows);
  if (!patterns) {
    patterns = rows
      .flatMap((row) => row.say.map((say) => ({ say: normalizeQuery(say), means: row.means })))
      .filter(({ say }) => say.length >= 2)
      .sort((a, b) => b.say.length - a.say.length)
      .map(({ say, means }) => {
        const chars = [...say];
        // Exactly as listed, or with one filler between two of its characters.
        const gapped = chars.slice(1).map((_, at) => `${chars.slice(0, at + 1).map(escapeRegExp).join('')}[${FILLERS}]${chars.slice(at + 1).map(escapeRegExp).join('')}`);
        return { say, means, pattern: new RegExp([escapeRegExp(say), ...gapped].join('|'), 'g') };
      });
    phrasePatterns.set(rows, patterns);
  }
  return patterns;
}

/**
 * The query with every phrase the table knows replaced by the handbook's word
 * (「代表提建议」 → 「代表建议、批评和意见」… the table's rows decide), or undefined when nothing
 * applies. Longer phrases are replaced first so 人大会议 wins over 会议-like shorter ones.
 */
export function expandSynonyms(rawQuery: string, rows: SynonymRow[]): string | undefined {
  const query = normalizeQuery(rawQuery);
  let expanded = query;
  for (const { pattern, means } of patternsOf(rows)) {
    if (expanded.includes(normalizeQuery(means))) continue;
    expanded = expanded.replace(pattern, means);
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

/**
 * Toneless pinyin with the distinctions pinyin input users most often blur folded together
 * (zh/z, ch/c, sh/s, n/l at the start; -ng/-n at the end): 名 ming and 民 min sound alike.
 */
const fuzzyPinyin = (sound: string) => sound.replace(/^([zcs])h/, '$1').replace(/^n/, 'l').replace(/ng$/, 'n');

/** Whether two characters sound alike (`pinyin`: toneless, for the handbook's characters). */
export function soundsAlike(a: string, b: string, pinyin: Record<string, string>): boolean {
  const x = pinyin[a];
  const y = pinyin[b];
  return x !== undefined && y !== undefined && fuzzyPinyin(x) === fuzzyPinyin(y);
}

/** The vocabulary normalised once per data set (it is the same array for every query). */
const prepared = new WeakMap<string[], { words: Array<{ word: string; chars: string[] }>; known: Set<string> }>();
function prepare(vocabulary: string[]) {
  let ready = prepared.get(vocabulary);
  if (!ready) {
    const words = [...new Set(vocabulary.map(normalizeQuery).filter((word) => [...word].length >= 2))];
    ready = { words: words.map((word) => ({ word, chars: [...word] })), known: new Set(words) };
    prepared.set(vocabulary, ready);
  }
  return ready;
}

/** Question words: they carry no subject, so a fallback search leaves them out, and a typo is never found inside them. */
const QUESTION_PARTS = new Set(['怎么', '怎样', '如何', '什么', '多少', '多久', '几个', '几天', '几次', '能不能', '可不可以', '行不行', '是不是', '要不要', '有没有', '可以', '需要', '应该', '还要', '还能', '还算', '才能', '才算', '哪些', '哪个', '为什么', '时候', '处理', '办法', '怎么办', '什么样', '必须']);

/** A whole query this short may be any one edit away from a word (a dropped, doubled or mistyped character). */
const SHORT_QUERY = 6;

/**
 * 「代表词职」 → 「代表辞职」: when the query (or the subject of a question) is not a word the
 * handbook uses, but one slip away from one that is, return the query with that word in its
 * place. What counts as a slip:
 * - inside a longer question, one character swapped for one that sounds alike (词 ci → 辞 ci,
 *   名 ming → 民 min): the slip pinyin input makes. Any other one-character difference there
 *   is usually a different word, not a typo (「代表给站所打分」 is not 「代表证…」);
 * - a query that is a term by itself (six characters or fewer) may also be any one edit away
 *   (「妇女权利」 → 「妇女权益」, a dropped or doubled character).
 * A two-character word only stands for the whole query (「罢勉」 → 「罢免」), since two-character
 * words are too often one character apart from each other. Among candidates, a sound-alike
 * swap wins, then the longer word, then the word listed first (titles before keywords).
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
  const { words, known } = prepare(vocabulary);
  if (known.has(query) || known.has(subject) || subject.length < 2) return undefined;
  const chars = [...subject];
  const short = chars.length <= SHORT_QUERY;
  // Question words are what the reader meant to type (怎 in 怎么 is no slip for 证).
  const asked = new Set<number>();
  for (const part of QUESTION_PARTS) for (let at = subject.indexOf(part); at >= 0; at = subject.indexOf(part, at + 1)) for (let k = 0; k < part.length; k++) asked.add(at + k);
  let best: { word: string; start: number; end: number; score: number; length: number } | undefined;
  const consider = (word: string, start: number, end: number, score: number, length: number) => {
    if (!best || score > best.score || (score === best.score && length > best.length)) best = { word, start, end, score, length };
  };
  for (const { word, chars: wordChars } of words) {
    const length = wordChars.length;
    if (length === 2 && chars.length !== 2) continue;
    if (length > chars.length + 1) continue;
    // One character swapped, anywhere in the query.
    for (let start = 0; start + length <= chars.length; start++) {
      let differs = -1;
      let count = 0;
      for (let k = 0; k < length && count < 2; k++) {
        if (chars[start + k] !== wordChars[k]) {
          count++;
          differs = k;
        }
      }
      if (count !== 1 || asked.has(start + differs)) continue;
      const alike = soundsAlike(chars[start + differs]!, wordChars[differs]!, pinyin);
      if (!alike && !(short && length === chars.length)) continue;
      const window = chars.slice(start, start + length).join('');
      if (known.has(window) || used(window)) continue;
      consider(word, start, start + length, alike ? 2 : 1, length);
    }
    // A short query one character longer or shorter than the word.
    if (short && Math.abs(length - chars.length) === 1 && distance(subject, word, 1) === 1 && !used(subject)) consider(word, 0, chars.length, 1, length);
  }
  if (!best) return undefined;
  const found: { word: string; start: number; end: number } = best;
  return chars.slice(0, found.start).join('') + found.word + chars.slice(found.end).join('');
}

/** The browser's word splitter where it has one (Chromium 87+); made when first needed, so older browsers can load this module. */
let segmenter: Intl.Segmenter | undefined;
const browserWords = (text: string): string[] => {
  if (typeof Intl.Segmenter !== 'function') return [text];
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((segment) => segment.isWordLike).map((segment) => segment.segment);
};

/**
 * Whether a page's text is about the query at all: do at least a third of the query's
 * two-character pieces (量子, 子计, 计算, 算机) occur in it (for a term of two to four characters,
 * its first and last two)? Pagefind matches Chinese words piece
 * by piece, so a query about something the handbook does not cover still finds a page that
 * happens to say 计算; such results are not an answer. (Pieces, not words: the browser splits
 * 受质询机关 into 受 / 质 / 询 / 机关, which would make 质询 invisible.)
 */
export function mentionsQuery(rawQuery: string, text: string): boolean {
  const chars = [...questionSubject(normalizeQuery(rawQuery))];
  const haystack = text.replace(/\s/g, '');
  // A two-character subject (天气) must be there as typed; Pagefind may have matched 天 or 气 alone.
  if (chars.length < 3) return chars.length < 2 || !/\p{Script=Han}/u.test(chars.join('')) || haystack.includes(chars.join(''));
  const pieces = chars.slice(1).map((char, index) => chars[index]! + char);
  // A term of three or four characters needs its whole self in pieces: both halves of 今天天气
  // (今天 and 天气), both pieces of 选民证. A longer question needs a third of its pieces.
  if (chars.length <= 4) return haystack.includes(pieces[0]!) && haystack.includes(pieces[pieces.length - 1]!);
  return pieces.filter((piece) => haystack.includes(piece)).length * 3 >= pieces.length;
}


/**
 * The subject words of a question (「建议交给政府多久要回复」 → 建议, 交给, 政府, 回复), for a
 * fallback search when no page has every word of a long question. With the handbook's word
 * list (query-words.ts) the question is split by it; without, by the browser's splitter.
 */
export function subjectWords(rawQuery: string, lexicon?: Lexicon): string[] {
  const subject = questionSubject(normalizeQuery(rawQuery));
  const words = lexicon
    ? splitWords(subject, lexicon).filter((word) => /\p{Script=Han}|[a-z0-9]/iu.test(word))
    : browserWords(subject);
  return [...new Set(words.filter((word) => [...word].length >= 2 && !QUESTION_PARTS.has(word)))];
}
