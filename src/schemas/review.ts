import { z } from 'astro/zod';
import { LAW_IDS } from '../lib/statutes/statute-data.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The review trail of an entry: when someone last checked it against the law, and which
 * law versions they checked it against. Shown on the page and in handbook.json; the build
 * lists every entry whose review predates a change in a law it cites
 * (src/lib/law-changes/review-check.ts).
 *
 * @example reviewed: { date: 2026-11-29, against: [organic-2022, deputies-2025] }
 */
export const reviewedSchema = z
  .object({
    /** The day the page was last read against the statute texts, YYYY-MM-DD. Change it only after such a reading. */
    date: z
      .union([
        z.string().regex(ISO_DATE, { error: 'reviewed.date 要写成 年-月-日，例如 2026-11-29' }),
        // YAML reads an unquoted 2026-11-29 as a date; keep it as the text the author wrote.
        z.date().transform((date) => date.toISOString().slice(0, 10)),
      ])
      .refine((date) => date <= new Date().toISOString().slice(0, 10), {
        error: 'reviewed.date 是将来的日期：写真正核对这一页的那一天',
      })
      .meta({ description: '对照法律原文通读这一页的那一天，写成 年-月-日；真的核对过才改', examples: ['2026-11-29'] }),
    /**
     * Every law version the page was checked against: at least each version it cites
     * (organic-2022, deputies-2025, election-2020, budget-2018, budget-rules-2020, constitution,
     * and organic-2015 / deputies-2015 where the page quotes an old text). Empty only
     * for a page that states no law at all (how to use the offline copy).
     */
    against: z
      .array(z.enum(LAW_IDS, { error: `reviewed.against 只能列法律版本：${LAW_IDS.join('、')}` }))
      .refine((ids) => new Set(ids).size === ids.length, { error: 'reviewed.against 把同一个法律版本写了两次，每个版本只写一次' })
      .meta({ description: '核对时对照的每个法律版本，至少包括这一页引用的每个版本；只有完全不讲法律的页面才可以空着', examples: [['organic-2022']] }),
  }, {
    error: (issue) => issue.input === undefined
      ? '必填：reviewed，写上次对照法律核对这一页的日期和法律版本，例如 reviewed: { date: 2026-11-29, against: [organic-2022] }'
      : 'reviewed 要写成 { date: 年-月-日, against: [法律版本] }，例如 reviewed: { date: 2026-11-29, against: [organic-2022] }',
  })
  .strict()
  .meta({ description: '上次对照法律核对这一页的日期，以及对照了哪些法律版本', examples: [{ date: '2026-11-29', against: ['organic-2022'] }] });

export type Reviewed = z.output<typeof reviewedSchema>;
