import { z } from 'astro/zod';
import { LAW_IDS } from '../lib/statutes/statute-data.ts';
import { resolveCitation } from '../lib/citations.ts';

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
    law: z
      .enum(LAW_IDS, {
        error: `law 只能是：${LAW_IDS.join('、')}（除非要讲旧版本，请引用现行文本 organic-2022、deputies-2025、election-2020）`,
      })
      .meta({
        description: '引用哪部法律的哪个版本，写它的代号：现行地方组织法写 organic-2022，现行代表法写 deputies-2025，现行选举法写 election-2020',
        examples: ['organic-2022'],
      }),
    /** Article number as an Arabic numeral: 第十二条 → 12. */
    article: z
      .number({ error: 'article 要写数字，例如第十二条写 12' })
      .int()
      .positive()
      .meta({ description: '第几条，写阿拉伯数字：第十二条写 12', examples: [12] }),
    /** Paragraph (款) number, from 1; omit to cite the whole article. */
    paragraph: z
      .number({ error: 'paragraph 要写数字，例如第二款写 2' })
      .int()
      .positive()
      .optional()
      .meta({ description: '第几款，从1数起；引用整条就不写', examples: [1] }),
    /** Item (项) number, from 1: 第（四）项 → 4. */
    item: z
      .number({ error: 'item 要写数字，例如第（四）项写 4' })
      .int()
      .positive()
      .optional()
      .meta({ description: '第几项，写阿拉伯数字：第（四）项写 4；不引用某一项就不写', examples: [4] }),
  })
  .strict()
  .superRefine((citation, context) => {
    const result = resolveCitation(citation);
    if (!result.ok) {
      context.addIssue({
        code: 'custom',
        message: result.problem,
      });
    }
  })
  .meta({ description: '一条法律依据：哪部法律、第几条，需要时再写第几款、第几项', examples: [{ law: 'organic-2022', article: 12, item: 4 }] });

export type CitationData = z.infer<typeof citationSchema>;

/** The legal basis of a claim: one or more citations. */
export const basisSchema = z.array(citationSchema).min(1, {
  error: 'basis 至少要有一条法律依据，例如 basis: [{ law: organic-2022, article: 12, item: 4 }]',
});
