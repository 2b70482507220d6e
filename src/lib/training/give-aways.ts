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
      problems.push(`「${option}」 has a clause or reason (，；：（ 因为 由于 所以) that no other option has: move the reason into the explanation`);
    }
    const longest = Math.max(...others.map((other) => [...other].length));
    const length = [...option].length;
    if (length > LENGTH_FLOOR && length > longest * LENGTH_RATIO) {
      problems.push(`「${option}」 is ${length} characters, the next longest option ${longest}: make the options the same form and length`);
    }
  });
  return problems;
}
