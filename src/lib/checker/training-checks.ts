/**
 * A training module's quiz, checked as the page will show it: the page orders each question's
 * options (src/lib/training/quiz-order.ts), so the right answers must be able to spread over the
 * positions, and no option may give itself away by its form (src/lib/training/give-aways.ts).
 */
import { orderQuiz, type QuizQuestion } from '../training/quiz-order.ts';
import { giveAways } from '../training/give-aways.ts';
import type { Problem } from './problem.ts';
import type { SourceFile } from './source-file.ts';

/** No position may hold more than this share of a module's right answers. */
export const MAX_ANSWER_SHARE = 0.4;

export function trainingProblems(file: SourceFile): Problem[] {
  const quiz = Array.isArray(file.data?.quiz) ? (file.data.quiz as QuizQuestion[]).filter((question) => typeof question?.right === 'string' && Array.isArray(question.wrong)) : [];
  if (!quiz.length) return [];
  const problems: Problem[] = [];
  const at = (path: Array<string | number>) => file.lineOf(path);
  const positions = orderQuiz(quiz).map((question) => question.answer);
  const counts = [0, 1, 2, 3, 4].map((position) => positions.filter((answer) => answer === position).length);
  const most = Math.max(...counts);
  if (most / positions.length > MAX_ANSWER_SHARE) {
    const line = at(['quiz']);
    problems.push({
      file: file.rel,
      ...(line ? { line } : {}),
      field: 'quiz',
      message: `${positions.length}道题里有${most}道的正确答案排在同一个位置，学员会猜出规律：至少写3道题，每题至少两个错误选项（页面会把正确答案排到不同位置）`,
    });
  }
  quiz.forEach((question, index) => {
    for (const giveAway of giveAways([question.right, ...question.wrong])) {
      const line = at(['quiz', index]);
      problems.push({ file: file.rel, ...(line ? { line } : {}), field: `quiz 第${index + 1}题`, message: giveAway });
    }
  });
  return problems;
}
