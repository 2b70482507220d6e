/**
 * One problem an author has to fix, printed as one line:
 *   content/procedures/x.mdx:23 · 第4步 actor · 「乡镇政府」 · 不在允许的值里……；是不是「乡镇人民政府」？
 * Positions are the editor's: lines from 1, steps and items from 1.
 */
export interface Problem {
  /** The file, relative to the project root: content/procedures/x.mdx. */
  file: string;
  /** The line in the file, from 1, as an editor counts it. */
  line?: number;
  /** Where in the entry: a frontmatter field (第4步 actor) or a body element (<Citation>). */
  field?: string;
  /** The value found, repeated so the author can search for it. */
  found?: string;
  /** What is wrong and what is allowed, or the nearest valid value. */
  message: string;
}

export function formatProblem(problem: Problem): string {
  const parts = [problem.line ? `${problem.file}:${problem.line}` : problem.file];
  if (problem.field) parts.push(problem.field);
  if (problem.found !== undefined) parts.push(`「${shorten(problem.found, 60)}」`);
  parts.push(problem.message);
  return parts.join(' · ');
}

/** Problems in file order, then line order, so an author can work down the list. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Edit distance (insertions, deletions, substitutions, adjacent swaps), by characters. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const rows: number[][] = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[x.length]![y.length]!;
}

/**
 * The allowed value an author most likely meant: 乡镇政府 → 乡镇人民政府, budget-reveiw → budget-review.
 * A value that contains an option, or is contained in one, counts as close; otherwise the
 * edit distance must be at most a third of the longer string (and at least 1 allowed).
 * Undefined when nothing is close enough to be a useful guess.
 */
export function nearest(value: string, options: readonly string[]): string | undefined {
  let best: { option: string; score: number } | undefined;
  const plain = value.trim();
  if (!plain) return undefined;
  for (const option of options) {
    if (option === plain) return option;
    const distance = editDistance(plain, option);
    const length = Math.max([...plain].length, [...option].length);
    const contained = option.includes(plain) || plain.includes(option);
    const limit = Math.max(1, Math.floor(length / 3));
    if (!contained && distance > limit) continue;
    // Containment is a strong hint, but a closer spelling wins.
    const score = distance - (contained ? 0.5 : 0);
    if (!best || score < best.score) best = { option, score };
  }
  return best?.option;
}
