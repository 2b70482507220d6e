import { z } from 'astro/zod';
import { LAW_IDS } from '../lib/statutes/statute-data.ts';

const isoDate = z.union([
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'write the date as YYYY-MM-DD' }),
  z.date().transform((date) => date.toISOString().slice(0, 10)),
]);
const lawId = z.enum(LAW_IDS, { error: `must be one of: ${LAW_IDS.join(', ')}` });
const articleNumber = z.number({ error: 'an article number as an Arabic numeral, e.g. 12 for 第十二条' }).int().positive();

/**
 * How two versions of a law line up: content/law-changes/<new version id>.yaml.
 * The comparison page is computed from the texts (src/lib/law-changes/align.ts); this
 * table, read by a person against the amendment, fixes what text matching cannot.
 */
export const lawChangesSchema = z
  .object({
    /** The later version, e.g. organic-2022. */
    law: lawId,
    /** The version it replaced, e.g. organic-2015. */
    previous: lawId,
    /** The amendment that made the later version. */
    amendment: z
      .object({
        /** Its full title, e.g. 全国人民代表大会关于修改《……》的决定. */
        title: z.string().min(8),
        /** Day adopted, YYYY-MM-DD. */
        adopted: isoDate,
        /** Day it took effect, YYYY-MM-DD. */
        effective: isoDate,
        /** Whether the handbook holds the decision's text (only the township items of 2022 are in ../shared/sources). */
        textInSources: z.boolean(),
      })
      .strict(),
    /** Pairs text matching gets wrong or misses: { old: 9, new: 12, why: 修改决定第十二项 }. */
    pairs: z
      .array(z.object({ old: articleNumber, new: articleNumber, /** Where the pair comes from. */ why: z.string().min(2) }).strict())
      .default([]),
    /** Articles of the later version the amendment added (needed when the earlier version is an excerpt). */
    added: z.array(z.object({ article: articleNumber, why: z.string().min(2) }).strict()).default([]),
    /** Articles of the earlier version the amendment deleted outright. */
    removed: z.array(z.object({ article: articleNumber, why: z.string().min(2) }).strict()).default([]),
  })
  .strict();

export type LawChangesTable = z.output<typeof lawChangesSchema>;
