/**
 * Where a quotation stops matching the law: the first character that differs, with a few
 * characters of context on each side, so an author sees 「……一般每年举行【三】次」 against
 * 「……一般每年举行【两】次」 instead of re-reading both texts.
 */
const CONTEXT = 6;

/** The longest start of `quote` that occurs in `text`, and where in `text` it continues. */
function longestMatchingStart(quote: string, text: string): { length: number; at: number } {
  let low = 0;
  let high = quote.length;
  // Occurrence is monotone in the prefix length, so a binary search finds the longest.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (text.includes(quote.slice(0, middle))) low = middle;
    else high = middle - 1;
  }
  if (low === 0) return { length: 0, at: -1 };
  return { length: low, at: text.indexOf(quote.slice(0, low)) + low };
}

/**
 * How `quote` differs from the best of `texts`, in one clause; undefined when it is in one of them.
 * Characters are counted from 1, as an author counts them in the quote.
 */
export function quoteDifference(quote: string, texts: string[]): string | undefined {
  const flat = texts.map((text) => text.replace(/\n/g, ''));
  if (flat.some((text) => text.includes(quote))) return undefined;
  const best = flat
    .map((text) => ({ text, ...longestMatchingStart(quote, text) }))
    .sort((a, b) => b.length - a.length)[0];
  if (!best || best.length === 0) {
    return `法律原文里找不到这段话（连开头「${quote.slice(0, 4)}」也没有）；从条文里原样复制`;
  }
  const k = best.length;
  const yours = `${k > CONTEXT ? '…' : ''}${quote.slice(Math.max(0, k - CONTEXT), k)}【${quote[k]}】${quote.slice(k + 1, k + 1 + CONTEXT)}`;
  const lawHas = best.text[best.at];
  const theirs = lawHas === undefined
    ? `原文在「${best.text.slice(Math.max(0, best.at - CONTEXT))}」处就结束了`
    : `原文是「${best.at > CONTEXT ? '…' : ''}${best.text.slice(Math.max(0, best.at - CONTEXT), best.at)}【${lawHas}】${best.text.slice(best.at + 1, best.at + 1 + CONTEXT)}」`;
  return `与法律原文从第${k + 1}个字起不同：你写的是「${yours}」，${theirs}`;
}
