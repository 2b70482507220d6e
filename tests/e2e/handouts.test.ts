/**
 * The training paper prints to A4 PDF: for participants (讲义, 练习材料, 签到表, 反馈表) with no
 * answer in them — the PDF's own text is searched for every answer-key string — and for the
 * trainer (讲师版, 答案页) with them; forms and worksheets fit two pages, cards four to a page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { HANDOUT_VERSIONS, renderHandouts, type Handout } from '../../scripts/handouts.ts';
import { readPublished } from '../../src/lib/content-files.ts';
import { distDir, requireBuiltSite } from '../support/site.ts';
import { projectRoot as root } from '../support/fixture-project.ts';

const out = mkdtempSync(join(tmpdir(), 'handouts-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface Item { title: string; prompt: string; answer?: string }
interface Module {
  id: string;
  objectives: string[];
  questions: string[];
  quiz: Array<{ question: string; right: string; wrong: string[]; explanation: string }>;
  activities: Array<{ description: string; sheet?: { kind: string; intro?: string; items: Item[] } }>;
}
/** What participants may read: a stretch of an answer that also occurs here (a card printing the law's words) is no leak. */
const publicText = (module: Module) =>
  [
    ...module.objectives, ...module.questions,
    ...module.quiz.flatMap((q) => [q.question, q.right, ...q.wrong]),
    ...module.activities.flatMap((activity) => [activity.description, activity.sheet?.intro ?? '', ...(activity.sheet?.items ?? []).map((item) => item.prompt)]),
  ].join('').normalize('NFKC').replace(/\s/g, '');
const modules: Module[] = readPublished(root, 'training').map((file) => ({ id: file.id, ...(file.data as Omit<Module, 'id'>) }));

/** The PDF's text, page by page, without the spaces and line breaks the layout adds. */
async function pdfPages(path: string): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('').normalize('NFKC').replace(/\s/g, ''));
  }
  return pages;
}
/** A distinctive stretch of an answer: long enough not to occur by chance in a prompt. */
const probe = (text: string) => text.normalize('NFKC').replace(/\s/g, '').slice(0, 18);
/**
 * Whether the PDF text holds the stretch. The CJK font maps some characters to radical code
 * points (人 → ⼈, folded back by NFKC; 页 → ⻚, which NFKC leaves alone), so a character of the
 * stretch may stand as a CJK radical in the PDF.
 */
const holds = (text: string, stretch: string) =>
  new RegExp([...stretch].map((char) => `(?:${char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|[\u2E80-\u2EFF])`).join('')).test(text);

let made: Handout[] = [];
beforeAll(async () => {
  requireBuiltSite();
  made = await renderHandouts(distDir, out);
}, 240_000);

describe('training handouts', () => {
  it('prints every kind of paper for every module, and the plan', () => {
    expect(made.filter((handout) => handout.version !== 'plan')).toHaveLength(modules.length * Object.keys(HANDOUT_VERSIONS).length);
    expect(made.some((handout) => handout.version === 'plan')).toBe(true);
  });

  it.each(modules.map((module) => [module.id, module] as const))('%s: participants’ paper carries no answer, the trainer’s does', async (id, module) => {
    const readable = publicText(module);
    const answers = [
      ...module.quiz.map((question) => probe(question.explanation)),
      ...module.activities.flatMap((activity) => (activity.sheet?.kind === 'roles' ? [] : activity.sheet?.items ?? []).flatMap((item) => (item.answer ? [probe(item.answer)] : []))),
    ].filter((text) => text.length >= 8 && !readable.includes(text));
    for (const handout of made.filter((handout) => handout.id === id)) {
      const text = (await pdfPages(handout.path)).join('');
      if (handout.version === 'plan') continue;
      if (HANDOUT_VERSIONS[handout.version].forParticipants) {
        expect(answers.filter((answer) => holds(text, answer)), handout.path).toEqual([]);
      } else if (handout.version === 'answers') {
        // Every answer is on the answer page.
        expect(answers.filter((answer) => !holds(text, answer)), handout.path).toEqual([]);
      }
    }
  }, 120_000);

  it.each(modules.map((module) => [module.id, module] as const))('%s: forms fit two A4 pages; cards print four to a page', async (id, module) => {
    const pages = async (version: string) => (await pdfPages(made.find((handout) => handout.id === id && handout.version === version)!.path)).length;
    expect(await pages('sign-in')).toBeLessThanOrEqual(2);
    expect(await pages('feedback')).toBeLessThanOrEqual(2);
    // Worksheets up to two pages each; cards need a page per four.
    const budget = module.activities.reduce((sum, activity) => sum + (!activity.sheet ? 0 : activity.sheet.kind === 'worksheet' ? 2 : Math.ceil(activity.sheet.items.length / 4)), 0);
    expect(await pages('sheets')).toBeLessThanOrEqual(Math.max(1, budget));
  }, 120_000);
});
