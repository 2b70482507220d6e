import type { BestBetData } from './best-bets.ts';
import type { SynonymRow } from './query-help.ts';
import type { ResultPage } from './result-pages.ts';
import type { PackedLexicon } from './query-words.ts';

/** The contents of /search-data.js (src/pages/search-data.js.ts). */
export interface SearchData extends BestBetData {
  synonyms: SynonymRow[];
  /** Page names, glossary terms and synonym phrases: what a typo may be corrected to. */
  vocabulary: string[];
  /** The handbook's words by frequency, to split a typed question into words (query-words.ts). */
  lexicon: PackedLexicon;
  /** Toneless pinyin of the characters the handbook uses, so a typo's sound-alike wins. */
  pinyin: Record<string, string>;
  /** For an article look-up: `/law/<id>/#art-N` → indexes into `entries` of the pages citing that article. */
  citedBy: Record<string, number[]>;
  /** Pagefind result id → [address, title, category], added after indexing (scripts/lib/search-index.ts); absent on a dev server. */
  pages?: Record<string, ResultPage>;
}
