/**
 * A training module as projector slides, one idea per slide, built from the module's own
 * fields (no second copy to keep in sync): title; objectives; each agenda block; each key rule
 * (the module's `basis`, with the law's words); each discussion question; each quiz question,
 * then its answer.
 */
import { citedText, formatCitation, resolveCitation, type Citation } from '../citations.ts';
import { orderQuiz, OPTION_LETTERS } from './quiz-order.ts';

export type Slide =
  | { kind: 'title'; heading: string; lines: string[] }
  | { kind: 'list'; heading: string; items: string[] }
  | { kind: 'text'; heading: string; text: string; note?: string }
  | { kind: 'question'; heading: string; text: string; options: string[] }
  | { kind: 'answer'; heading: string; text: string; answer: string; explanation: string; note?: string | undefined };

interface Module {
  title: string;
  audience: string[];
  durationMinutes: number;
  objectives: string[];
  agenda: Array<{ minutes: number; activity: string }>;
  questions: string[];
  quiz: Array<{ question: string; right: string; wrong: string[]; explanation: string; basis: Citation[] }>;
  basis: Citation[];
}

/** Law text longer than this is cut at a sentence break and marked, so a slide stays readable from the back of the room. */
const MAX_RULE_CHARACTERS = 110;

export function shortened(text: string, limit = MAX_RULE_CHARACTERS): string {
  if ([...text].length <= limit) return text;
  const head = [...text].slice(0, limit).join('');
  const stop = Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf('：'));
  return `${stop > limit / 3 ? head.slice(0, stop + 1) : head}……`;
}

export function moduleSlides(module: Module): Slide[] {
  const slides: Slide[] = [{ kind: 'title', heading: module.title, lines: [`对象：${module.audience.join('、')}`, `时长：${module.durationMinutes} 分钟`, '代表履职学习培训'] }];
  slides.push({ kind: 'list', heading: '学习目标', items: module.objectives });
  let clock = 0;
  module.agenda.forEach((block, index) => {
    const start = clock;
    clock += block.minutes;
    slides.push({ kind: 'text', heading: `日程 ${index + 1} / ${module.agenda.length}`, text: block.activity, note: `${start}–${clock} 分钟（${block.minutes} 分钟）` });
  });
  for (const citation of module.basis) {
    const resolved = resolveCitation(citation);
    if (!resolved.ok) continue;
    slides.push({ kind: 'text', heading: `要记住的规定：${formatCitation(citation)}`, text: `“${shortened(citedText(resolved.value).replace(/\n/g, ' '))}”` });
  }
  module.questions.forEach((question, index) => slides.push({ kind: 'text', heading: `讨论 ${index + 1}`, text: question }));
  orderQuiz(module.quiz).forEach(({ question, options, answer }, index) => {
    const lettered = options.map((option, position) => `${OPTION_LETTERS[position]}. ${option}`);
    slides.push({ kind: 'question', heading: `小测 ${index + 1}`, text: question.question, options: lettered });
    slides.push({
      kind: 'answer',
      heading: `小测 ${index + 1} · 答案`,
      text: question.question,
      answer: lettered[answer]!,
      explanation: shortened(question.explanation, 150),
      note: question.basis.length ? `依据：${question.basis.map(formatCitation).join('；')}` : undefined,
    });
  });
  return slides;
}
