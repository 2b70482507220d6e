/**
 * The parts of a sample document, as the 公文 layout (GB/T 9704) sets them, and the blanks a
 * clerk fills in (××, 20××年×月×日, ____), marked so that the page and the Word file can
 * highlight them. Shared by the page (DocumentCard) and the .docx builder; the tests compare
 * the Word file's text with `sample` line by line.
 *
 * The parts are read from the text itself, so authors write samples as they would type them:
 * - title: the first one to three short lines that are not sentences, fields or list items
 *   (发文机关 + 事由 + 文种), whether or not a blank line follows;
 * - subtitle: right after the title, a line in brackets (（20××年×月×日…通过）, （第×号）) or
 *   a ——dash line, and the speaker's line under a dash line;
 * - addressee: a short line ending with a colon right after the title (×××代表：, 各位代表：);
 * - table: two or more lines in a row whose columns are set apart by runs of spaces (ballots);
 * - signature: the last lines, a date (20××年×月×日) and up to two short lines above it
 *   (issuer, 签名：×××);
 * - note: 抄送、印发、附件 lines after the signature;
 * - body: everything else, one paragraph per line.
 */

export type BlockKind = 'title' | 'subtitle' | 'addressee' | 'body' | 'table' | 'signature' | 'note' | 'blank';
export interface Block { kind: BlockKind; text: string }

/** Runs of ×/X, underscores, boxes and ellipses (……) stand for what the clerk writes in. */
const PLACEHOLDER = /(?:[×ＸX]{1,}|_{2,}|＿+|□|…{2,}|\.{6,})/g;

export interface Piece { text: string; placeholder: boolean }

/** 「××镇第×届」 → [××][镇第][×][届] with the placeholders marked. */
export function splitPlaceholders(line: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of line.matchAll(PLACEHOLDER)) {
    // A lone Latin X inside a word (e.g. an English acronym) is not a blank; × and runs are.
    if (match[0] === 'X' && /[A-Za-z]/.test(line[match.index! - 1] ?? '')) continue;
    if (match.index! > last) pieces.push({ text: line.slice(last, match.index), placeholder: false });
    pieces.push({ text: match[0], placeholder: true });
    last = match.index! + match[0].length;
  }
  if (last < line.length) pieces.push({ text: line.slice(last), placeholder: false });
  return pieces;
}

/** Columns of a table line: set apart by two or more spaces, or two or more full-width spaces. */
const COLUMN_GAP = /(?: {2,}|\u3000{2,}|\t+)/;
export const tableCells = (line: string) => line.trim().split(COLUMN_GAP).filter(Boolean);

const length = (text: string) => [...text.trim()].length;
/** A date line: 20××年×月×日, 2027年3月1日, 日期：20××年×月×日, 20××年×月×日×时. */
const DATE_LINE = /^(?:[^：:]{0,6}[：:]\s*)?[\d×Ｘ]{2,4}\s*年\s*[\d×Ｘ]{1,2}\s*月\s*[\d×Ｘ]{1,2}\s*日(?:\s*[\d×Ｘ]{1,2}\s*时(?:\s*[\d×Ｘ]{1,2}\s*分)?)?$/;
const SENTENCE = /[。；！？]/;
const LIST_ITEM = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]|[（(]\d+[)）])/;
const BRACKETED = /^[（(].*[）)]$/;
const isTableLine = (line: string) => tableCells(line).length >= 2 && COLUMN_GAP.test(line.trim());
const isHeadingLike = (line: string) =>
  !!line.trim() && length(line) <= 40 && !SENTENCE.test(line) && !/[，,]/.test(line) && !/[：:]/.test(line) && !LIST_ITEM.test(line.trim()) && !BRACKETED.test(line.trim()) && !line.trim().startsWith('——') && !isTableLine(line);
const isNote = (line: string) => /^(?:抄送|印发|附件|注)[：:\s]/.test(line.trim()) || /印发$/.test(line.trim());

export function sampleBlocks(sample: string): Block[] {
  const lines = sample.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trimEnd());
  while (lines.length && !lines[0]!.trim()) lines.shift();
  while (lines.length && !lines.at(-1)!.trim()) lines.pop();
  const blocks: Block[] = lines.map((text) => ({ kind: text.trim() ? 'body' : 'blank', text }));
  const content = (from: number) => blocks.slice(from).some((block) => block.kind !== 'blank');

  // Title, then its subtitle lines.
  let at = 0;
  while (at < blocks.length && at < 3 && isHeadingLike(blocks[at]!.text)) at++;
  if (at > 0 && content(at)) for (let index = 0; index < at; index++) blocks[index]!.kind = 'title';
  else at = 0;
  if (at > 0) {
    let dash = false;
    for (let count = 0; count < 3 && at < blocks.length; count++, at++) {
      const text = blocks[at]!.text.trim();
      const speaker = dash && length(text) <= 30 && !SENTENCE.test(text) && !/[：:]$/.test(text) && !isTableLine(text);
      if (!(BRACKETED.test(text) || text.startsWith('——') || speaker)) break;
      blocks[at]!.kind = 'subtitle';
      dash = text.startsWith('——');
    }
  }
  // The addressee: the first line of the body when it is a short line ending with a colon.
  while (at < blocks.length && blocks[at]!.kind === 'blank') at++;
  const first = blocks[at];
  if (first && /[：:]$/.test(first.text.trim()) && length(first.text) <= 30 && !/[，,。]/.test(first.text) && !/^(?:说明|填写说明|附件|注|备注)/.test(first.text.trim())) first.kind = 'addressee';

  // Notes at the very end, then the signature above them.
  let end = blocks.length - 1;
  while (end > at && blocks[end]!.kind !== 'blank' && isNote(blocks[end]!.text)) blocks[end--]!.kind = 'note';
  while (end > at && blocks[end]!.kind === 'blank') end--;
  if (end > at && DATE_LINE.test(blocks[end]!.text.trim())) {
    blocks[end]!.kind = 'signature';
    for (let above = end - 1, count = 0; above > at && count < 2; above--, count++) {
      const text = blocks[above]!.text.trim();
      if (!text || length(text) > 30 || SENTENCE.test(text) || LIST_ITEM.test(text) || isTableLine(text) || /[：:]$/.test(text)) break;
      blocks[above]!.kind = 'signature';
    }
  }

  // Tables: two or more column lines in a row, in the body.
  for (let index = 0; index < blocks.length; index++) {
    let run = index;
    while (run < blocks.length && blocks[run]!.kind === 'body' && isTableLine(blocks[run]!.text)) run++;
    if (run - index >= 2) for (let row = index; row < run; row++) blocks[row]!.kind = 'table';
    index = Math.max(index, run);
  }
  return blocks;
}
