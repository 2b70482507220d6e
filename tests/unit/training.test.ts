/**
 * Training quizzes that test: the right answer's position is balanced across each module,
 * and no option gives itself away by form (src/lib/training/give-aways.ts says how that is
 * judged). Samples here; the real modules are checked by the content checker
 * (src/lib/checker/training-checks.ts, tests/unit/checker.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { orderQuiz, type QuizQuestion } from '../../src/lib/training/quiz-order.ts';
import { giveAways } from '../../src/lib/training/give-aways.ts';

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
});

describe('quiz give-aways', () => {
  it('flags an option carrying its own reason, and one much longer than the rest', () => {
    expect(giveAways(['不当选，没有达到全体代表的过半数', '当选', '当选'])).toHaveLength(2);
    expect(giveAways(['不当选', '当选'])).toEqual([]);
    expect(giveAways(['向本级人民代表大会提出', '向县级人大常委会提出', '向乡镇党委提出'])).toEqual([]);
  });
});
