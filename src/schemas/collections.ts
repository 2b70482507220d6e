/**
 * The zod schemas of every handbook collection, in one place.
 *
 * Each schema is built by a function that takes Astro's `reference()` so that unit tests
 * can pass a stand-in and check the schemas without running Astro.
 * Every field carries a doc comment; error messages say what to write instead.
 */
import { z } from 'astro/zod';
import { basisSchema, citationSchema } from './citation.ts';
import { reviewedSchema } from './review.ts';
import { anchorSchema, deadlineSchema, dueSchema } from './planner.ts';
import {
  cadenceSchema,
  publicSourceSchema,
  slugSchema,
  sourceNoteSchema,
  summarySchema,
  titleSchema,
} from './shared.ts';

/** The collections that can be referenced from frontmatter. */
export type ReferencedCollection = 'powers' | 'procedures' | 'checklists' | 'cases' | 'glossary' | 'training';
/** What a reference becomes after validation. */
export interface EntryRef { collection: string; id: string }
/** Astro's reference() or a stand-in with the same shape. */
export type ReferenceFn = (collection: ReferencedCollection) => z.ZodType<EntryRef>;

const refs = (reference: ReferenceFn, collection: ReferencedCollection) => z.array(reference(collection)).default([]);

/** Who exercises a power or acts in a step. */
export const ACTORS = ['人民代表大会', '主席团', '人大主席', '人大副主席', '代表', '选民', '乡镇人民政府', '代表资格审查委员会', '县级人大常委会', '人大办公室', '代表小组', '选举委员会', '选民小组', '政党和人民团体', '县级人民政府'] as const;
const actorSchema = z.enum(ACTORS, { error: `actor must be one of: ${ACTORS.join('、')}` });

/** When a power is exercised. */
export const EXERCISE_TIMES = ['会议期间', '闭会期间', '会议期间和闭会期间'] as const;
/** How the overview groups the 14 powers. */
export const POWER_GROUPS = ['保证实施', '重大事项决定', '选举', '监督', '保障权利'] as const;

export function powersSchema(reference: ReferenceFn) {
  return z
    .object({
      /** Short name of the power, e.g. 审查和批准预算. */
      title: titleSchema,
      /** The item number in 地方组织法 2022 Art. 12 ¶1, 1–14. Also the order in lists. */
      order: z.number().int().min(1).max(14, { error: 'order is the item number of 地方组织法第十二条, 1 to 14' }),
      summary: summarySchema,
      /** Words readers search for that the page does not use itself (e.g. 一年开几次会); they only feed search. */
      keywords: z.array(z.string().min(2)).default([]),
      /** Overview group. */
      group: z.enum(POWER_GROUPS, { error: `group must be one of: ${POWER_GROUPS.join('、')}` }),
      /** In session, between sessions, or both. */
      exercised: z.enum(EXERCISE_TIMES, { error: `exercised must be one of: ${EXERCISE_TIMES.join('、')}` }),
      /** Who acts: the congress, the presidium, the chair… */
      actors: z.array(actorSchema).min(1),
      /** Legal basis; the first citation must be 地方组织法 2022 Art. 12 with this power's item. */
      basis: basisSchema,
      /** What changed in the 2022 amendment, if the item changed; omit if it did not. */
      changed2022: z.string().optional(),
      /** Procedures through which the power is exercised. */
      procedures: refs(reference, 'procedures'),
      /** Glossary terms the page relies on. */
      terms: refs(reference, 'glossary'),
      /** When the page was last checked against the law, and against which versions: { date: 2026-11-29, against: [organic-2022] }. */
      reviewed: reviewedSchema,
    })
    .strict()
    .superRefine((power, context) => {
      const first = power.basis[0];
      if (!first || first.law !== 'organic-2022' || first.article !== 12 || first.item !== power.order) {
        context.addIssue({
          code: 'custom',
          path: ['basis', 0],
          message: `the first basis of a power must be its own item: { law: organic-2022, article: 12, item: ${power.order} }`,
        });
      }
    });
}

import { PHASES } from './phases.ts';
export { PHASES };

const stepSchema = z
  .object({
    /** What happens, as an instruction: 主席团决定会议日期并公布. */
    title: z.string().min(4),
    /** Who acts. */
    actor: actorSchema,
    /** What the step produces: a decision, a notice, a ballot… */
    produces: z.string().optional(),
    /** The vote needed, in the law's words: 全体代表的过半数通过. */
    threshold: z.string().optional(),
    /** The time limit, in the law's words: 选举完成后的两个月内. */
    deadline: z.string().optional(),
    /** Legal basis of this step. Where national law is silent, leave it empty and name the source in `source`. */
    basis: z.array(citationSchema).default([]),
    /** A non-statute source for the step: a provincial regulation (province + version) or common practice, said as such. */
    source: sourceNoteSchema.optional(),
  })
  .strict()
  .refine((step) => step.basis.length > 0 || step.source, {
    message: 'a step needs a basis (a citation) or, where national law is silent, a source naming the province and version of the regulation or saying it is common practice',
  });

const documentSchema = z
  .object({
    /** Name of the document: 会议通知, 选举办法草案, 选票. */
    title: z.string().min(2),
    /** What it contains and who signs it. */
    description: z.string().min(4),
    /**
     * Sample text a chair can adapt (plain text, line breaks kept). It becomes the page's sample
     * and a Word file in 公文 format: title lines first, a blank line, the body, a blank line, the
     * issuer and date last; write blanks to fill in as ×× (20××年×月×日).
     */
    sample: z
      .string({ error: 'every document needs a `sample:` (the text a clerk adapts); write it with ×× where the clerk fills in' })
      .refine((text) => text.trim().length >= 10, { error: 'the sample is empty or too short to be a document; write the whole text, with ×× where the clerk fills in' })
      .refine((text) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text), { error: 'the sample contains a control character that a Word file cannot hold; retype the line' }),
  })
  .strict();

export function proceduresSchema(reference: ReferenceFn) {
  return z
    .object({
      title: titleSchema,
      summary: summarySchema,
      /** Words readers search for that the page does not use itself (e.g. 一年开几次会); they only feed search. */
      keywords: z.array(z.string().min(2)).default([]),
      /** Where in the congress year the procedure runs. */
      phase: z.enum(PHASES, { error: `phase must be one of: ${PHASES.join('、')}` }),
      /** Everyone who acts in it. */
      actors: z.array(actorSchema).min(1),
      /** Numbered steps, in order. */
      steps: z.array(stepSchema).min(3, { error: 'a procedure needs at least 3 steps' }),
      /** Legal basis of the procedure as a whole. */
      basis: basisSchema,
      /** The powers it exercises. */
      powers: refs(reference, 'powers'),
      /** Procedures that come before, after or instead. */
      related: refs(reference, 'procedures'),
      /** Checklists that support it. */
      checklists: refs(reference, 'checklists'),
      terms: refs(reference, 'glossary'),
      /** Documents the procedure needs, with sample text. */
      documents: z.array(documentSchema).default([]),
      /** The law's time limits, counted from a date the chair enters in the session planner. */
      deadlines: z.array(deadlineSchema).default([]),
      /** Position in the sidebar and lists (lower first). */
      order: z.number().int().default(100),
      /** When the page was last checked against the law, and against which versions: { date: 2026-11-29, against: [organic-2022] }. */
      reviewed: reviewedSchema,
    })
    .strict()
    .superRefine((procedure, context) => {
      const seen = new Set<string>();
      procedure.deadlines.forEach((deadline, index) => {
        if (seen.has(deadline.id)) context.addIssue({ code: 'custom', path: ['deadlines', index, 'id'], message: `deadline id "${deadline.id}" is used twice; give each deadline its own id` });
        seen.add(deadline.id);
      });
    });
}

const checklistItemSchema = z
  .object({
    /** Stable id, unique in the checklist; ticks are stored under it, so never reuse or rename. */
    id: slugSchema,
    /** The task, as an instruction. */
    text: z.string().min(4),
    /** Who does it. */
    owner: actorSchema,
    /** When, if different from the checklist's cadence. */
    cadence: cadenceSchema.optional(),
    /** When it is due in a dated plan, counted from a date the chair enters: { before: session, days: 30 }. */
    due: dueSchema.optional(),
    /** Only in a plan that has this date too: `election` for a task of a new term's first session. */
    onlyWith: anchorSchema.optional(),
    /** Legal basis of the task, where there is one. */
    basis: z.array(citationSchema).default([]),
    /** Non-statute source (provincial regulation with version, the 平凉 report, practice). */
    source: sourceNoteSchema.optional(),
  })
  .strict();

export const AUDIENCES = ['人大主席', '主席团', '代表', '人大办公室', '培训讲师', '代表小组'] as const;
const audienceSchema = z.enum(AUDIENCES, { error: `audience must be one of: ${AUDIENCES.join('、')}` });

export function checklistsSchema(reference: ReferenceFn) {
  return z
    .object({
      title: titleSchema,
      summary: summarySchema,
      /** Words readers search for that the page does not use itself (e.g. 一年开几次会); they only feed search. */
      keywords: z.array(z.string().min(2)).default([]),
      /** Who uses the checklist. */
      audience: z.array(audienceSchema).min(1),
      /** How often it is run. */
      cadence: cadenceSchema,
      /** The tasks, in the order they are done. */
      items: z.array(checklistItemSchema).min(3, { error: 'a checklist needs at least 3 items' }),
      /**
       * The dates a plan of this checklist asks for, in the form's order (the first is the main
       * one). Default: the dates its items' `due` count from. The law's deadlines of the
       * procedures it lists are shown when they count from one of these.
       */
      planDates: z.array(anchorSchema).optional(),
      basis: z.array(citationSchema).default([]),
      procedures: refs(reference, 'procedures'),
      powers: refs(reference, 'powers'),
      cases: refs(reference, 'cases'),
      order: z.number().int().default(100),
      /** When the page was last checked against the law, and against which versions: { date: 2026-11-29, against: [organic-2022] }. */
      reviewed: reviewedSchema,
    })
    .strict()
    .superRefine((checklist, context) => {
      const seen = new Map<string, number>();
      checklist.items.forEach((item, index) => {
        if (seen.has(item.id)) {
          context.addIssue({
            code: 'custom',
            path: ['items', index, 'id'],
            message: `item id "${item.id}" is already used by items[${seen.get(item.id)}]; every item needs its own id`,
          });
        }
        seen.set(item.id, index);
      });
    });
}

export function casesSchema(reference: ReferenceFn) {
  return z
    .object({
      title: titleSchema,
      summary: summarySchema,
      /** Words readers search for that the page does not use itself (e.g. 一年开几次会); they only feed search. */
      keywords: z.array(z.string().min(2)).default([]),
      /** Where: province, and city / county where the case is local. */
      place: z.object({ province: z.string(), city: z.string().optional(), county: z.string().optional() }).strict(),
      /** When the practice was observed, e.g. 2016. */
      period: z.string().min(4),
      /** Public sources, with publisher and date; every fact on the page comes from one of them. */
      sources: z.array(publicSourceSchema).min(1, { error: 'a case needs at least one public source (title, publisher, date)' }),
      /** The practices, each in a sentence or two. */
      practices: z.array(z.object({ title: z.string(), description: z.string() }).strict()).min(1),
      /** What another township can take from it. */
      lessons: z.array(z.string()).default([]),
      powers: refs(reference, 'powers'),
      procedures: refs(reference, 'procedures'),
      checklists: refs(reference, 'checklists'),
      order: z.number().int().default(100),
      /** When the page was last checked against the law, and against which versions: { date: 2026-11-29, against: [organic-2022] }. */
      reviewed: reviewedSchema,
    })
    .strict();
}

export function glossarySchema(reference: ReferenceFn) {
  return z
    .object({
      /** The term as written in law: 主席团. */
      term: z.string().trim().min(1, { error: 'term is required, e.g. term: 主席团' }),
      /** Other spellings that should link here: 人大主席团. */
      aliases: z.array(z.string()).default([]),
      /** A plain definition, one or two sentences. */
      definition: z.string().min(8),
      /** Where the law defines or uses it. */
      basis: z.array(citationSchema).default([]),
      seeAlso: refs(reference, 'glossary'),
      /** When the page was last checked against the law, and against which versions: { date: 2026-11-29, against: [organic-2022] }. */
      reviewed: reviewedSchema,
    })
    .strict();
}

/**
 * A quiz question. The right option and the wrong ones are stored apart, so the file says
 * nothing about positions; the page orders them, balanced across the module
 * (src/lib/training/quiz-order.ts), and the printed answer key follows the same order.
 */
const quizQuestionSchema = z
  .object({
    question: z.string().min(4),
    /** The right option, in the same form and about the same length as the wrong ones; its reason belongs in `explanation`. */
    right: z.string().trim().min(1, { error: 'right is the text of the right option, e.g. right: 十人' }),
    /** One to four wrong options: mistakes a real reader makes, in the same form as the right one. */
    wrong: z.array(z.string().trim().min(1)).min(1, { error: 'give one to four wrong options, e.g. wrong: [五人, 二十人]' }).max(4),
    /** Why the right option is right (and the tempting wrong ones wrong), with the article. Shown after answering. */
    explanation: z.string().min(4),
    basis: z.array(citationSchema).default([]),
    /** Replaced by right/wrong. */
    options: z.never({ error: 'quiz questions no longer take options/answer: write right: <the right option> and wrong: [<the wrong ones>]; the page orders them' }).optional(),
    /** Replaced by right/wrong. */
    answer: z.never({ error: 'quiz questions no longer take answer: write right: <the right option> and wrong: [<the wrong ones>]' }).optional(),
  })
  .strict()
  .refine((question) => !question.wrong.includes(question.right) && new Set(question.wrong).size === question.wrong.length, {
    message: 'the options must all differ: right must not appear in wrong, and no wrong option twice',
    path: ['wrong'],
  });

/** One problem on a worksheet, one scenario card or one role card. */
const exerciseItemSchema = z
  .object({
    /** A short label: 1-1, 卡片一, 主持人. */
    title: z.string().min(1),
    /** What participants read: the situation and the question. Never the answer. */
    prompt: z.string().min(4),
    /** Figures printed with the prompt: a tally, a budget table. */
    table: z.object({ head: z.array(z.string()).min(1), rows: z.array(z.array(z.string())).min(1) }).strict().optional(),
    /** The solution, printed only for the trainer. Required on worksheets and cards; on role cards, what the trainer watches for. */
    answer: z.string().min(2).optional(),
    /** The articles the solution rests on. */
    basis: z.array(citationSchema).default([]),
  })
  .strict();

/** Printable exercise material for an activity: the participants' copy has no answers. */
const exerciseSheetSchema = z
  .object({
    /** worksheet: problems with room to write; cards: scenario cards, four to an A4 page with cut lines; roles: role cards for a mock session. */
    kind: z.enum(['worksheet', 'cards', 'roles']),
    /** The situation shared by every item, printed at the top. No answers. */
    intro: z.string().optional(),
    items: z.array(exerciseItemSchema).min(1),
  })
  .strict()
  .superRefine((sheet, context) => {
    if (sheet.kind === 'roles') return;
    sheet.items.forEach((item, index) => {
      if (!item.answer) context.addIssue({ code: 'custom', path: ['items', index, 'answer'], message: `a ${sheet.kind} item needs an answer (the trainer's solution); only role cards may leave it out` });
    });
  });

const activitySchema = z
  .object({
    title: z.string(),
    minutes: z.number().int().positive().optional(),
    /** How to run it: grouping, timing, order. Participants see this too, so no answers here (they go in sheet.items[].answer). */
    description: z.string(),
    /** The exercise material to print for participants. */
    sheet: exerciseSheetSchema.optional(),
  })
  .strict();

export function trainingSchema(reference: ReferenceFn) {
  return z
    .object({
      title: titleSchema,
      summary: summarySchema,
      /** Words readers search for that the page does not use itself (e.g. 一年开几次会); they only feed search. */
      keywords: z.array(z.string().min(2)).default([]),
      audience: z.array(audienceSchema).min(1),
      /** Length of the session in minutes; must equal the agenda's total. */
      durationMinutes: z.number().int().min(15).max(480),
      /** What participants can do afterwards. */
      objectives: z.array(z.string().min(4)).min(1),
      /** The session, block by block. */
      agenda: z.array(z.object({ minutes: z.number().int().positive(), activity: z.string() }).strict()).min(1),
      /** Activities in detail: case discussions, mock sessions, role play, with their printable material. */
      activities: z.array(activitySchema).default([]),
      /** Discussion questions. */
      questions: z.array(z.string()).default([]),
      /** Self-check quiz with answers and explanations. */
      quiz: z.array(quizQuestionSchema).default([]),
      /** Handbook pages used as materials. */
      materials: z
        .object({
          powers: refs(reference, 'powers'),
          procedures: refs(reference, 'procedures'),
          checklists: refs(reference, 'checklists'),
          cases: refs(reference, 'cases'),
        })
        .strict()
        .prefault({}),
      basis: z.array(citationSchema).default([]),
      order: z.number().int().default(100),
      /** When the page was last checked against the law, and against which versions: { date: 2026-11-29, against: [organic-2022] }. */
      reviewed: reviewedSchema,
    })
    .strict()
    .superRefine((module, context) => {
      const total = module.agenda.reduce((sum, block) => sum + block.minutes, 0);
      if (total !== module.durationMinutes) {
        context.addIssue({
          code: 'custom',
          path: ['durationMinutes'],
          message: `durationMinutes is ${module.durationMinutes} but the agenda adds up to ${total}; make them equal`,
        });
      }
    });
}
