/**
 * Dates in content: when a checklist task is due and what the law's time limits are, both
 * counted from a date the chair enters in the planner (the session, election day, the day a
 * suggestion was assigned). The planner does the arithmetic (src/lib/planner/dates.ts); the
 * content says what counts from what, in the law's words, so no deadline lives in code.
 */
import { z } from 'astro/zod';
import { citationSchema } from './citation.ts';
import { slugSchema } from './shared.ts';
import { DATE_ANCHORS, type DateAnchor } from './date-anchors.ts';
export { DATE_ANCHORS, DATE_HINTS, type DateAnchor } from './date-anchors.ts';

const ANCHOR_NAMES = Object.keys(DATE_ANCHORS) as [DateAnchor, ...DateAnchor[]];
export const anchorSchema = z.enum(ANCHOR_NAMES, {
  error: `只能写日程计划里要填的日期：${ANCHOR_NAMES.map((name) => `${name}（${DATE_ANCHORS[name]}）`).join('、')}`,
});

/**
 * A date counted from an entered one: `{ before: session, days: 30 }` (thirty days before the
 * session), `{ after: election, months: 2 }` (two months after election day: the same day of the
 * month, or the month's last day when it has no such day, 1月31日 + 1 个月 = 2月28日 or 29日).
 * Exactly one of before/after, one of days/months.
 */
export const offsetSchema = z
  .object({
    /** Counted back from this date. */
    before: anchorSchema.optional().meta({ description: '从这个日期往前数；和「往后数」只写一个', examples: ['session'] }),
    /** Counted on from this date. */
    after: anchorSchema.optional().meta({ description: '从这个日期往后数；和「往前数」只写一个', examples: ['election'] }),
    /** Calendar days (0 = the day itself). */
    days: z.number().int().min(0).max(366).optional().meta({ description: '数多少天，0到366，0就是那一天；和月数只写一个', examples: [30] }),
    /** Calendar months. */
    months: z.number().int().min(1).max(24).optional().meta({ description: '数几个月，1到24；和天数只写一个', examples: [2] }),
  })
  .strict()
  .superRefine((offset, context) => {
    if ((offset.before === undefined) === (offset.after === undefined)) {
      context.addIssue({ code: 'custom', message: '`before:`（往前数）和 `after:`（往后数）只写一个，后面写从哪个日期算起，例如 { before: session, days: 30 }' });
    }
    if ((offset.days === undefined) === (offset.months === undefined)) {
      context.addIssue({ code: 'custom', message: '`days:`（天数）和 `months:`（月数）只写一个，例如 { after: election, months: 2 }' });
    }
  });
export type Offset = z.infer<typeof offsetSchema>;

/**
 * A time limit the law sets, as the planner shows it: the latest (or earliest) date, the law's
 * own words and the article. Legal deadlines are never moved off a weekend; the planner says so.
 */
export const deadlineSchema = z
  .object({
    /** Stable id, unique in the procedure (the planner keeps notes under it). */
    id: slugSchema.meta({ description: '这个期限的编号，只用小写英文字母、数字和连字符，在本程序里不能重复；日程里的备注按它保存，发布后不要改', examples: ['first-session-convened'] }),
    /** What must be done by then, as a task: 公布选民名单. */
    title: z.string().min(4).meta({ description: '到期前要办完的事，写成一项任务，至少4个字', examples: ['召集新一届人大第一次会议'] }),
    /** When, counted from an entered date. */
    when: offsetSchema.meta({ description: '从哪个日期算起，往前还是往后，数多少天或几个月', examples: [{ after: 'election', months: 2 }] }),
    /** Whether the date is the latest allowed (by, the usual case) or the earliest (not before). */
    kind: z
      .enum(['by', 'not-before'], { error: 'kind 写 by（最晚的一天）或 not-before（最早的一天）' })
      .default('by')
      .meta({ description: '这一天是最晚的一天（写 by，一般都是这种，可以不写）还是最早的一天（写 not-before）', examples: ['by'] }),
    /** The law's own words for the time limit, copied exactly from the cited article: 选举日的二十日以前. */
    words: z.string().min(2).meta({ description: '法律规定这个期限的原话，从依据的条文里一字不差地复制', examples: ['在本届人民代表大会代表选举完成后的两个月内'] }),
    /** The article that sets it (one citation; the words must be in it). */
    basis: citationSchema.meta({ description: '规定这个期限的那一条法律，只写一条；上面的原话必须在这一条里', examples: [{ law: 'organic-2022', article: 20 }] }),
    /** How the handbook counts it where the law leaves room, in plain words. */
    note: z.string().optional().meta({ description: '法律留有余地时，本手册怎么算，用平实的话说明', examples: ['法律从“代表选举完成”起算，没有写明是哪一天。本手册从选举日（第一个投票日）算起，这样多天投票或者另行选举的也不会超期。'] }),
    /**
     * Only in a plan that has this date too: `election` for a limit that binds only the first
     * session of a new term (代表名单 before it), so an ordinary session's plan does not list it.
     */
    onlyWith: anchorSchema.optional().meta({ description: '只在也填了这个日期的日程计划里列出；只管新一届第一次会议的期限写 election', examples: ['election'] }),
    /**
     * The entered date this limit is about, when it is one: `session` for 「选举完成后的两个月内」
     * (the first session itself must fall by then). The planner warns when that date is later
     * (or, for `not-before`, earlier) than the limit.
     */
    limits: anchorSchema.optional().meta({ description: '这个期限管的是计划里填的哪个日期；例如第一次会议本身必须在期限内召开，写 session', examples: ['session'] }),
  })
  .strict();

/** A task's due date in a plan: from the law (give its deadline's basis on the item) or from practice (say so in `source`). */
export const dueSchema = offsetSchema;
