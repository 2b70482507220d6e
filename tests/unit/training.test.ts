/**
 * Training quizzes that test: the right answer's position is balanced across each module,
 * and no option gives itself away by form (src/lib/training/give-aways.ts says how that is
 * judged). Runs over the real modules in content/training/ and over small samples.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readCollection } from '../../src/lib/content-files.ts';
import { orderQuiz, type QuizQuestion } from '../../src/lib/training/quiz-order.ts';
import { giveAways } from '../../src/lib/training/give-aways.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const modules = readCollection(root, 'training').map((file) => ({ id: file.id, quiz: ((file.data as { quiz?: QuizQuestion[] }).quiz ?? []).filter((q) => q.right && q.wrong) }));

/** No position may hold more than this share of a module's right answers. */
const MAX_SHARE = 0.4;

describe('quiz option order', () => {
  const sample = (n: number, options = 3): QuizQuestion[] => Array.from({ length: n }, (_, i) => ({ question: `第${i}题`, right: '对', wrong: Array.from({ length: options - 1 }, (_, k) => `错${k}`) }));

  it('puts the right option where the module has put fewest so far', () => {
    const positions = orderQuiz(sample(9)).map((q) => q.answer);
    for (const position of [0, 1, 2]) expect(positions.filter((p) => p === position)).toHaveLength(3);
  });

  it('is the same on every build and keeps every option', () => {
    const questions = sample(7, 4);
    expect(orderQuiz(questions)).toEqual(orderQuiz(questions));
    for (const { question, options, answer } of orderQuiz(questions)) {
      expect(options[answer]).toBe(question.right);
      expect([...options].sort()).toEqual([question.right, ...question.wrong].sort());
    }
  });

  it.each(modules.filter((module) => module.quiz.length > 0).map((module) => [module.id, module] as const))('%s: no answer position holds more than 40 percent of the questions', (_id, module) => {
    const positions = orderQuiz(module.quiz).map((q) => q.answer);
    const most = Math.max(...[0, 1, 2, 3, 4].map((position) => positions.filter((p) => p === position).length));
    expect(most / positions.length).toBeLessThanOrEqual(MAX_SHARE);
  });
});

describe('quiz give-aways', () => {
  it('flags an option carrying its own reason, and one much longer than the rest', () => {
    expect(giveAways(['不当选，没有达到全体代表的过半数', '当选', '当选'])).toHaveLength(2);
    expect(giveAways(['不当选', '当选'])).toEqual([]);
    expect(giveAways(['向本级人民代表大会提出', '向县级人大常委会提出', '向乡镇党委提出'])).toEqual([]);
  });

  it.each(modules.filter((module) => module.quiz.length > 0).map((module) => [module.id, module] as const))('%s: no option gives itself away', (_id, module) => {
    const problems = module.quiz.flatMap((q) => giveAways([q.right, ...q.wrong]).map((problem) => `${q.question} — ${problem}`));
    expect(problems).toEqual([]);
  });
});
