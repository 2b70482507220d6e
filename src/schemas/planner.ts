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
  error: `must name a date the planner asks for: ${ANCHOR_NAMES.map((name) => `${name}（${DATE_ANCHORS[name]}）`).join('、')}`,
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
    before: anchorSchema.optional(),
    /** Counted on from this date. */
    after: anchorSchema.optional(),
    /** Calendar days (0 = the day itself). */
    days: z.number().int().min(0).max(366).optional(),
    /** Calendar months. */
    months: z.number().int().min(1).max(24).optional(),
  })
  .strict()
  .superRefine((offset, context) => {
    if ((offset.before === undefined) === (offset.after === undefined)) {
      context.addIssue({ code: 'custom', message: 'write exactly one of `before:` or `after:` with the date it counts from, e.g. { before: session, days: 30 }' });
    }
    if ((offset.days === undefined) === (offset.months === undefined)) {
      context.addIssue({ code: 'custom', message: 'write exactly one of `days:` or `months:`, e.g. { after: election, months: 2 }' });
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
    id: slugSchema,
    /** What must be done by then, as a task: 公布选民名单. */
    title: z.string().min(4),
    /** When, counted from an entered date. */
    when: offsetSchema,
    /** Whether the date is the latest allowed (by, the usual case) or the earliest (not before). */
    kind: z.enum(['by', 'not-before'], { error: 'kind is `by` (the latest day allowed) or `not-before` (the earliest)' }).default('by'),
    /** The law's own words for the time limit, copied exactly from the cited article: 选举日的二十日以前. */
    words: z.string().min(2),
    /** The article that sets it (one citation; the words must be in it). */
    basis: citationSchema,
    /** How the handbook counts it where the law leaves room, in plain words. */
    note: z.string().optional(),
    /**
     * Only in a plan that has this date too: `election` for a limit that binds only the first
     * session of a new term (代表名单 before it), so an ordinary session's plan does not list it.
     */
    onlyWith: anchorSchema.optional(),
    /**
     * The entered date this limit is about, when it is one: `session` for 「选举完成后的两个月内」
     * (the first session itself must fall by then). The planner warns when that date is later
     * (or, for `not-before`, earlier) than the limit.
     */
    limits: anchorSchema.optional(),
  })
  .strict();

/** A task's due date in a plan: from the law (give its deadline's basis on the item) or from practice (say so in `source`). */
export const dueSchema = offsetSchema;
