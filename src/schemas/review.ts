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
        z.string().regex(ISO_DATE, { error: 'reviewed.date must be YYYY-MM-DD, e.g. 2026-11-29' }),
        // YAML reads an unquoted 2026-11-29 as a date; keep it as the text the author wrote.
        z.date().transform((date) => date.toISOString().slice(0, 10)),
      ])
      .refine((date) => date <= new Date().toISOString().slice(0, 10), {
        error: 'reviewed.date is in the future: write the day the page was actually checked',
      }),
    /**
     * Every law version the page was checked against: at least each version it cites
     * (organic-2022, deputies-2025, election-2020, budget-2018, budget-rules-2020, constitution,
     * and organic-2015 / deputies-2015 where the page quotes an old text). Empty only
     * for a page that states no law at all (how to use the offline copy).
     */
    against: z
      .array(z.enum(LAW_IDS, { error: `reviewed.against lists law versions: ${LAW_IDS.join(', ')}` }))
      .refine((ids) => new Set(ids).size === ids.length, { error: 'reviewed.against names a law version twice' }),
  }, {
    error: (issue) => issue.input === undefined
      ? 'reviewed is required: when you last checked this page against the law, e.g. reviewed: { date: 2026-11-29, against: [organic-2022] }'
      : 'reviewed must be { date: YYYY-MM-DD, against: [law versions] }',
  })
  .strict();

export type Reviewed = z.output<typeof reviewedSchema>;
