/**
 * A heuristic for quiz options that give themselves away. Test-takers learn fast that the
 * option carrying its own reason (「不当选，没有达到全体代表的过半数」) or the one much longer than
 * the others is the right one. This flags, for one question:
 * - an option with a clause mark or a reason word (，；：（ 因为 由于 所以) when no other option
 *   of the question has one;
 * - an option more than 1.6 times as long as the longest other option (and over 8 characters).
 * It reads form only; whether the options are plausible is for a human reviewer.
 */
const CLAUSE = /[，,；;：:（(]|因为|由于|所以/;
const LENGTH_RATIO = 1.6;
const LENGTH_FLOOR = 8;

export function giveAways(options: string[]): string[] {
  const problems: string[] = [];
  const clauses = options.map((option) => CLAUSE.test(option));
  options.forEach((option, index) => {
    const others = options.filter((_, other) => other !== index);
    if (clauses[index] && !clauses.some((has, other) => has && other !== index)) {
      problems.push(`「${option}」带着理由（，；：（ 因为 由于 所以），别的选项都没有：一看就知道是它。把理由挪到 explanation 里`);
    }
    const longest = Math.max(...others.map((other) => [...other].length));
    const length = [...option].length;
    if (length > LENGTH_FLOOR && length > longest * LENGTH_RATIO) {
      problems.push(`「${option}」有${length}个字，其他选项最长${longest}个字：一看就知道是它。各选项写成一样的形式、差不多的长度`);
    }
  });
  return problems;
}
