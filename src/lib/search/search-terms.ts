/**
 * Extra words for the search index of a page, made at build time.
 *
 * Pagefind segments Chinese pages with jieba when it indexes, but segments queries with
 * the browser's Intl.Segmenter, and only whole words or word prefixes match. Where the two
 * disagree (不适当 indexed as one word, queried as 不 + 适当), a page can miss its own
 * title. So each page also carries its title, summary and keywords split the way the
 * browser splits a query, in a hidden block the index weights highly.
 */
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** "撤销乡镇人民政府不适当的决定" → "撤销 乡镇 人民 政府 不 适当 的 决定" (as Intl.Segmenter splits it). */
export function querySegments(text: string): string {
  return [...segmenter.segment(text)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment)
    .join(' ');
}

export function searchTerms(parts: Array<string | undefined>): string {
  const unique = new Set<string>();
  for (const part of parts) if (part) unique.add(querySegments(part));
  return [...unique].join('\n');
}
