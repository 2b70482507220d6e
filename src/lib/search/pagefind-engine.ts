/**
 * The search engine: Pagefind's JavaScript API over the index built with the site.
 * Online it is imported on demand from /pagefind/pagefind.js. In the offline export,
 * where module imports from file:// are blocked, a classic script has already put the
 * same Pagefind, with its index embedded, on `window.__handbookPagefind`, and result
 * addresses are made relative to the page (…/index.html), since file:// has no site root.
 * Where Pagefind cannot run (older browsers) or does not start, a simpler engine with the
 * same interface answers instead (pagefind-or-fallback.ts, fallback-engine.ts), online and offline.
 */
import { escapeHtml } from './escape-html.ts';
import type { SearchEngine, SearchHit, SearchResults } from './types.ts';
import { MAX_BEST_BETS, bestBets, normalizeQuery, questionSubject } from './best-bets.ts';
import { expandSynonyms, mentionsQuery, subjectWords, suggestCorrection } from './query-help.ts';
import type { SearchData } from './search-data.ts';
import { readLexicon } from './query-words.ts';
import { pageAddress } from '../offline/page-address.ts';
import type { FallbackIndex } from './fallback-index.ts';
import { fallbackPagefind } from './fallback-engine.ts';
import { pagefindOrFallback, webAssemblyUsable, type ChosenEngine } from './pagefind-or-fallback.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's whole text. */
  content: string;
  meta: { title?: string; summary?: string };
  filters: Record<string, string[]>;
  sub_results: Array<{ url: string; title: string; excerpt: string }>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: Array<{ id: string; score: number; data(): Promise<PagefindResultData> }> }>;
}

declare global {
  interface Window {
    __handbookPagefind?: Pagefind;
    __handbookSearchData?: SearchData;
    /** Set by /search-fallback.js, loaded only when the simpler search is needed. */
    __handbookFallbackIndex?: FallbackIndex;
    /** Tests and the benchmark set this (in an init script) to try the simpler search in a browser that runs Pagefind. */
    __handbookForceFallback?: boolean;
  }
}

/** Results come ten at a time: loading fewer fragments keeps the first results fast. */
export const MAX_RESULTS = 10;

/** Options shared by every place that runs Pagefind, so online and offline rank alike. */
export const PAGEFIND_OPTIONS = { excerptLength: 40 };

/** How long the first search waits for Pagefind to start before the simpler search answers it. */
const PAGEFIND_PATIENCE_MS = 6000;

/**
 * Runs a classic script at the site root (so that file:// can load it: the offline copy's
 * pages say where the root is in <meta name="handbook:root">; online it is beside /pagefind/,
 * under the base path). Resolves once it has run; rejects if it could not be loaded.
 */
function loadRootScript(file: string, pagefindPath: string): Promise<void> {
  const root = document.querySelector<HTMLMetaElement>('meta[name="handbook:root"]')?.content;
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = root !== undefined ? `${root}${file}` : pagefindPath.replace(/pagefind\/pagefind\.js$/, file);
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${file} could not be loaded`));
    document.head.append(script);
  });
}

/** /search-data.js; search goes on without it if it fails. */
function loadSearchData(pagefindPath: string): Promise<SearchData | undefined> {
  if (window.__handbookSearchData) return Promise.resolve(window.__handbookSearchData);
  return loadRootScript('search-data.js', pagefindPath).then(() => window.__handbookSearchData, () => undefined);
}

/** The simpler engine over /search-fallback.js, loaded only when it is needed. */
async function loadFallback(pagefindPath: string): Promise<Pagefind> {
  if (!window.__handbookFallbackIndex) await loadRootScript('search-fallback.js', pagefindPath);
  const index = window.__handbookFallbackIndex;
  if (!index) throw new Error('search-fallback.js did not define the index');
  const engine = fallbackPagefind(index);
  await engine.options(PAGEFIND_OPTIONS);
  return engine;
}

const withoutHash = (url: string) => url.split('#')[0]!;
/** The law page the reader is on (/law/organic-2022/), online or offline, so that 「第十四条」 means its article. */
const currentLawPage = () => /\/law\/([a-z0-9-]+)\/(?:index\.html)?$/.exec(location.pathname)?.[1];
const sectionsOf = (item: PagefindResultData) =>
  item.sub_results.map((section) => ({ ...section, url: pageAddress(section.url), excerpt: tidyExcerpt(section.excerpt) }));

/**
 * Pagefind cuts excerpts at a word count, often mid-phrase. Start after the last sentence
 * break before the first match and end at the first one after the last match; mark a cut with …
 */
export function tidyExcerpt(html: string): string {
  const first = html.indexOf('<mark>');
  const last = html.lastIndexOf('</mark>');
  if (first < 0 || last < 0) return html;
  const head = html.slice(0, first);
  const tail = html.slice(last + '</mark>'.length);
  const startBreak = Math.max(...['。', '；', '！', '？', '：'].map((mark) => head.lastIndexOf(mark)));
  const endBreak = Math.min(...['。', '；', '！', '？'].map((mark) => tail.indexOf(mark)).filter((index) => index >= 0), Infinity);
  const start = startBreak >= 0 ? head.slice(startBreak + 1) : `…${head.trimStart()}`;
  const end = Number.isFinite(endBreak) ? tail.slice(0, endBreak + 1) : `${tail.trimEnd()}…`;
  return `${start}${html.slice(first, last + '</mark>'.length)}${end}`.trim();
}

interface Ranked { id: string; score: number; data(): Promise<PagefindResultData> }
/** A result with what the list shows of it; `item` once its data() has loaded. */
interface Listed { result: Ranked; /** Site path, as in search-data.js. */ path: string; url: string; title: string; kind?: string | undefined; summary?: string | undefined; item?: PagefindResultData; /** Its data() while loading, so that it is asked for once. */ loading?: Promise<PagefindResultData> }

/** A result's text and excerpts, loaded once however many places ask. */
async function loadItem(row: Listed): Promise<PagefindResultData> {
  row.loading ??= row.result.data();
  return (row.item ??= await row.loading);
}

/**
 * How many results' text may be loaded before the list is shown: at most the top three, which
 * decide whether the results speak to the query at all and whether it was a typo. The rest
 * load while the reader looks at the first ones (search-ui.ts fills them in).
 */
const LOADED_FIRST = 3;
/** How many of Pagefind's results a question's subject words may reorder (when the build's page list describes them without loading). */
const RERANK_WINDOW = 30;

export function pagefindEngine(path: string): SearchEngine {
  let chosen: ChosenEngine | undefined;
  let aids: Promise<SearchData | undefined> | undefined;
  const load = () =>
    (chosen ??= pagefindOrFallback({
      usable: async () => !window.__handbookForceFallback && (await webAssemblyUsable()),
      start: async () => {
        const pagefind = window.__handbookPagefind ?? ((await import(/* @vite-ignore */ path)) as Pagefind);
        await pagefind.options(PAGEFIND_OPTIONS);
        return pagefind;
      },
      fallback: () => loadFallback(path),
      patienceMs: PAGEFIND_PATIENCE_MS,
    }));

  /** Pagefind's results for the query and, where the synonym table rewrites it, for the rewrite too: each page once, at its better score. */
  async function ranked(pagefind: Pagefind, queries: string[], kind: string | undefined): Promise<Ranked[]> {
    const responses = await Promise.all(queries.map((text) => pagefind.search(text, kind ? { filters: { 类别: kind } } : {})));
    const byId = new Map<string, Ranked>();
    for (const response of responses) {
      for (const result of response.results as Ranked[]) {
        const seen = byId.get(result.id);
        if (!seen || seen.score < result.score) byId.set(result.id, result);
      }
    }
    return [...byId.values()].sort((a, b) => b.score - a.score);
  }

  /**
   * 「组织法第十四条」: the article itself, then the handbook pages that cite it — what a
   * reader looking up an article wants next — without a full-text search (which would match
   * 第 and 条 in every article of every law).
   */
  function articleLookup(query: string, kind: string | undefined, data: SearchData) {
    const law = currentLawPage();
    const [bet] = bestBets(query, data, kind, law ? `/law/${law}/` : undefined);
    if (!bet || bet.kind !== '法律' || !bet.url.includes('#art-')) return undefined;
    const article = /^(.*#art-\d+)/.exec(bet.url)![1]!;
    const citing = (data.citedBy[article] ?? []).map((index) => data.entries[index]!).filter((entry) => !kind || entry.kind === kind);
    const hits: SearchHit[] = [bet, ...citing].map((entry) => ({ url: pageAddress(entry.url), title: entry.title, excerpt: escapeHtml(entry.summary), kind: entry.kind, sections: [] }));
    const first = hits.slice(0, MAX_RESULTS);
    let shown = first.length;
    const more = async () => {
      const next = hits.slice(shown, shown + MAX_RESULTS);
      shown += next.length;
      return next;
    };
    return { hits: first, total: hits.length, more };
  }

  /**
   * What a result is, from the build's page list (search-data.js `pages`) without loading
   * it; failing that (a dev server, an index built some other way), from its data().
   */
  async function describe(result: Ranked, data: SearchData | undefined, siteRoot: string): Promise<Listed> {
    const page = data?.pages?.[result.id];
    if (page) {
      const [url, title, kind, summary] = page;
      return { result, path: url, url: pageAddress(`${siteRoot}${url.replace(/^\//, '')}`), title, kind: kind || undefined, summary: summary || (data ? entriesOf(data).get(url)?.summary : undefined) };
    }
    const item = await result.data();
    return { result, path: item.url, url: pageAddress(item.url), title: item.meta.title ?? item.url, kind: item.filters['类别']?.[0], summary: item.meta.summary, item };
  }

  /** A result as the list shows it; without its data yet, `details` loads the excerpt and sections later. */
  function hitOf(listed: Listed, best?: SearchHit): SearchHit {
    const item = listed.item;
    const base: SearchHit = best ?? {
      url: listed.url,
      title: listed.title,
      // Entry pages carry a one-line summary: clearer than an excerpt from the page top.
      excerpt: listed.summary ? escapeHtml(listed.summary) : item ? tidyExcerpt(item.excerpt) : '',
      kind: listed.kind,
      sections: [],
    };
    if (item) return { ...base, sections: sectionsOf(item) };
    return {
      ...base,
      details: async () => {
        await loadItem(listed);
        return hitOf(listed, best);
      },
    };
  }

  async function run(query: string, kind: string | undefined, data: SearchData | undefined, pagefind: Pagefind, siteRoot: string) {
    const alternative = data ? expandSynonyms(query, data.synonyms) : undefined;
    const queries = alternative ? [query, alternative] : [query];
    const words = subjectWords(alternative ?? query, data?.lexicon ? readLexicon(data.lexicon) : undefined);
    let results = await ranked(pagefind, queries, kind);
    // Few pages have every word of a long question (Pagefind wants them all: 「人代会必须开两次吗」
    // finds one page). Look for its subject words one by one too, and list the pages that have
    // more of them after those that have all. `matched`: how many subject words each page has.
    const matched = new Map(results.map((result) => [result.id, words.length]));
    // Pages found this way come after those with every word, so when those already fill the
    // window the reranking looks at, the extra searches would change nothing shown first.
    const window = data?.pages ? RERANK_WINDOW : MAX_RESULTS;
    if (words.length > 1 && results.length < window) {
      const perWord = await Promise.all(words.slice(0, 5).map((word) => ranked(pagefind, [word], kind)));
      const merged = new Map<string, Ranked & { matched: number }>();
      for (const list of perWord) {
        for (const result of list) {
          const seen = merged.get(result.id);
          merged.set(result.id, seen ? { ...seen, score: seen.score + result.score, matched: seen.matched + 1 } : { ...result, data: result.data, matched: 1 });
        }
      }
      const more = [...merged.values()].filter((result) => !matched.has(result.id)).sort((a, b) => b.matched - a.matched || b.score - a.score);
      for (const result of more) matched.set(result.id, result.matched);
      results = [...results, ...more];
    }
    // Pages named as typed go first; the same page is not listed twice.
    const law = currentLawPage();
    const bets = data ? uniqueBy(queries.flatMap((text) => bestBets(text, data, kind, law ? `/law/${law}/` : undefined)), (bet) => bet.url).slice(0, MAX_BEST_BETS) : [];
    const first: SearchHit[] = bets.map((bet) => ({ url: pageAddress(bet.url), title: bet.title, excerpt: escapeHtml(bet.summary), kind: bet.kind, sections: [] }));
    const bestByUrl = new Map(first.map((hit, index) => [hit.url, index] as const).filter(([url]) => !url.includes('#')));

    // Results are described from the build's page list, so a question's ranking can look past the
    // first page for free: pages with more of its subject words (in text, title, summary,
    // keywords) first, Pagefind's order between equals. Then the text of the top few is loaded
    // now, to judge relevance and typos; the rest after the list is shown.
    let described = await Promise.all(results.slice(0, window).map((result) => describe(result, data, siteRoot)));
    if (words.length > 1) {
      // Title, summary and the keywords the page answers to (best-bets names): what the page is about.
      const about = (row: Listed) => `${row.title}${row.summary ?? ''}${data ? (entriesOf(data).get(row.path)?.names.join('') ?? '') : ''}`;
      // Subject words in what the page is about, plus those in its text.
      const carried = (row: Listed) => words.filter((word) => about(row).includes(word)).length + (matched.get(row.result.id) ?? 0);
      described = described.map((row, index) => ({ row, index, carried: carried(row) })).sort((a, b) => b.carried - a.carried || a.index - b.index).map(({ row }) => row);
      results = [...described.map((row) => row.result), ...results.slice(window)];
    }
    const listed = described.slice(0, MAX_RESULTS);
    // Only as much text as the decisions below need, since loading a result builds its excerpts
    // (tens of milliseconds for a long page): none when a page is named as typed (no typo, and
    // relevant by definition); the first result's when it uses the words as typed and speaks to
    // the query; otherwise the top three.
    const shownText: string[] = [];
    const subject = questionSubject(normalizeQuery(query));
    if (!first.length && listed.length) {
      const textOf = async (row: Listed) => (await loadItem(row)).content.replace(/\s/g, '');
      shownText.push(await textOf(listed[0]!));
      const settled = shownText[0]!.includes(subject) && queries.some((words) => mentionsQuery(words, shownText[0]!));
      if (!settled) shownText.push(...(await Promise.all(listed.slice(1, LOADED_FIRST).map(textOf))));
    }
    const hitsOf = (rows: Listed[]) =>
      rows.flatMap((row) => {
        const best = bestByUrl.get(withoutHash(row.url));
        // A best bet is not listed a second time; it takes the sections Pagefind found on it.
        if (best !== undefined) {
          first[best] = hitOf(row, first[best]);
          return [];
        }
        return [hitOf(row)];
      });
    // hitsOf before reading `first`: it hands best bets the sections found on them.
    const rest = hitsOf(listed);
    const hits = [...first, ...rest];
    let shown = listed.length;
    // Later pages, asked for with 「显示更多结果」, load in full.
    const more = async (): Promise<SearchHit[]> => {
      const slice = results.slice(shown, shown + MAX_RESULTS);
      shown += slice.length;
      const rows = await Promise.all(slice.map(async (result) => {
        const row = await describe(result, data, siteRoot);
        row.item ??= await result.data();
        return row;
      }));
      return hitsOf(rows);
    };
    // Whether the best results speak to the query (query-help.ts mentionsQuery), as typed or as rewritten.
    // Or, for a long question (three subject words or more), a top page has at least half of them (洪水 急需 花钱 开会).
    const relevant =
      shownText.some((text) => queries.some((words) => mentionsQuery(words, text))) ||
      (words.length >= 3 && shownText.some((text) => words.filter((word) => text.includes(word)).length * 2 >= words.length));
    return { hits, total: Math.max(results.length, hits.length), more, named: first.length > 0, shownText, relevant };
  }

  return {
    async search(query, kind, options = {}): Promise<SearchResults> {
      const engine = load();
      const data = await (aids ??= loadSearchData(path));
      const pagefind = engine.pagefind;
      const siteRoot = path.replace(/pagefind\/pagefind\.js$/, '');
      const article = data && articleLookup(query, kind, data);
      if (article) return { ...article, simpler: await engine.simpler() };
      const found = await run(query, kind, data, pagefind, siteRoot);
      const simpler = await engine.simpler();
      // A typo: nothing is named so, no page contains the words as typed, and one character
      // away there is a word the handbook uses. Show that word's results and say so.
      const subject = questionSubject(normalizeQuery(query));
      const used = (words: string) => found.shownText.some((text) => text.includes(words));
      const correction = !options.exact && data && !found.named && !used(subject) ? suggestCorrection(query, data.vocabulary, data.pinyin, used) : undefined;
      if (correction) {
        const corrected = await run(correction, kind, data, pagefind, siteRoot);
        if (corrected.hits.length) return { hits: corrected.hits, total: corrected.total, more: corrected.more, corrected: { from: query, to: correction }, simpler };
      }
      // Loosely related pages (量子计算机 → a law that says 计算) are not an answer: say so.
      if (!found.named && !found.relevant) return { hits: [], total: 0, more: async () => [], simpler };
      return { hits: found.hits, total: found.total, more: found.more, simpler };
    },
  };
}

const entryMaps = new WeakMap<SearchData, Map<string, SearchData['entries'][number]>>();
/** Entry pages by address: their one-line summary and the names they answer to. */
function entriesOf(data: SearchData): Map<string, SearchData['entries'][number]> {
  let map = entryMaps.get(data);
  if (!map) entryMaps.set(data, (map = new Map(data.entries.map((entry) => [entry.url, entry]))));
  return map;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}
