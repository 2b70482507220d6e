/**
 * A character-level diff of two article texts that reads well in Chinese.
 * `diff` (jsdiff) finds the character changes; then short runs of unchanged characters
 * caught between two changes (a stray 的 or 和 that happens to survive a rewrite) are
 * folded into the change, so the reader sees whole phrases replaced, not confetti.
 */
import { diffChars } from 'diff';

export type DiffPart = { kind: 'same' | 'removed' | 'added'; text: string };

/** A single unchanged character between two changes (的, 和) is shown as part of the change; two or more make a word worth keeping. */
const ISLAND = 1;

export function charDiff(before: string, after: string): DiffPart[] {
  const raw: DiffPart[] = diffChars(before, after).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
  // Fold short unchanged islands that sit between changes (never across a line break).
  const folded: DiffPart[] = [];
  raw.forEach((part, index) => {
    const isIsland = part.kind === 'same' && part.text.length <= ISLAND && !part.text.includes('\n') && index > 0 && index < raw.length - 1;
    if (isIsland) {
      folded.push({ kind: 'removed', text: part.text }, { kind: 'added', text: part.text });
    } else {
      folded.push(part);
    }
  });
  // Within each run of changes, all removed text first, then all added text.
  const result: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed && removed.normalize('NFKC') === added.normalize('NFKC')) {
      // A half-width colon become full-width is typesetting, not amendment: show it as unchanged.
      pushSame(added);
    } else {
      if (removed) result.push({ kind: 'removed', text: removed });
      if (added) result.push({ kind: 'added', text: added });
    }
    removed = added = '';
  };
  const pushSame = (text: string) => {
    const last = result.at(-1);
    if (last?.kind === 'same') last.text += text;
    else result.push({ kind: 'same', text });
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

/** How many characters were deleted and inserted. */
export function diffSize(parts: DiffPart[]): { removed: number; added: number } {
  return {
    removed: parts.filter((part) => part.kind === 'removed').reduce((sum, part) => sum + part.text.length, 0),
    added: parts.filter((part) => part.kind === 'added').reduce((sum, part) => sum + part.text.length, 0),
  };
}
