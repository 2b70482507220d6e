/**
 * The simpler search: a small JavaScript engine over /search-fallback.js (fallback-index.ts)
 * for browsers where Pagefind cannot start. It answers through Pagefind's own interface
 * (options, search → results with data()), so everything pagefindEngine does on top —
 * synonyms, best bets, subject-word reranking, typo correction, article look-ups — works
 * the same over it.
 *
 * Matching follows Pagefind's: every query word must be on a page (AND), starting where one
 * of the page's words (Pagefind's segmentation) starts, and ending where a word ends or inside
 * the word it began in (a prefix). A Chinese run is split into the likeliest words of the
 * index's own vocabulary, so 「临时召集」 asks for 临时 and 召集; a page that has the term as
 * typed, in one piece, scores extra. Scores are BM25 over the text, plus what the title,
 * keywords, summary and headings add when they hold the word.
 *
 * Runs in old browsers (that is its purpose): nothing newer than Chromium 86.
 */
import { escapeHtml } from './escape-html.ts';
import type { FallbackIndex } from './fallback-index.ts';
import type { Pagefind, PagefindResultData } from './pagefind-engine.ts';

type SearchAnswer = Awaited<ReturnType<Pagefind['search']>>;
type SubResult = PagefindResultData['sub_results'][number];

/**
 * What a word in these fields adds to its score, besides its occurrences in the text (which
 * saturate at K1 + 1 = 2.2): being in the title counts most, as a page's name; then its
 * keywords (words readers use for it), summary, and section headings (h1 is the title). Added
 * outside the saturation, so a long page that names the word in its title still stands out
 * from pages that only use it often. The order follows the weights the pages give Pagefind
 * (EntryPage.astro's data-pagefind-weight, heading levels); the query set barely moves
 * within a factor of two either way.
 */
const WEIGHT = { title: 1.5, keywords: 1, summary: 0.6 };
const HEADING_WEIGHT = [0, 0, 0.5, 0.4, 0.2, 0.1, 0.1];
/** A term found as typed, in one piece, counts this much besides its words. */
const PHRASE_WEIGHT = 1.5;
/** BM25: term-frequency saturation and page-length normalisation. */
const K1 = 1.2;
const B = 0.75;
/** Longest word the query splitter tries (中华人民共和国 is 7). */
const MAX_WORD = 8;
/** Word statistics kept between searches (a question's words are searched again one by one). */
const CACHED_WORDS = 400;

const HAN_RUN = /\p{Script=Han}+/u;
/** Pieces of a query between spaces and punctuation; within one, Chinese runs and runs of other letters and digits. */
const QUERY_PIECES = /[\p{L}\p{N}]+/gu;
const QUERY_PARTS = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
const ONLY_HAN = /^\p{Script=Han}+$/u;

/** ASCII letters in lower case; other text as it is, so that offsets do not move. */
const fold = (text: string) => text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());

interface Heading {
  level: number;
  id: string;
  text: string;
  /** Index of its first word. */
  location: number;
}

interface Page {
  id: string;
  url: string;
  title: string;
  summary: string;
  filters: Record<string, string[]>;
  /** The text as Pagefind gives it in `content`: the words joined. */
  text: string;
  /** `text` folded, for matching. */
  haystack: string;
  /** Where each word starts in `text`, and one entry more: the text's length. */
  starts: Int32Array;
  /** 1 at each offset of `text` where a word starts, and at its end. */
  bounds: Uint8Array;
  headings: Heading[];
  /** Folded fields that weigh more than the text: title, keywords, summary, and the heading texts of each level (index = level). */
  fields: { title: string; keywords: string; summary: string; headings: string[] };
}

interface WordStats {
  /** Per page: occurrences in the text, lined up with its words. */
  inText: Float64Array;
  /** Per page: the weights of the fields that have it. */
  inFields: Float64Array;
  /** How many pages have it. */
  pages: number;
}

/**
 * Whether an occurrence at [start, end) lines up with Pagefind's words: it starts where a word
 * starts, and ends where a word ends or inside the word it started in (a prefix, as Pagefind
 * matches 代表 in 代表大会). So 不行 is not found in 不 / 行使, nor 会议 in 大会 / 议程.
 */
function alignedWithWords(bounds: Uint8Array, start: number, end: number): boolean {
  if (!bounds[start]) return false;
  if (bounds[end]) return true;
  for (let at = start + 1; at < end; at++) if (bounds[at]) return false;
  return true;
}

/** How many times `needle` occurs in a page's text, lined up with its words. */
function occurrencesInText(page: Page, needle: string): number {
  let count = 0;
  for (let at = page.haystack.indexOf(needle); at >= 0; at = page.haystack.indexOf(needle, at + 1)) {
    if (alignedWithWords(page.bounds, at, at + needle.length)) count++;
  }
  return count;
}

function preparePages(index: FallbackIndex): { pages: Page[]; vocabulary: Map<string, number>; averageLength: number } {
  const { separator } = index;
  const vocabulary = new Map<string, number>();
  let totalWords = 0;
  const pages = index.pages.map(([id, url, title, summary, filters, keywords, joined, headings]): Page => {
    const words = joined.split(separator);
    const starts = new Int32Array(words.length + 1);
    let offset = 0;
    words.forEach((word, at) => {
      starts[at] = offset;
      offset += word.length;
      const bare = fold(word.trim());
      if (ONLY_HAN.test(bare) && bare.length <= MAX_WORD) vocabulary.set(bare, (vocabulary.get(bare) ?? 0) + 1);
    });
    starts[words.length] = offset;
    const bounds = new Uint8Array(offset + 1);
    for (let at = 0; at <= words.length; at++) bounds[starts[at]!] = 1;
    totalWords += words.length;
    const text = words.join('');
    const byLevel: string[] = [];
    for (const [level, , headingText] of headings) byLevel[level] = `${byLevel[level] ?? ''}${separator}${fold(headingText)}`;
    return {
      id,
      url,
      title,
      summary,
      filters,
      text,
      haystack: fold(text),
      starts,
      bounds,
      headings: headings.map(([level, headingId, headingText, location]) => ({ level, id: headingId, text: headingText, location })),
      fields: { title: fold(title), keywords: fold(keywords), summary: fold(summary), headings: byLevel },
    };
  });
  return { pages, vocabulary, averageLength: totalWords / Math.max(1, pages.length) };
}

/**
 * A Chinese run split into the likeliest words of the vocabulary (word → count): each word
 * costs minus the log of its share, a character no word covers costs more than any word, and
 * the cheapest split wins — the fewest, most frequent words.
 */
export function splitRun(run: string, vocabulary: Map<string, number>, total: number): string[] {
  const chars = Array.from(run);
  const cost = (word: string) => {
    const count = vocabulary.get(word);
    return count === undefined ? undefined : Math.log(total / count);
  };
  const unknown = Math.log(total) + 1;
  const best: Array<{ cost: number; from: number }> = [{ cost: 0, from: -1 }];
  for (let end = 1; end <= chars.length; end++) {
    const single = cost(chars[end - 1]!);
    best[end] = { cost: best[end - 1]!.cost + (single ?? unknown), from: end - 1 };
    for (let length = 2; length <= MAX_WORD && length <= end; length++) {
      const wordCost = cost(chars.slice(end - length, end).join(''));
      if (wordCost !== undefined && best[end - length]!.cost + wordCost < best[end]!.cost) best[end] = { cost: best[end - length]!.cost + wordCost, from: end - length };
    }
  }
  const words: string[] = [];
  for (let end = chars.length; end > 0; end = best[end]!.from) words.unshift(chars.slice(best[end]!.from, end).join(''));
  return words;
}

/**
 * What a query asks for: `words`, each of which a page must have, and `phrases`, the pieces
 * typed without a space or punctuation mark that hold more than one word, which score extra
 * where they occur in one piece: 「2022年修改」 is 2022, 年, 修改 and the phrase 2022年修改.
 * ASCII letters are folded to lower case.
 */
export function parseQuery(term: string, vocabulary: Map<string, number>, total: number): { words: string[]; phrases: string[] } {
  const words: string[] = [];
  const phrases: string[] = [];
  for (const piece of fold(term).match(QUERY_PIECES) ?? []) {
    const parts = piece.match(QUERY_PARTS) ?? [];
    const before = words.length;
    for (const part of parts) words.push(...(HAN_RUN.test(part) ? splitRun(part, vocabulary, total) : [part]));
    if (words.length - before > 1) phrases.push(piece);
  }
  const unique = (list: string[]) => list.filter((item, at) => list.indexOf(item) === at);
  return { words: unique(words), phrases: unique(phrases) };
}

/** Inverse document frequency, BM25's: rare words weigh more. */
const idf = (pages: number, total: number) => Math.log(1 + (total - pages + 0.5) / (pages + 0.5));

interface Match {
  start: number;
  end: number;
  /** Index of the word the match starts in. */
  word: number;
  /** How much the matched needle weighs (its idf), to find the densest excerpt. */
  weight: number;
}

/** Index of the word that holds character `offset` (binary search over word starts). */
function wordAt(starts: Int32Array, offset: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Every occurrence of the needles in a page, in text order, overlapping ones merged. */
function matchesIn(page: Page, needles: Array<{ text: string; weight: number }>): Match[] {
  const found: Match[] = [];
  for (const needle of needles) {
    for (let at = page.haystack.indexOf(needle.text); at >= 0; at = page.haystack.indexOf(needle.text, at + 1)) {
      if (alignedWithWords(page.bounds, at, at + needle.text.length)) found.push({ start: at, end: at + needle.text.length, word: 0, weight: needle.weight });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Match[] = [];
  for (const match of found) {
    const last = merged[merged.length - 1];
    if (last && match.start < last.end) {
      last.end = Math.max(last.end, match.end);
      last.weight = Math.max(last.weight, match.weight);
    } else {
      merged.push({ ...match, word: wordAt(page.starts, match.start) });
    }
  }
  return merged;
}

/**
 * An excerpt of `length` words within words [from, to) of the page, around its densest run of
 * matches (as Pagefind picks its excerpt region), with the matches in <mark>; page text escaped.
 */
function excerptOf(page: Page, matches: Match[], from: number, to: number, length: number): string {
  const inside = matches.filter((match) => match.word >= from && match.word < to);
  let first = from;
  let last = from;
  let densest = -1;
  for (let head = 0, tail = 0, sum = 0; head < inside.length; head++) {
    sum += inside[head]!.weight;
    while (inside[head]!.word - inside[tail]!.word >= length) sum -= inside[tail++]!.weight;
    if (sum > densest) {
      densest = sum;
      first = inside[tail]!.word;
      last = inside[head]!.word;
    }
  }
  // Centred on the densest run, within the section.
  let start = Math.max(from, first - Math.floor((length - (last - first + 1)) / 2));
  const end = Math.min(to, start + length);
  start = Math.max(from, end - length);
  const startChar = page.starts[start]!;
  const endChar = page.starts[end]!;
  let html = '';
  let cursor = startChar;
  for (const match of inside) {
    if (match.end <= startChar || match.start >= endChar) continue;
    const markStart = Math.max(match.start, startChar);
    const markEnd = Math.min(match.end, endChar);
    html += `${escapeHtml(page.text.slice(cursor, markStart))}<mark>${escapeHtml(page.text.slice(markStart, markEnd))}</mark>`;
    cursor = markEnd;
  }
  html += escapeHtml(page.text.slice(cursor, endChar));
  return html.trim();
}

/** The sections (headings) that hold matches, in page order, each with its own excerpt; matches before the first heading belong to the page itself. */
function sectionsOf(page: Page, matches: Match[], length: number): SubResult[] {
  const wordCount = page.starts.length - 1;
  const bounds = [{ title: page.title, url: page.url, location: 0 }, ...page.headings.map((heading) => ({ title: heading.text, url: `${page.url}#${heading.id}`, location: heading.location }))];
  const sections: SubResult[] = [];
  bounds.forEach((section, at) => {
    const end = at + 1 < bounds.length ? bounds[at + 1]!.location : wordCount;
    if (end <= section.location) return;
    if (!matches.some((match) => match.word >= section.location && match.word < end)) return;
    sections.push({ title: section.title, url: section.url, excerpt: excerptOf(page, matches, section.location, end, length) });
  });
  return sections;
}

/**
 * A Pagefind-compatible engine over the fallback index. `options({ excerptLength })` sets the
 * excerpt length in words (Pagefind's option of the same name).
 */
export function fallbackPagefind(index: FallbackIndex): Pagefind {
  let excerptLength = 30;
  let prepared: ReturnType<typeof preparePages> | undefined;
  let vocabularyTotal = 0;
  const cache = new Map<string, WordStats>();
  const ready = () => {
    if (!prepared) {
      prepared = preparePages(index);
      prepared.vocabulary.forEach((count) => (vocabularyTotal += count));
    }
    return prepared;
  };

  /** A word in every page: its occurrences in the text, and what the fields that have it add (cached: a question's words come back one by one). */
  function statsOf(word: string): WordStats {
    const known = cache.get(word);
    if (known) return known;
    const { pages } = ready();
    const inText = new Float64Array(pages.length);
    const inFields = new Float64Array(pages.length);
    let having = 0;
    pages.forEach((page, at) => {
      inText[at] = occurrencesInText(page, word);
      let fields = 0;
      if (page.fields.title.includes(word)) fields += WEIGHT.title;
      if (page.fields.keywords.includes(word)) fields += WEIGHT.keywords;
      if (page.fields.summary.includes(word)) fields += WEIGHT.summary;
      page.fields.headings.forEach((text, level) => {
        if (HEADING_WEIGHT[level] && text.includes(word)) fields += HEADING_WEIGHT[level]!;
      });
      inFields[at] = fields;
      if (inText[at]! > 0 || fields > 0) having++;
    });
    if (cache.size >= CACHED_WORDS) cache.clear();
    const stats = { inText, inFields, pages: having };
    cache.set(word, stats);
    return stats;
  }

  /** Pages whose filter values include the asked one (`{ 类别: '程序' }`), or all. */
  function allowedBy(filters: Record<string, string | string[]> = {}): (page: Page) => boolean {
    const wanted = Object.keys(filters).map((name) => ({ name, values: ([] as string[]).concat(filters[name] ?? []) }));
    return (page) => wanted.every(({ name, values }) => values.some((value) => (page.filters[name] ?? []).indexOf(value) >= 0));
  }

  function resultData(page: Page, needles: Array<{ text: string; weight: number }>): PagefindResultData {
    // Single characters (的, 案) are marked only when the query has nothing longer.
    const longer = needles.filter((needle) => needle.text.length > 1);
    const matches = matchesIn(page, longer.length ? longer : needles);
    return {
      url: page.url,
      excerpt: excerptOf(page, matches, 0, page.starts.length - 1, excerptLength),
      content: page.text,
      meta: { title: page.title, summary: page.summary },
      filters: page.filters,
      sub_results: sectionsOf(page, matches, excerptLength),
    };
  }

  return {
    async options(options: Record<string, unknown>) {
      if (typeof options['excerptLength'] === 'number') excerptLength = options['excerptLength'];
    },
    async search(term: string, options: { filters?: Record<string, string> } = {}): Promise<SearchAnswer> {
      const { pages, vocabulary, averageLength } = ready();
      const { words, phrases } = parseQuery(term, vocabulary, vocabularyTotal);
      if (!words.length) return { results: [] };
      const allowed = allowedBy(options.filters);
      const wordStats = words.map(statsOf);
      const phraseStats = phrases.map(statsOf);
      const termScore = (stats: WordStats, at: number) => {
        const count = stats.inText[at]!;
        const length = pages[at]!.starts.length - 1;
        const inText = count ? (count * (K1 + 1)) / (count + K1 * (1 - B + (B * length) / averageLength)) : 0;
        return idf(stats.pages, pages.length) * (inText + stats.inFields[at]!);
      };
      const needles = [...words, ...phrases].map((text) => ({ text, weight: idf(statsOf(text).pages, pages.length) }));
      const results: SearchAnswer['results'] = [];
      pages.forEach((page, at) => {
        if (!allowed(page) || wordStats.some((stats) => !stats.inText[at] && !stats.inFields[at])) return;
        let score = 0;
        for (const stats of wordStats) score += termScore(stats, at);
        for (const stats of phraseStats) score += PHRASE_WEIGHT * termScore(stats, at);
        let data: PagefindResultData | undefined;
        results.push({ id: page.id, score, data: async () => (data ??= resultData(page, needles)) });
      });
      results.sort((a, b) => b.score - a.score);
      return { results };
    },
  };
}
