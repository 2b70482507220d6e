import { z } from 'astro/zod';

/**
 * One row of the synonym and colloquial-phrase table (content/search/synonyms.yaml):
 * when a query contains any `say` phrase, search also runs with it replaced by `means`.
 */
export const synonymSchema = z
  .object({
    /** How readers put it: 提建议, 人代会. Two characters or more. */
    say: z.array(z.string().trim().min(2, { error: 'say 里的每个说法至少2个字：一个字会误改太多查询' })).min(1, {
      error: 'say 至少写一个说法，例如 say: [人代会, 人大会议]',
    }),
    /** The handbook's own word for it, as it appears on the pages: 人民代表大会会议. */
    means: z.string().trim().min(2, { error: '必填：means 写手册页面上用的词，例如 means: 人民代表大会会议' }),
    /** Optional note for maintainers. */
    note: z.string().optional(),
  })
  .strict()
  .refine((row) => !row.say.includes(row.means), { message: 'say 不要重复 means：只列其他的说法', path: ['say'] });

export type Synonym = z.infer<typeof synonymSchema>;
