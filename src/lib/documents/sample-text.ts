/**
 * The parts of a sample document, as the 公文 layout (GB/T 9704) sets them: a title block
 * (centred, 小标宋), the addressee (主送, flush left), body paragraphs (indented two
 * characters), and the signature block at the end (issuer and date, right-aligned). And the
 * placeholders (××, 20××年×月×日, ____) a clerk must fill in, marked so that the page and the
 * Word file can highlight them.
 *
 * Shared by the page (DocumentSamples, the 文书范本库) and the .docx builder, so both show the
 * same text; the tests compare the Word file's text with `sample` line by line.
 */

export type BlockKind = 'title' | 'addressee' | 'body' | 'signature' | 'blank';
export interface Block { kind: BlockKind; text: string }

/** Runs of ×/X, underscores and boxes stand for what the clerk writes in. */
const PLACEHOLDER = /(?:[×ＸX]{1,}|_{2,}|＿+|□)/g;

export interface Piece { text: string; placeholder: boolean }

/** 「××镇第×届」 → [××][镇第][×][届] with the placeholders marked. */
export function splitPlaceholders(line: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of line.matchAll(PLACEHOLDER)) {
    // A lone Latin X inside a word (e.g. an English acronym) is not a blank; × and runs are.
    if (match[0] === 'X' && /[A-Za-z]/.test(line[match.index! - 1] ?? '') ) continue;
    if (match.index! > last) pieces.push({ text: line.slice(last, match.index), placeholder: false });
    pieces.push({ text: match[0], placeholder: true });
    last = match.index! + match[0].length;
  }
  if (last < line.length) pieces.push({ text: line.slice(last), placeholder: false });
  return pieces;
}

/** A date line: 20××年×月×日, 2027年3月1日, ×年×月×日. */
const DATE_LINE = /^[\d×Ｘ]{2,4}年[\d×Ｘ]{1,2}月[\d×Ｘ]{1,2}日$/;
const looksLikeSentence = (line: string) => /[。；，！？]/.test(line);

/**
 * Splits a sample into blocks:
 * - title: the first lines before the first blank line, when there are at most three, they
 *   are short and none is a sentence or an addressee (「×××代表：」);
 * - addressee: a line ending with a colon right after the title (or first);
 * - signature: the last lines after the last blank line when they end with a date line and
 *   are short (issuer, date);
 * - everything else is body, one paragraph per line.
 */
export function sampleBlocks(sample: string): Block[] {
  const lines = sample.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trimEnd());
  while (lines.length && !lines[0]!.trim()) lines.shift();
  while (lines.length && !lines.at(-1)!.trim()) lines.pop();
  const blocks: Block[] = lines.map((text) => ({ kind: text.trim() ? 'body' : 'blank', text }));

  const firstBlank = blocks.findIndex((block) => block.kind === 'blank');
  const head = firstBlank > 0 ? blocks.slice(0, firstBlank) : [];
  if (head.length > 0 && head.length <= 3 && head.every(({ text }) => [...text].length <= 40 && !looksLikeSentence(text) && !/[：:]$/.test(text))) {
    for (const block of head) block.kind = 'title';
  }
  const start = blocks.findIndex((block) => block.kind === 'body');
  if (start >= 0 && /[：:]$/.test(blocks[start]!.text) && [...blocks[start]!.text].length <= 30) blocks[start]!.kind = 'addressee';

  const lastBlank = blocks.map((block) => block.kind).lastIndexOf('blank');
  const tail = lastBlank >= 0 ? blocks.slice(lastBlank + 1) : [];
  if (tail.length > 0 && tail.length <= 3 && DATE_LINE.test(tail.at(-1)!.text.trim()) && tail.every(({ text }) => [...text].length <= 30 && !looksLikeSentence(text))) {
    for (const block of tail) block.kind = 'signature';
  }
  return blocks;
}
