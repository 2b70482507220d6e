import type { SimplerReason } from './pagefind-or-fallback.ts';

/** What a search engine returns to the results page: online it is Pagefind, offline an embedded index. */
export interface SearchHit {
  url: string;
  title: string;
  /** HTML excerpt with <mark> around matches (already escaped by the engine). */
  excerpt: string;
  /** Collection label: 职权, 程序… */
  kind?: string | undefined;
  /** Matching sections of the page, at heading level. */
  sections: Array<{ url: string; title: string; excerpt: string }>;
  /** Loads the excerpt and sections when the engine listed the hit before loading its text; the list fills them in after it is shown. */
  details?: (() => Promise<SearchHit>) | undefined;
}

export interface SearchResults {
  /** The best matches, at most a page's worth. */
  hits: SearchHit[];
  /** How many pages matched in all. */
  total: number;
  /** The next page's worth of matches (empty when there are no more). */
  more(): Promise<SearchHit[]>;
  /** Set when the query looked like a typo and these are the results for the corrected words. */
  corrected?: { from: string; to: string } | undefined;
  /** Set when the simpler search answered (Pagefind cannot run in this browser, or did not start): the page says so. */
  simpler?: SimplerReason | undefined;
}

export interface SearchEngine {
  /** `exact`: search the words as typed, without typo correction. */
  search(query: string, kind?: string, options?: { exact?: boolean }): Promise<SearchResults>;
}
