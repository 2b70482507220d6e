import { z } from 'astro/zod';
import { LAW_IDS } from '../lib/statutes/statute-data.ts';
import { formatCitation, resolveCitation } from '../lib/citations.ts';

/**
 * A citation of a statute: law + article (+ paragraph 款) (+ item 项).
 * Checked against content/statutes at build time: a citation of an article, paragraph
 * or item that the statute does not have stops the build, naming the file and field.
 *
 * @example { law: organic-2022, article: 12, item: 4 }  →  《地方组织法》第十二条第（四）项
 */
export const citationSchema = z
  .object({
    /** Which law version: organic-2022 (地方组织法, current), organic-2015, deputies-2025 (代表法, current), deputies-2015, election-2020 (选举法, current), budget-2018 (预算法, current), budget-rules-2020 (预算法实施条例, current), constitution (宪法 2018, full text). */
    law: z.enum(LAW_IDS, {
      error: `law must be one of: ${LAW_IDS.join(', ')} (cite the current texts organic-2022, deputies-2025, election-2020 unless you mean an old version)`,
    }),
    /** Article number as an Arabic numeral: 第十二条 → 12. */
    article: z.number({ error: 'article must be a number, e.g. 12 for 第十二条' }).int().positive(),
    /** Paragraph (款) number, from 1; omit to cite the whole article. */
    paragraph: z.number({ error: 'paragraph must be a number, e.g. 2 for 第二款' }).int().positive().optional(),
    /** Item (项) number, from 1: 第（四）项 → 4. */
    item: z.number({ error: 'item must be a number, e.g. 4 for 第（四）项' }).int().positive().optional(),
  })
  .strict()
  .superRefine((citation, context) => {
    const result = resolveCitation(citation);
    if (!result.ok) {
      context.addIssue({
        code: 'custom',
        message: `${formatCitation(citation)} does not exist: ${result.problem}`,
      });
    }
  });

export type CitationData = z.infer<typeof citationSchema>;

/** The legal basis of a claim: one or more citations. */
export const basisSchema = z.array(citationSchema).min(1, {
  error: 'basis needs at least one citation, e.g. basis: [{ law: organic-2022, article: 12, item: 4 }]',
});
