/**
 * The fallback search index (/search-fallback.js): what the small JavaScript engine of
 * fallback-engine.ts searches where Pagefind cannot start (browsers without WebAssembly
 * reference types, or where the page's policy blocks WebAssembly).
 *
 * Made at build time from Pagefind's own fragments, so both engines see the same pages, the
 * same text and the same word boundaries: a page's words are Pagefind's (its Chinese
 * segmentation, U+200B in the fragment), joined by one separator character, and its headings
 * keep Pagefind's word positions. Ids are Pagefind's fragment ids, so search-data.js `pages`
 * describes a fallback result as it does a Pagefind one. A classic script, because a copy
 * opened from file:// can neither fetch nor import a module.
 *
 * Pure functions; the build step that writes the file is scripts/lib/search-index.ts.
 */
import type { BestBetEntry } from './best-bets.ts';
import type { PagefindFragment } from './result-pages.ts';

/** Bumped when the shape changes, so an engine never reads an index it does not understand. */
export const FALLBACK_INDEX_VERSION = 1;

/** A heading with an id and text, where Pagefind shows a section: [level 1–6, id, text, index of its first word]. */
export type FallbackHeading = [level: number, id: string, text: string, location: number];

/**
 * One page: [Pagefind id, address, title, summary, filters, keywords (joined by the
 * separator), words (joined by the separator), headings].
 */
export type FallbackPage = [id: string, url: string, title: string, summary: string, filters: Record<string, string[]>, keywords: string, words: string, headings: FallbackHeading[]];

export interface FallbackIndex {
  version: typeof FALLBACK_INDEX_VERSION;
  /** Joins words and keywords: a character that occurs in no page, so splitting gives Pagefind's words back exactly. */
  separator: string;
  pages: FallbackPage[];
}

/** Tried in order; single ASCII characters keep the file small. */
const SEPARATORS = ['|', '~', '^', '`', '\u0001'];

/** Pagefind separates the words of Chinese text with zero-width spaces. */
const PAGEFIND_WORD_BREAK = '\u200B';

/** A separator that none of the texts contains. */
export function pickSeparator(texts: Iterable<string>): string {
  const all = [...texts];
  const separator = SEPARATORS.find((candidate) => all.every((text) => !text.includes(candidate)));
  if (!separator) throw new Error(`fallback index: every separator candidate (${SEPARATORS.join(' ')}) occurs in the pages`);
  return separator;
}

/**
 * The names a page answers to besides its title (frontmatter `keywords`), by address, from
 * search-data.js's entries. Glossary terms (addresses with #) name one term of the long
 * glossary page, not the page, and are left out.
 */
export function keywordsByPage(entries: BestBetEntry[]): Map<string, string[]> {
  const keywords = new Map<string, string[]>();
  for (const entry of entries) {
    if (entry.url.includes('#')) continue;
    const names = entry.names.filter((name) => name !== entry.title);
    if (names.length) keywords.set(entry.url, [...(keywords.get(entry.url) ?? []), ...names]);
  }
  return keywords;
}

/** The headings Pagefind makes sections of (h1–h6 with an id and some text), in page order. */
function headingsOf(fragment: PagefindFragment): FallbackHeading[] {
  return (fragment.anchors ?? [])
    .filter((anchor) => /^h[1-6]$/i.test(anchor.element) && anchor.id && (anchor.text ?? '').trim())
    .sort((a, b) => a.location - b.location)
    .map((anchor) => [Number(anchor.element[1]), anchor.id, anchor.text!.trim(), anchor.location]);
}

/** Builds the index from Pagefind's fragments (result-pages.ts readFragments) and each page's keywords. */
export function buildFallbackIndex(fragments: Array<{ id: string; fragment: PagefindFragment }>, keywords: Map<string, string[]> = new Map()): FallbackIndex {
  const texts = fragments.flatMap(({ fragment }) => [fragment.content ?? '', ...(keywords.get(fragment.url) ?? [])]);
  const separator = pickSeparator(texts);
  const pages = fragments.map(({ id, fragment }): FallbackPage => [
    id,
    fragment.url,
    fragment.meta?.title ?? fragment.url,
    fragment.meta?.summary ?? '',
    fragment.filters ?? {},
    (keywords.get(fragment.url) ?? []).join(separator),
    (fragment.content ?? '').split(PAGEFIND_WORD_BREAK).join(separator),
    headingsOf(fragment),
  ]);
  return { version: FALLBACK_INDEX_VERSION, separator, pages };
}

/** /search-fallback.js: a classic script that puts the index on window.__handbookFallbackIndex. */
export function fallbackIndexScript(index: FallbackIndex): string {
  return `window.__handbookFallbackIndex=${JSON.stringify(index)};\n`;
}
