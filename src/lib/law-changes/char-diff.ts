/**
 * The change in an article's text, in a form that reads well in Chinese.
 *
 * - Paragraphs (款) and items (项) are lined up first, so a diff never stitches together
 *   pieces of different paragraphs; a paragraph with no counterpart is shown whole as added
 *   or deleted.
 * - Within a pair, `diff` (jsdiff) compares characters, with an item's number (（十二）) as one
 *   unit, so a renumbered item reads （十二）→（十三）, not 十二 with a struck-through 二.
 * - A single unchanged character caught between two changes (a stray 的 or 和) is folded into
 *   the change, so the reader sees whole phrases replaced, not confetti; a change that is only
 *   full-width vs half-width punctuation is not shown.
 */
import { diffArrays } from 'diff';
import { similarity } from './align.ts';

export type DiffPart = { kind: 'same' | 'removed' | 'added'; text: string } | { kind: 'note'; text: string };

/** Paragraphs at least this alike are the same paragraph, changed. */
const PARAGRAPH_MATCH = 0.5;

/** An item number is one unit; every other character is its own. */
const tokens = (text: string) => text.match(/（[一二三四五六七八九十百]+）|[\s\S]/gu) ?? [];

/** One paragraph or item, old to new. */
export function charDiff(before: string, after: string): DiffPart[] {
  const raw = diffArrays(tokens(before), tokens(after)).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value.join(''),
    units: part.value.length,
  }));
  // Fold single unchanged units that sit between changes (never across a line break).
  const folded: Array<{ kind: string; text: string }> = [];
  raw.forEach((part, index) => {
    const isIsland = part.kind === 'same' && part.units <= 1 && !part.text.includes('\n') && index > 0 && index < raw.length - 1;
    if (isIsland) folded.push({ kind: 'removed', text: part.text }, { kind: 'added', text: part.text });
    else folded.push(part);
  });
  // Within each run of changes, all removed text first, then all added text.
  const result: DiffPart[] = [];
  let removed = '';
  let added = '';
  const pushSame = (text: string) => {
    const last = result.at(-1);
    if (last?.kind === 'same') last.text += text;
    else result.push({ kind: 'same', text });
  };
  const flush = () => {
    if (removed && removed.normalize('NFKC') === added.normalize('NFKC')) {
      pushSame(added);
    } else {
      if (removed) result.push({ kind: 'removed', text: removed });
      if (added) result.push({ kind: 'added', text: added });
    }
    removed = added = '';
  };
  for (const part of folded) {
    if (part.kind === 'removed') removed += part.text;
    else if (part.kind === 'added') added += part.text;
    else {
      flush();
      pushSame(part.text);
    }
  }
  flush();
  return result;
}

export type LineOp = { op: 'pair'; old: number; new: number } | { op: 'removed'; old: number } | { op: 'added'; new: number };

/** Lines up two lists of paragraphs in order, pairing those alike enough, the most text in common overall. */
export function alignLines(before: string[], after: string[]): LineOp[] {
  const score = before.map((a) => after.map((b) => {
    const value = similarity(a.replace(/[\s\p{P}]/gu, ''), b.replace(/[\s\p{P}]/gu, ''));
    return value >= PARAGRAPH_MATCH ? value : -Infinity;
  }));
  const best: number[][] = Array.from({ length: before.length + 1 }, () => new Array<number>(after.length + 1).fill(0));
  for (let i = 1; i <= before.length; i++) {
    for (let j = 1; j <= after.length; j++) {
      best[i]![j] = Math.max(best[i - 1]![j]!, best[i]![j - 1]!, best[i - 1]![j - 1]! + score[i - 1]![j - 1]!);
    }
  }
  const ops: LineOp[] = [];
  let i = before.length;
  let j = after.length;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && score[i - 1]![j - 1]! > -Infinity && best[i]![j] === best[i - 1]![j - 1]! + score[i - 1]![j - 1]!) {
      ops.push({ op: 'pair', old: i - 1, new: j - 1 });
      i--;
      j--;
    } else if (j > 0 && (i === 0 || best[i]![j] === best[i]![j - 1])) {
      ops.push({ op: 'added', new: j - 1 });
      j--;
    } else {
      ops.push({ op: 'removed', old: i - 1 });
      i--;
    }
  }
  return ops.reverse();
}

/** How many characters were deleted and inserted. */
export function diffSize(parts: DiffPart[]): { removed: number; added: number } {
  const count = (kind: string) => parts.filter((part) => part.kind === kind).reduce((sum, part) => sum + part.text.length, 0);
  return { removed: count('removed'), added: count('added') };
}
