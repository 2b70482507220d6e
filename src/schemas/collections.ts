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
  draftSchema,
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
const actorSchema = z.enum(ACTORS, { error: `actor 只能是：${ACTORS.join('、')}` });

/** When a power is exercised. */
export const EXERCISE_TIMES = ['会议期间', '闭会期间', '会议期间和闭会期间'] as const;
/** How the overview groups the 14 powers. */
export const POWER_GROUPS = ['保证实施', '重大事项决定', '选举', '监督', '保障权利'] as const;

/*
 * The examples in the `.meta()` notes are what `npm run new` fills a template with, so the
 * examples of one schema agree with each other (a power's order is the item of its first basis)
 * and every one of them passes its field. Most are taken from the real entries named here.
 */

export function powersSchema(reference: ReferenceFn) {
  return z
    .object({
      /** Short name of the power, e.g. 审查和批准预算. */
      title: titleSchema.meta({ description: '职权的简短名称，按法律的说法写，2到40个字', examples: ['审查和批准预算、决算'] }),
      /** The item number in 地方组织法 2022 Art. 12 ¶1, 1–14. Also the order in lists. */
      order: z
        .number()
        .int()
        .min(1, { error: 'order 是地方组织法第十二条里的项号，写1到14' })
        .max(14, { error: 'order 是地方组织法第十二条里的项号，写1到14' })
        .meta({ description: '这项职权是地方组织法第十二条的第几项，写1到14的数字；也是列表里的顺序，要和依据第一条的项号相同', examples: [4] }),
      summary: summarySchema.meta({
        description: '一两句平实的话，说明这项职权管什么，显示在标题下和搜索结果里；至少10个字',
        examples: ['乡镇是一级预算。乡镇的钱怎么收、怎么花，由乡镇人民政府编制预算，乡镇人民代表大会审查批准并监督执行；预算调整方案和决算也只能由大会批准。'],
      }),
      /** Words readers search for that the page does not use itself (e.g. 一年开几次会); they only feed search. */
      keywords: z.array(z.string().min(2)).default([]).meta({ description: '读者搜索时会用、正文里却没有的说法，每个至少2个字；只用于搜索', examples: [['预算草案', '预算调整', '钱怎么花']] }),
      /** Overview group. */
      group: z.enum(POWER_GROUPS, { error: `group 只能是：${POWER_GROUPS.join('、')}` }).meta({ description: '在职权总览里归入哪一组', examples: ['监督'] }),
      /** In session, between sessions, or both. */
      exercised: z.enum(EXERCISE_TIMES, { error: `exercised 只能是：${EXERCISE_TIMES.join('、')}` }).meta({ description: '在会议期间行使、闭会期间行使，还是两者都有', examples: ['会议期间和闭会期间'] }),
      /** Who acts: the congress, the presidium, the chair… */
      actors: z.array(actorSchema).min(1).meta({ description: '谁来行使这项职权，至少写一个', examples: [['人民代表大会', '主席团', '代表']] }),
      /** Legal basis; the first citation must be 地方组织法 2022 Art. 12 with this power's item. */
      basis: basisSchema.meta({
        description: '法律依据，至少一条；第一条必须是地方组织法第十二条里这项职权自己那一项',
        examples: [[{ law: 'organic-2022', article: 12, item: 4 }, { law: 'budget-2018', article: 21, paragraph: 3 }]],
      }),
      /** What changed in the 2022 amendment, if the item changed; omit if it did not. */
      changed2022: z.string().optional().meta({
        description: '2022年修改地方组织法时这一项改了什么（和2015年文本比）；没有改的可以不写',
        examples: ['2015年文本（第九条第（四）项）只写“审查和批准本行政区域内的财政预算和预算执行情况的报告”。2022年修改后把“财政预算”改为“预算”，并写明：监督本级预算的执行，审查和批准本级预算的调整方案，审查和批准本级决算。'],
      }),
      /** Procedures through which the power is exercised. */
      procedures: refs(reference, 'procedures').meta({ description: '行使这项职权要走的工作程序，写程序的文件名（不带 .mdx）', examples: [['budget-review', 'final-accounts']] }),
      /** Glossary terms the page relies on. */
      terms: refs(reference, 'glossary').meta({ description: '这一页用到的术语，写术语的文件名（不带 .mdx）', examples: [['budget', 'final-accounts']] }),
      /** When the page was last checked against the law, and against which versions: { date: 2026-11-29, against: [organic-2022] }. */
      reviewed: reviewedSchema,
      /** true keeps the entry out of the published site (shown in `npm run dev` with a 「草稿」 banner); remove the line to publish. */
      draft: draftSchema,
    })
    .strict()
    .superRefine((power, context) => {
      const first = power.basis[0];
      if (!first || first.law !== 'organic-2022' || first.article !== 12 || first.item !== power.order) {
        context.addIssue({
          code: 'custom',
          path: ['basis', 0],
          message: `职权的第一条 basis 必须是它自己那一项：{ law: organic-2022, article: 12, item: ${power.order} }`,
        });
      }
    });
}

import { PHASES } from './phases.ts';
export { PHASES };

/**
 * A procedure's step and a checklist's item each rest on something: a citation, or, where
 * national law is silent, a source (a provincial regulation with its version, a report, practice).
 */
function restsOnSomething(unit: string) {
  return [
    (entry: { basis: unknown[]; source?: string | undefined }) => entry.basis.length > 0 || Boolean(entry.source),
    { message: `${unit}都要写 basis（法律依据）；国家法律没有规定的，写 source：省级条例写明省份和版本年份，或者说明是通行做法、本手册的建议` },
  ] as const;
}

const stepSchema = z
  .object({
    /** What happens, as an instruction: 主席团决定会议日期并公布. */
    title: z.string().min(4).meta({ description: '这一步做什么，写成一句指令，至少4个字', examples: ['主席团或者五分之一以上代表联名提出罢免案，写明罢免理由'] }),
    /** Who acts. */
    actor: actorSchema.meta({ description: '这一步由谁来做', examples: ['代表'] }),
    /** What the step produces: a decision, a notice, a ballot… */
    produces: z.string().optional().meta({ description: '这一步产生什么：决定、通知、选票等', examples: ['罢免案'] }),
    /** The vote needed, in the law's words: 全体代表的过半数通过. */
    threshold: z.string().optional().meta({ description: '需要多少人、多少票，照抄依据条文的原话', examples: ['主席团或者五分之一以上代表联名'] }),
    /** The time limit, in the law's words: 选举完成后的两个月内. */
    deadline: z.string().optional().meta({ description: '时间要求，照抄依据条文的原话', examples: ['乡、民族乡、镇的人民代表大会举行会议的时候'] }),
    /** Legal basis of this step. Where national law is silent, leave it empty and name the source in `source`. */
    basis: z.array(citationSchema).default([]).meta({ description: '这一步的法律依据；国家法律没有规定的不写，改写来源', examples: [[{ law: 'organic-2022', article: 31, paragraph: 2 }]] }),
    /** A non-statute source for the step: a provincial regulation (province + version) or common practice, said as such. */
    source: sourceNoteSchema.optional().meta({
      description: '法律以外的来源：省级条例要写明省份和版本年份，通行做法要写明是通行做法；至少4个字',
      examples: ['设立预算审查委员会是省级规定，国家法律没有规定：浙江省乡镇人民代表大会工作条例（2016年）第十四条'],
    }),
  })
  .strict()
  .refine(...restsOnSomething('每一步'));

const documentSchema = z
  .object({
    /** Name of the document: 会议通知, 选举办法草案, 选票. */
    title: z.string().min(2).meta({ description: '文书名称，至少2个字', examples: ['预算备案报告'] }),
    /** What it contains and who signs it. */
    description: z.string().min(4).meta({ description: '文书写什么、由谁签发、什么时候用，至少4个字', examples: ['乡镇人民政府在大会批准后及时报县级人民政府备案，附大会决议和批准的预算。'] }),
    /**
     * Sample text a chair can adapt (plain text, line breaks kept). It becomes the page's sample
     * and a Word file in 公文 format: title lines first, a blank line, the body, a blank line, the
     * issuer and date last; write blanks to fill in as ×× (20××年×月×日).
     */
    sample: z
      .string({ error: '每份文书都要写 sample:（供工作人员改用的全文），要填的地方写 ××' })
      .refine((text) => text.trim().length >= 10, { error: 'sample 是空的或太短，不像一份文书：写出全文，要填的地方写 ××' })
      .refine((text) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text), { error: 'sample 里有 Word 文件存不了的控制字符：把这一行重新打一遍' })
      .meta({
        description: '供工作人员改用的范本全文：先写标题，空一行，再写正文，再空一行，最后写落款和日期；要填的地方写 ××，例如 20××年×月×日',
        examples: ['××镇人民政府\n关于报送××镇20××年预算备案的报告\n\n××县人民政府：\n××镇20××年预算已经20××年×月×日××镇第×届人民代表大会第×次会议审查批准。根据《中华人民共和国预算法》第五十条第一款，现将批准的预算报上备案。\n\n××镇人民政府（盖章）\n20××年×月×日'],
      }),
  })
  .strict();

/** The three steps of the procedures example (content/procedures/budget-review.mdx). */
const STEPS_EXAMPLE = [
  { title: '乡镇人民政府向大会提出预算草案，作关于预算草案和上一年预算执行情况的报告', actor: '乡镇人民政府', produces: '关于预算执行情况和预算草案的报告；预算草案（附表）', basis: [{ law: 'budget-2018', article: 24, paragraph: 2 }] },
  { title: '主席团决定把预算草案提交大会审议', actor: '主席团', produces: '提交审议的决定', basis: [{ law: 'organic-2022', article: 22, paragraph: 1 }] },
  { title: '大会表决，批准本级预算和本级预算执行情况的报告', actor: '人民代表大会', produces: '关于预算执行情况和预算的决议', threshold: '全体代表的过半数通过', basis: [{ law: 'organic-2022', article: 25 }, { law: 'organic-2022', article: 12, item: 4 }] },
];

export function proceduresSchema(reference: ReferenceFn) {
  return z
    .object({
      title: titleSchema.meta({ description: '程序名称，2到40个字', examples: ['预算的审查和批准'] }),
      summary: summarySchema.meta({
        description: '一两句平实的话，说明这个程序做什么、读者用它能办成什么；至少10个字',
        examples: ['乡镇是一级预算。政府编制预算草案，大会审查前组织代表听取选民和社会各界意见，会上审查、表决批准。'],
      }),
      /** Words readers search for that the page does not use itself (e.g. 一年开几次会); they only feed search. */
      keywords: z.array(z.string().min(2)).default([]).meta({ description: '读者搜索时会用、正文里却没有的说法，每个至少2个字；只用于搜索', examples: [['预算草案', '预算怎么审', '钱怎么花']] }),
      /** Where in the congress year the procedure runs. */
      phase: z.enum(PHASES, { error: `phase 只能是：${PHASES.join('、')}` }).meta({ description: '这个程序在人大工作的一年里属于哪个阶段', examples: ['会议期间'] }),
      /** Everyone who acts in it. */
      actors: z.array(actorSchema).min(1).meta({ description: '程序里出场的所有角色，至少写一个', examples: [['乡镇人民政府', '主席团', '人民代表大会']] }),
      /** Numbered steps, in order. */
      steps: z.array(stepSchema).min(3, { error: '工作程序至少要有3步' }).meta({ description: '按先后顺序写出每一步，至少3步；每一步写做什么、谁来做、依据哪一条', examples: [STEPS_EXAMPLE] }),
      /** Legal basis of the procedure as a whole. */
      basis: basisSchema.meta({ description: '整个程序的法律依据，至少一条', examples: [[{ law: 'organic-2022', article: 12, item: 4 }, { law: 'budget-2018', article: 21, paragraph: 3 }]] }),
      /** The powers it exercises. */
      powers: refs(reference, 'powers').meta({ description: '这个程序行使的职权，写职权的文件名（不带 .mdx）', examples: [['budget']] }),
      /** Procedures that come before, after or instead. */
      related: refs(reference, 'procedures').meta({ description: '前后衔接或者可以替代的其他程序，写程序的文件名（不带 .mdx）', examples: [['budget-adjustment', 'final-accounts']] }),
      /** Checklists that support it. */
      checklists: refs(reference, 'checklists').meta({ description: '配合这个程序用的工作清单，写清单的文件名（不带 .mdx）', examples: [['session-preparation-checklist']] }),
      terms: refs(reference, 'glossary').meta({ description: '这一页用到的术语，写术语的文件名（不带 .mdx）', examples: [['budget', 'majority-of-all']] }),
      /** Documents the procedure needs, with sample text. */
      documents: z.array(documentSchema).default([]).meta({
        description: '这个程序要用到的文书，每份写名称、说明和范本全文',
        examples: [[{
          title: '预算备案报告',
          description: '乡镇人民政府在大会批准后及时报县级人民政府备案，附大会决议和批准的预算。',
          sample: '××镇人民政府\n关于报送××镇20××年预算备案的报告\n\n××县人民政府：\n××镇20××年预算已经20××年×月×日××镇第×届人民代表大会第×次会议审查批准。根据《中华人民共和国预算法》第五十条第一款，现将批准的预算报上备案。\n\n××镇人民政府（盖章）\n20××年×月×日',
        }]],
      }),
      /** The law's time limits, counted from a date the chair enters in the session planner. */
      deadlines: z.array(deadlineSchema).default([]).meta({
        description: '国家法律对乡镇规定的期限，从会议举行日期、选举日等日期算起；省里的期限不写在这里，写在正文里',
        examples: [[{
          id: 'budget-published',
          title: '向社会公开批准的预算和预算执行情况的报告',
          when: { after: 'budget', days: 20 },
          words: '应当在批准后二十日内由本级政府财政部门向社会公开',
          basis: { law: 'budget-2018', article: 14, paragraph: 1 },
          note: '从大会表决批准预算那天往后数二十天，最晚在这一天由乡镇人民政府财政部门公开。',
        }]],
      }),
      /** Position in the sidebar and lists (lower first). */
      order: z.number().int().default(100).meta({ description: '在侧栏和列表里的顺序，数字小的排在前面；不写就是100', examples: [50] }),
      /** When the page was last checked against the law, and against which versions: { date: 2026-11-29, against: [organic-2022] }. */
      reviewed: reviewedSchema,
      /** true keeps the entry out of the published site (shown in `npm run dev` with a 「草稿」 banner); remove the line to publish. */
      draft: draftSchema,
    })
    .strict()
    .superRefine((procedure, context) => {
      const seen = new Map<string, number>();
      procedure.deadlines.forEach((deadline, index) => {
        if (seen.has(deadline.id)) {
          context.addIssue({
            code: 'custom',
            path: ['deadlines', index, 'id'],
            message: `这个 id 第${seen.get(deadline.id)! + 1}个期限已经用了；每个期限要有自己的 id（日程里的备注按 id 保存）`,
          });
        }
        seen.set(deadline.id, index);
      });
    });
}

const checklistItemSchema = z
  .object({
    /** Stable id, unique in the checklist; ticks are stored under it, so never reuse or rename. */
    id: slugSchema.meta({ description: '这一项的编号，只用小写英文字母、数字和连字符，在本清单里不能重复；打勾记录按它保存，发布后不要改', examples: ['first-session-deadline'] }),
    /** The task, as an instruction. */
    text: z.string().min(4).meta({ description: '要做的事，写成一句指令，至少4个字', examples: ['换届后的第一次会议：核对代表选举完成的日期，确保在两个月内由上次会议的主席团召集。'] }),
    /** Who does it. */
    owner: actorSchema.meta({ description: '这件事由谁来做', examples: ['主席团'] }),
    /** When, if different from the checklist's cadence. */
    cadence: cadenceSchema.optional().meta({ description: '什么时候做；和整张清单不一样时才写', examples: ['每届'] }),
    /** When it is due in a dated plan, counted from a date the chair enters: { before: session, days: 30 }. */
    due: dueSchema.optional().meta({ description: '在日程计划里什么时候到期：从哪个日期算起，往前或往后数多少天或几个月', examples: [{ before: 'session', days: 30 }] }),
    /** Only in a plan that has this date too: `election` for a task of a new term's first session. */
    onlyWith: anchorSchema.optional().meta({ description: '只在也填了这个日期的日程计划里列出；新一届第一次会议才做的事写 election', examples: ['election'] }),
    /** Legal basis of the task, where there is one. */
    basis: z.array(citationSchema).default([]).meta({ description: '这件事的法律依据，有就写', examples: [[{ law: 'organic-2022', article: 20 }]] }),
    /** Non-statute source (provincial regulation with version, the 平凉 report, practice). */
    source: sourceNoteSchema.optional().meta({
      description: '法律以外的来源：省级条例（写明省份和版本年份）、考察报告，或者说明是通行做法、本手册的建议；至少4个字',
      examples: ['两个月的期限是法律规定；和决定会议日期一起、在会前三十日左右核对，是本手册的建议'],
    }),
  })
  .strict()
  .refine(...restsOnSomething('每一项'));

export const AUDIENCES = ['人大主席', '主席团', '代表', '人大办公室', '培训讲师', '代表小组'] as const;
const audienceSchema = z.enum(AUDIENCES, { error: `audience 只能是：${AUDIENCES.join('、')}` });

/** The three items of the checklists example (content/checklists/session-preparation-checklist.mdx). */
const ITEMS_EXAMPLE = [
  {
    id: 'decide-date',
    text: '召开主席团会议，决定本次会议的召开日期，并予以公布。',
    owner: '主席团',
    due: { before: 'session', days: 30 },
    basis: [{ law: 'organic-2022', article: 14, paragraph: 1 }],
    source: '决定日期并予以公布是法律要求；提前多少天决定，国家法律没有规定，会前三十日左右决定是本手册的建议',
  },
  {
    id: 'draft-agenda',
    text: '拟定会议议程草案和日程：政府工作报告、主席团工作报告、预算（或预算调整、决算）以及其他议题，合理安排会期。',
    owner: '主席团',
    due: { before: 'session', days: 20 },
    basis: [{ law: 'organic-2022', article: 16 }],
    source: '什么时候拟好议程草案，国家法律没有规定；会前二十日左右拟好是本手册的建议',
  },
  {
    id: 'logistics',
    text: '落实会场、座次、签到表、代表证、会议记录人员和计票人员。',
    owner: '人大办公室',
    due: { before: 'session', days: 2 },
    source: '通行做法，法律没有规定；会前两日落实好是本手册的建议',
  },
];

export function checklistsSchema(reference: ReferenceFn) {
  return z
    .object({
      title: titleSchema.meta({ description: '清单名称，2到40个字', examples: ['开好人代会的会前准备清单'] }),
      summary: summarySchema.meta({
        description: '一两句平实的话，说明什么时候拿出这张清单、用它做成什么；至少10个字',
        examples: ['每次乡镇人代会召开前一到两个月拿出这张清单：定日期、定议程、催报告、组织代表会前调研、准备选举和表决、通知代表、核对出席人数，一项一项勾掉。'],
      }),
      /** Words readers search for that the page does not use itself (e.g. 一年开几次会); they only feed search. */
      keywords: z.array(z.string().min(2)).default([]).meta({ description: '读者搜索时会用、正文里却没有的说法，每个至少2个字；只用于搜索', examples: [['开会准备', '会前准备', '开会前要做什么']] }),
      /** Who uses the checklist. */
      audience: z.array(audienceSchema).min(1).meta({ description: '谁用这张清单，至少写一个', examples: [['人大主席', '主席团', '人大办公室']] }),
      /** How often it is run. */
      cadence: cadenceSchema.meta({ description: '多长时间用一次这张清单', examples: ['每次会前'] }),
      /** The tasks, in the order they are done. */
      items: z.array(checklistItemSchema).min(3, { error: '工作清单至少要有3项' }).meta({ description: '要做的事，按先后顺序，至少3项；每项写编号、做什么、谁来做', examples: [ITEMS_EXAMPLE] }),
      /**
       * The dates a plan of this checklist asks for, in the form's order (the first is the main
       * one). Default: the dates its items' `due` count from. The law's deadlines of the
       * procedures it lists are shown when they count from one of these.
       */
      planDates: z.array(anchorSchema).optional().meta({
        description: '按这张清单排日程时要填哪些日期，第一个是主要日期，要包括各项到期时间算起的日期；不写就用各项到期时间算起的日期',
        examples: [['session', 'election']],
      }),
      basis: z.array(citationSchema).default([]).meta({ description: '这张清单的法律依据', examples: [[{ law: 'organic-2022', article: 14, paragraph: 1 }, { law: 'organic-2022', article: 16 }]] }),
      procedures: refs(reference, 'procedures').meta({ description: '这张清单配合的工作程序，写程序的文件名（不带 .mdx）', examples: [['session-preparation', 'preparatory-meeting']] }),
      powers: refs(reference, 'powers').meta({ description: '相关的职权，写职权的文件名（不带 .mdx）', examples: [['government-report', 'budget']] }),
      cases: refs(reference, 'cases').meta({ description: '可以参考的案例，写案例的文件名（不带 .mdx）', examples: [['pingliang']] }),
      order: z.number().int().default(100).meta({ description: '在侧栏和列表里的顺序，数字小的排在前面；不写就是100', examples: [50] }),
      /** When the page was last checked against the law, and against which versions: { date: 2026-11-29, against: [organic-2022] }. */
      reviewed: reviewedSchema,
      /** true keeps the entry out of the published site (shown in `npm run dev` with a 「草稿」 banner); remove the line to publish. */
      draft: draftSchema,
    })
    .strict()
    .superRefine((checklist, context) => {
      const seen = new Map<string, number>();
      checklist.items.forEach((item, index) => {
        if (seen.has(item.id)) {
          context.addIssue({
            code: 'custom',
            path: ['items', index, 'id'],
            message: `这个 id 第${seen.get(item.id)! + 1}项已经用了；每项要有自己的 id（打勾记录按 id 保存）`,
          });
        }
        seen.set(item.id, index);
      });
    });
}

export function casesSchema(reference: ReferenceFn) {
  return z
    .object({
      title: titleSchema.meta({ description: '案例名称：地方加上做法，2到40个字', examples: ['甘肃平凉：镇街人大工作的成套做法'] }),
      summary: summarySchema.meta({
        description: '一两句平实的话，说明谁在什么时候记录了哪里的什么做法；至少10个字',
        examples: ['2016年，江门市人大常委会考察组记录了甘肃平凉市怎样把镇街人大工作做实。'],
      }),
      /** Words readers search for that the page does not use itself (e.g. 一年开几次会); they only feed search. */
      keywords: z.array(z.string().min(2)).default([]).meta({ description: '读者搜索时会用、正文里却没有的说法，每个至少2个字；只用于搜索', examples: [['平凉经验', '镇街人大', '学习考察报告']] }),
      /** Where: province, and city / county where the case is local. */
      place: z
        .object({
          province: z.string().meta({ description: '省份，写全称', examples: ['甘肃省'] }),
          city: z.string().optional().meta({ description: '市，案例发生在某个市时写', examples: ['平凉市'] }),
          county: z.string().optional().meta({ description: '县（区），案例发生在某个县时写', examples: ['泾川县'] }),
        })
        .strict()
        .meta({ description: '案例发生在哪里：省，需要时再写市、县', examples: [{ province: '甘肃省', city: '平凉市' }] }),
      /** When the practice was observed, e.g. 2016. */
      period: z.string().min(4).meta({ description: '做法是什么时候的，例如哪一年，至少4个字', examples: ['2016年（考察时间为2016年10月中旬）'] }),
      /** Public sources, with publisher and date; every fact on the page comes from one of them. */
      sources: z
        .array(publicSourceSchema)
        .min(1, { error: '案例至少要有一个公开来源（标题、发布单位、日期）' })
        .meta({
          description: '公开的来源，每个写标题、发布单位和日期，至少一个；页面上的每个事实都要出自其中之一',
          examples: [[{ title: '赴甘肃平凉市学习考察报告', publisher: '江门市人大常委会研究室', date: '2016-12-01' }]],
        }),
      /** The practices, each in a sentence or two. */
      practices: z
        .array(z
          .object({
            title: z.string().meta({ description: '做法的标题', examples: ['464个人大代表之家和季度活动'] }),
            description: z.string().meta({
              description: '用一两句话说明这个做法',
              examples: ['按就近划片、联村组建的原则建成464个人大代表之家，镇街人大统一指导、代表小组长具体负责，每季度依次开展学习培训、集中视察、述职评议、走访选民四项固定活动之一。'],
            }),
          })
          .strict())
        .min(1)
        .meta({
          description: '案例里的做法，至少一条；每条写一个标题和一两句说明',
          examples: [[{
            title: '464个人大代表之家和季度活动',
            description: '按就近划片、联村组建的原则建成464个人大代表之家，镇街人大统一指导、代表小组长具体负责，每季度依次开展学习培训、集中视察、述职评议、走访选民四项固定活动之一。',
          }]],
        }),
      /** What another township can take from it. */
      lessons: z.array(z.string()).default([]).meta({
        description: '别的乡镇可以借鉴什么，每条一句话',
        examples: [['把代表小组活动排成一年四季的固定循环，比临时凑活动更容易坚持。', '闭会期间的工作紧扣人代会批准的报告和决议，会上定下的事，会后有人跟踪。']],
      }),
      powers: refs(reference, 'powers').meta({ description: '案例涉及的职权，写职权的文件名（不带 .mdx）', examples: [['government-report', 'presidium-report']] }),
      procedures: refs(reference, 'procedures').meta({ description: '案例涉及的工作程序，写程序的文件名（不带 .mdx）', examples: [['session-preparation', 'deputies-suggestions']] }),
      checklists: refs(reference, 'checklists').meta({ description: '案例涉及的工作清单，写清单的文件名（不带 .mdx）', examples: [['deputies-home-quarterly', 'report-back-to-voters']] }),
      order: z.number().int().default(100).meta({ description: '在侧栏和列表里的顺序，数字小的排在前面；不写就是100', examples: [10] }),
      /** When the page was last checked against the law, and against which versions: { date: 2026-11-29, against: [organic-2022] }. */
      reviewed: reviewedSchema,
      /** true keeps the entry out of the published site (shown in `npm run dev` with a 「草稿」 banner); remove the line to publish. */
      draft: draftSchema,
    })
    .strict();
}

export function glossarySchema(reference: ReferenceFn) {
  return z
    .object({
      /** The term as written in law: 主席团. */
      term: z.string().trim().min(1, { error: '必填：术语，例如 term: 主席团' }).meta({ description: '术语，照法律里的写法', examples: ['主席团'] }),
      /** Other spellings that should link here: 人大主席团. */
      aliases: z.array(z.string()).default([]).meta({ description: '这个术语的其他叫法，正文里出现时也链接到这个术语', examples: [['人大主席团', '乡镇人大主席团']] }),
      /** A plain definition, one or two sentences. */
      definition: z.string().min(8).meta({
        description: '一两句平实的解释，至少8个字',
        examples: ['乡镇人民代表大会每次开会时选举产生的机构，主持本次会议并负责召集下一次会议；闭会期间安排代表活动、交办代表建议。人大主席、副主席是主席团成员。'],
      }),
      /** Where the law defines or uses it. */
      basis: z.array(citationSchema).default([]).meta({ description: '法律在哪一条规定或者使用这个词', examples: [[{ law: 'organic-2022', article: 19, paragraph: 1 }]] }),
      seeAlso: refs(reference, 'glossary').meta({ description: '相关的术语，写术语的文件名（不带 .mdx）', examples: [['chair', 'vice-chair']] }),
      /** When the page was last checked against the law, and against which versions: { date: 2026-11-29, against: [organic-2022] }. */
      reviewed: reviewedSchema,
      /** true keeps the entry out of the published site (shown in `npm run dev` with a 「草稿」 banner); remove the line to publish. */
      draft: draftSchema,
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
    question: z.string().min(4).meta({ description: '题目，至少4个字', examples: ['乡镇人大代表至少几人联名，可以向本级人代会提出议案？'] }),
    /** The right option, in the same form and about the same length as the wrong ones; its reason belongs in `explanation`. */
    right: z
      .string()
      .trim()
      .min(1, { error: '必填：right 写正确选项的文字，例如 right: 十人' })
      .meta({ description: '正确的选项，写法和长短跟错误选项差不多；理由写在解析里', examples: ['五人'] }),
    /** One to four wrong options: mistakes a real reader makes, in the same form as the right one. */
    wrong: z
      .array(z.string().trim().min(1))
      .min(1, { error: '写1到4个错误选项，例如 wrong: [五人, 二十人]' })
      .max(4, { error: '错误选项最多写4个' })
      .meta({ description: '1到4个错误选项，写读者真会犯的错，写法和正确选项一样', examples: [['三人', '十人']] }),
    /** Why the right option is right (and the tempting wrong ones wrong), with the article. Shown after answering. */
    explanation: z.string().min(4).meta({
      description: '解析：为什么正确选项对、容易选的错误选项错，写明条文；答题后显示，至少4个字',
      examples: ['地方组织法第二十二条第二款规定，乡镇人大代表五人以上联名可以提出属于本级人大职权范围内的议案。十人是县级以上代表提议案的人数。'],
    }),
    basis: z.array(citationSchema).default([]).meta({ description: '这道题依据的条文', examples: [[{ law: 'organic-2022', article: 22, paragraph: 2 }]] }),
    /** Replaced by right/wrong. */
    options: z
      .never({ error: '测验题不再用 options/answer：写 right: 正确选项 和 wrong: [错误选项]，页面会自己排选项的顺序' })
      .optional()
      .meta({ description: '旧写法，已经不用了：正确选项写在 right: 后面，错误选项写在 wrong: 后面' }),
    /** Replaced by right/wrong. */
    answer: z
      .never({ error: '测验题不再用 answer：写 right: 正确选项 和 wrong: [错误选项]' })
      .optional()
      .meta({ description: '旧写法，已经不用了：正确选项写在 right: 后面，错误选项写在 wrong: 后面' }),
  })
  .strict()
  .refine((question) => !question.wrong.includes(question.right) && new Set(question.wrong).size === question.wrong.length, {
    message: '选项不能重复：正确选项不能再写进 wrong，wrong 里也不能有两个一样的选项',
    path: ['wrong'],
  });

/** One problem on a worksheet, one scenario card or one role card. */
const exerciseItemSchema = z
  .object({
    /** A short label: 1-1, 卡片一, 主持人. */
    title: z.string().min(1).meta({ description: '简短的题号或名称，例如 1-1、卡片一、主持人', examples: ['1-1'] }),
    /** What participants read: the situation and the question. Never the answer. */
    prompt: z.string().min(4).meta({
      description: '学员看到的情况和问题，不写答案；至少4个字',
      examples: ['第一选区应选代表2名，正式代表候选人甲、乙、丙。投票结束后统计如下。这次选举是否有效？甲能否当选？下一步怎么办？'],
    }),
    /** Figures printed with the prompt: a tally, a budget table. */
    table: z
      .object({
        head: z.array(z.string()).min(1).meta({ description: '表头，每一列一个名称', examples: [['项目', '人数或票数']] }),
        rows: z.array(z.array(z.string())).min(1).meta({ description: '表里的各行，每行按表头的顺序写；数字也要加引号', examples: [[['本选区登记选民', '1200'], ['参加投票的选民', '580']]] }),
      })
      .strict()
      .optional()
      .meta({
        description: '和题目一起印出来的数字表，例如计票表、预算表：写表头和各行',
        examples: [{ head: ['项目', '人数或票数'], rows: [['本选区登记选民', '1200'], ['参加投票的选民', '580'], ['甲得票', '402']] }],
      }),
    /** The solution, printed only for the trainer. Required on worksheets and cards; on role cards, what the trainer watches for. */
    answer: z.string().min(2).optional().meta({
      description: '答案，只印在讲师的材料上；练习纸和情景卡必须写，角色卡写讲师要观察什么',
      examples: ['选举无效。选区全体选民1200人，过半数是601人以上；只有580人参加投票，没有过半数，选举无效。选举无效，就不再看谁得票多：甲的402票虽然超过了580的一半，也不能当选。'],
    }),
    /** The articles the solution rests on. */
    basis: z.array(citationSchema).default([]).meta({ description: '答案依据的条文', examples: [[{ law: 'election-2020', article: 45, paragraph: 1 }]] }),
  })
  .strict();

/** The two worksheet problems of the activity example (content/training/how-a-session-runs.mdx). */
const SHEET_EXAMPLE = {
  kind: 'worksheet',
  intro: '练习镇的各题都假设全体代表都在任，没有缺额。每题写出结论和依据的条文。',
  items: [
    { title: '1-1', prompt: '全体代表60名，会议当天出席41名。会议能不能举行？', answer: '能举行。60名的三分之二是40名，出席41名，达到三分之二以上。', basis: [{ law: 'organic-2022', article: 14, paragraph: 4 }] },
    { title: '1-2', prompt: '全体代表60名，会议当天出席39名。会议能不能举行？', answer: '不能举行。三分之二是40名，39名不够。', basis: [{ law: 'organic-2022', article: 14, paragraph: 4 }] },
  ],
};

/** Printable exercise material for an activity: the participants' copy has no answers. */
const exerciseSheetSchema = z
  .object({
    /** worksheet: problems with room to write; cards: scenario cards, four to an A4 page with cut lines; roles: role cards for a mock session. */
    kind: z.enum(['worksheet', 'cards', 'roles']).meta({
      description: '材料的种类：worksheet 是练习纸（留地方写答案），cards 是情景卡（一张A4纸印四张），roles 是模拟会议的角色卡',
      examples: ['worksheet'],
    }),
    /** The situation shared by every item, printed at the top. No answers. */
    intro: z.string().optional().meta({ description: '各题共用的情况说明，印在最上面；不写答案', examples: [SHEET_EXAMPLE.intro] }),
    items: z.array(exerciseItemSchema).min(1).meta({ description: '各道题、各张卡片或各个角色，至少一个', examples: [SHEET_EXAMPLE.items] }),
  })
  .strict()
  .superRefine((sheet, context) => {
    if (sheet.kind === 'roles') return;
    const what = sheet.kind === 'worksheet' ? '练习纸（worksheet）' : '情景卡（cards）';
    sheet.items.forEach((item, index) => {
      if (!item.answer) context.addIssue({ code: 'custom', path: ['items', index, 'answer'], message: `${what}的每一题都要写 answer（讲师用的答案）；只有角色卡（roles）可以不写` });
    });
  });

/** The activity example (content/training/how-a-session-runs.mdx). */
const ACTIVITY_EXAMPLE = {
  title: '法定人数和表决票数计算',
  minutes: 15,
  description: '每人一张练习纸，两人一组计算（9分钟），讲师逐题讲评（6分钟），每题都请学员先说出用的是哪一条、分母是谁。',
  sheet: SHEET_EXAMPLE,
};

const activitySchema = z
  .object({
    title: z.string().meta({ description: '活动名称', examples: [ACTIVITY_EXAMPLE.title] }),
    minutes: z.number().int().positive().optional().meta({ description: '活动用多少分钟', examples: [ACTIVITY_EXAMPLE.minutes] }),
    /** How to run it: grouping, timing, order. Participants see this too, so no answers here (they go in sheet.items[].answer). */
    description: z.string().meta({ description: '怎么组织：怎么分组、用多少时间、先做什么后做什么；学员也看得到，不写答案', examples: [ACTIVITY_EXAMPLE.description] }),
    /** The exercise material to print for participants. */
    sheet: exerciseSheetSchema.optional().meta({ description: '要印给学员的练习材料：练习纸、情景卡或角色卡', examples: [SHEET_EXAMPLE] }),
  })
  .strict();

/** The agenda of the training example (content/training/how-a-session-runs.mdx): 150 minutes in all. */
const AGENDA_EXAMPLE = [
  { minutes: 10, activity: '开场：一年开几次会？请学员先说，再对照地方组织法第十四条第一款' },
  { minutes: 25, activity: '讲解：一次会议的流程——会前筹备、主席团主持、听取和审议报告、询问和质询、议案、选举和表决' },
  { minutes: 15, activity: '活动一：法定人数和表决票数计算' },
  { minutes: 60, activity: '活动二：模拟大会' },
  { minutes: 20, activity: '复盘：观察员报告模拟中的程序问题，讲师逐条对照法条' },
  { minutes: 10, activity: '分组讨论（任选两题）' },
  { minutes: 10, activity: '小测和总结' },
];

export function trainingSchema(reference: ReferenceFn) {
  return z
    .object({
      title: titleSchema.meta({ description: '课程名称，2到40个字', examples: ['人代会怎么开：程序与表决'] }),
      summary: summarySchema.meta({
        description: '一两句平实的话，说明这堂课讲什么、给谁讲；至少10个字',
        examples: ['从会议通知到宣布表决结果，把一次乡镇人代会的程序走一遍：一年开几次、多少人到会才能开、议案怎么列入议程、决议要多少票。'],
      }),
      /** Words readers search for that the page does not use itself (e.g. 一年开几次会); they only feed search. */
      keywords: z.array(z.string().min(2)).default([]).meta({ description: '读者搜索时会用、正文里却没有的说法，每个至少2个字；只用于搜索', examples: [['模拟人代会', '法定人数计算', '会议程序培训']] }),
      audience: z.array(audienceSchema).min(1).meta({ description: '培训对象，至少写一个', examples: [['人大主席', '主席团', '代表']] }),
      /** Length of the session in minutes; must equal the agenda's total. */
      durationMinutes: z.number().int().min(15).max(480).meta({ description: '整堂课多少分钟，15到480；必须等于课程安排里各段分钟数加起来', examples: [150] }),
      /** What participants can do afterwards. */
      objectives: z.array(z.string().min(4)).min(1).meta({
        description: '学员学完能做什么，至少一条，每条至少4个字',
        examples: [['学员能够按“三分之二以上的代表出席”判断会议能否举行，按“全体代表的过半数”判断决议和选举是否通过。', '学员能够分清哪些程序由国家法律规定，哪些由本省条例和本次会议的办法规定。']],
      }),
      /** The session, block by block. */
      agenda: z
        .array(z
          .object({
            minutes: z.number().int().positive().meta({ description: '这一段用多少分钟', examples: [15] }),
            activity: z.string().meta({ description: '这一段做什么', examples: ['活动一：法定人数和表决票数计算'] }),
          })
          .strict())
        .min(1)
        .meta({ description: '课程安排，一段一段写分钟数和内容，至少一段；各段加起来等于整堂课的分钟数', examples: [AGENDA_EXAMPLE] }),
      /** Activities in detail: case discussions, mock sessions, role play, with their printable material. */
      activities: z.array(activitySchema).default([]).meta({ description: '活动的详细安排：案例讨论、模拟会议、角色扮演，以及要印的材料', examples: [[ACTIVITY_EXAMPLE]] }),
      /** Discussion questions. */
      questions: z.array(z.string()).default([]).meta({
        description: '讨论题，每条一个问题',
        examples: [['如果会议当天到会人数差一两名才够三分之二，主席团应当怎么处理？事先可以做哪些工作避免这种情况？', '年初和年中两次会议，各自最适合安排哪些议程？对照本省条例的规定说说。']],
      }),
      /** Self-check quiz with answers and explanations. */
      quiz: z.array(quizQuestionSchema).default([]).meta({
        description: '自测题：每题写题目、正确选项、错误选项和解析；要出题就至少3道，每题至少两个错误选项（页面会把正确答案排到不同位置）',
        examples: [[{
          question: '乡镇人大代表至少几人联名，可以向本级人代会提出议案？',
          right: '五人',
          wrong: ['三人', '十人'],
          explanation: '地方组织法第二十二条第二款规定，乡镇人大代表五人以上联名可以提出属于本级人大职权范围内的议案。十人是县级以上代表提议案的人数。',
          basis: [{ law: 'organic-2022', article: 22, paragraph: 2 }],
        }]],
      }),
      /** Handbook pages used as materials. */
      materials: z
        .object({
          powers: refs(reference, 'powers').meta({ description: '作为教材的职权页，写职权的文件名（不带 .mdx）', examples: [['government-report', 'resolutions']] }),
          procedures: refs(reference, 'procedures').meta({ description: '作为教材的程序页，写程序的文件名（不带 .mdx）', examples: [['session-preparation', 'resolutions-and-voting']] }),
          checklists: refs(reference, 'checklists').meta({ description: '作为教材的清单页，写清单的文件名（不带 .mdx）', examples: [['session-preparation-checklist']] }),
          cases: refs(reference, 'cases').meta({ description: '作为教材的案例页，写案例的文件名（不带 .mdx）', examples: [['jiangmen', 'pingliang']] }),
        })
        .strict()
        .prefault({})
        .meta({
          description: '这堂课用到的手册页面，按职权、程序、清单、案例分开写文件名',
          examples: [{ powers: ['government-report', 'resolutions'], procedures: ['session-preparation', 'resolutions-and-voting'], checklists: ['session-preparation-checklist'], cases: ['jiangmen', 'pingliang'] }],
        }),
      basis: z.array(citationSchema).default([]).meta({ description: '这堂课依据的主要条文', examples: [[{ law: 'organic-2022', article: 14 }, { law: 'organic-2022', article: 25 }]] }),
      order: z.number().int().default(100).meta({ description: '在侧栏和列表里的顺序，数字小的排在前面；不写就是100', examples: [20] }),
      /** When the page was last checked against the law, and against which versions: { date: 2026-11-29, against: [organic-2022] }. */
      reviewed: reviewedSchema,
      /** true keeps the entry out of the published site (shown in `npm run dev` with a 「草稿」 banner); remove the line to publish. */
      draft: draftSchema,
    })
    .strict()
    .superRefine((module, context) => {
      const total = module.agenda.reduce((sum, block) => sum + block.minutes, 0);
      if (total !== module.durationMinutes) {
        context.addIssue({
          code: 'custom',
          path: ['durationMinutes'],
          message: `durationMinutes 写的是${module.durationMinutes}分钟，但 agenda 各段加起来是${total}分钟；两者要相等`,
        });
      }
    });
}
