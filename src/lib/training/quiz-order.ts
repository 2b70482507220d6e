/**
 * The order in which a module's quiz options are shown and printed.
 *
 * Authors store the right answer and the wrong ones separately (`right`, `wrong`), so the
 * file says nothing about positions. Here each question's right answer is placed where the
 * module has so far put the fewest right answers — A, B, C, D balanced across the module —
 * with ties broken by a hash of the question's text. The order depends only on the content,
 * so the page, the printed handout and the trainer's answer key always agree.
 */
export interface QuizQuestion {
  question: string;
  right: string;
  wrong: string[];
}

export interface OrderedQuestion<Q extends QuizQuestion = QuizQuestion> {
  question: Q;
  /** right and wrong options, in display order. */
  options: string[];
  /** Index of the right option in `options`. */
  answer: number;
}

/** A small stable hash (FNV-1a) of a string. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (const char of text) {
    value ^= char.codePointAt(0)!;
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

export function orderQuiz<Q extends QuizQuestion>(questions: Q[]): Array<OrderedQuestion<Q>> {
  const used: number[] = [];
  const answers = new Map<number, number>();
  // Questions with fewer options have fewer places for the answer: place theirs first.
  const byConstraint = questions.map((question, index) => ({ question, index })).sort((a, b) => a.question.wrong.length - b.question.wrong.length || a.index - b.index);
  for (const { question, index } of byConstraint) {
    const count = question.wrong.length + 1;
    const fewest = Math.min(...Array.from({ length: count }, (_, position) => used[position] ?? 0));
    const candidates = Array.from({ length: count }, (_, position) => position).filter((position) => (used[position] ?? 0) === fewest);
    const answer = candidates[hash(question.question) % candidates.length]!;
    used[answer] = (used[answer] ?? 0) + 1;
    answers.set(index, answer);
  }
  return questions.map((question, index) => {
    const answer = answers.get(index)!;
    const options = [...question.wrong];
    options.splice(answer, 0, question.right);
    return { question, options, answer };
  });
}

/** Option letters as printed. */
export const OPTION_LETTERS = 'ABCDE';
