/**
 * Splitting a typed question into words with the handbook's own word list.
 *
 * The browser's word splitter (Intl.Segmenter) does not know the handbook's terms and cuts
 * questions wrongly: 「几个代表才能提质询」 → 提质 / 询 (质询 lost), 「代表迁出了」 → 迁 / 出了,
 * 「述职工作」 → 述 / 职工 / 作. A search for 出了 or 职工 then ranks the wrong pages.
 *
 * So the build counts the words the handbook uses (the splitter's words over all content, and
 * the handbook's own terms: titles, keywords, glossary terms, synonym phrases) and ships them
 * with their frequency. In the browser a question is split the way that makes its words most
 * likely (the usual unigram method: the fewest, most frequent words), and a run of single
 * characters the list does not know (始得 in 「始得举行」) stays together as one word.
 */

/** Words of this many characters are kept (longer phrases are names, matched elsewhere). */
const MIN_WORD = 2;
const MAX_WORD = 6;
const HAN_WORD = new RegExp(`^\\p{Script=Han}{${MIN_WORD},${MAX_WORD}}$`, 'u');

/**
 * The lexicon as it travels in /search-data.js: `lexicon[k]` lists, space-separated, the words
 * used about 2^k times (k = floor(log2(count))). Buckets keep it small and the ranking coarse
 * enough that it does not depend on one page more or less.
 */
export type PackedLexicon = string[];

/** Build time: count the words of the handbook's text; `terms` (the handbook's own names) are counted as substrings, since the splitter may not know them. */
export function buildLexicon(text: string, terms: string[]): PackedLexicon {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const counts = new Map<string, number>();
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (isWordLike && HAN_WORD.test(segment)) counts.set(segment, (counts.get(segment) ?? 0) + 1);
  }
  const missing = new Set(terms.filter((term) => HAN_WORD.test(term) && !counts.has(term)));
  if (missing.size) {
    const chars = [...text];
    for (let start = 0; start < chars.length; start++) {
      let window = chars[start]!;
      for (let length = 2; length <= MAX_WORD && start + length <= chars.length; length++) {
        window += chars[start + length - 1];
        if (missing.has(window)) counts.set(window, (counts.get(window) ?? 0) + 1);
      }
    }
    // A term of the handbook's is a word even where the text spells it only in a heading.
    for (const term of missing) if (!counts.has(term)) counts.set(term, 2);
  }
  const buckets: string[][] = [];
  for (const [word, count] of counts) {
    // Once is chance (a splitter's slip); a handbook term always counts.
    if (count < 2 && !missing.has(word)) continue;
    const bucket = Math.floor(Math.log2(count));
    (buckets[bucket] ??= []).push(word);
  }
  return Array.from(buckets, (words) => (words ?? []).sort().join(' '));
}

/** Word → cost (minus log of its share); lower is likelier. */
export type Lexicon = Map<string, number>;

const unpacked = new WeakMap<PackedLexicon, Lexicon>();
export function readLexicon(packed: PackedLexicon): Lexicon {
  let lexicon = unpacked.get(packed);
  if (!lexicon) {
    lexicon = new Map();
    const total = packed.reduce((sum, words, bucket) => sum + (words ? words.split(' ').length * 2 ** bucket : 0), 0);
    packed.forEach((words, bucket) => {
      if (!words) return;
      for (const word of words.split(' ')) lexicon!.set(word, Math.log(total) - bucket * Math.LN2);
    });
    unpacked.set(packed, lexicon);
  }
  return lexicon;
}

/** Characters that stand alone in a question and never join a run (particles, prepositions, 不). */
const STANDALONE = new Set([...'的了吗呢吧啊呀是在和与或及就也都还又要会能可被把给让向对从到为以于之其而并且再才很太最更不没没有个这那哪谁几多少上下里中后前时']);

/**
 * 「代表迁出了还算代表吗」 → 代表 / 迁出 / 了 / 还算 / 代表 / 吗. Dynamic programming over the
 * text: each known word costs its lexicon cost, an unknown character costs more than any word,
 * so the split with the fewest and most frequent words wins.
 */
export function splitWords(text: string, lexicon: Lexicon): string[] {
  const chars = [...text];
  const unknown = Math.max(0, ...lexicon.values()) + 1;
  const best: Array<{ cost: number; from: number }> = [{ cost: 0, from: -1 }];
  for (let end = 1; end <= chars.length; end++) {
    best[end] = { cost: best[end - 1]!.cost + unknown, from: end - 1 };
    for (let length = MIN_WORD; length <= MAX_WORD && length <= end; length++) {
      const cost = lexicon.get(chars.slice(end - length, end).join(''));
      if (cost !== undefined && best[end - length]!.cost + cost < best[end]!.cost) best[end] = { cost: best[end - length]!.cost + cost, from: end - length };
    }
  }
  const words: string[] = [];
  for (let end = chars.length; end > 0; end = best[end]!.from) words.unshift(chars.slice(best[end]!.from, end).join(''));
  // Unknown single Han characters next to each other are most likely one word the list lacks (始得).
  const joined: string[] = [];
  for (const word of words) {
    const previous = joined[joined.length - 1];
    const single = (part: string | undefined): part is string => part !== undefined && /^\p{Script=Han}+$/u.test(part) && !lexicon.has(part) && ![...part].some((char) => STANDALONE.has(char));
    if (single(previous) && [...previous].length < 3 && [...word].length === 1 && single(word) && !lexicon.has(previous)) joined[joined.length - 1] = previous + word;
    else joined.push(word);
  }
  return joined;
}
