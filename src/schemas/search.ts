import { z } from 'astro/zod';

/**
 * One row of the synonym and colloquial-phrase table (content/search/synonyms.yaml):
 * when a query contains any `say` phrase, search also runs with it replaced by `means`.
 */
export const synonymSchema = z
  .object({
    /** How readers put it: 提建议, 人代会. Two characters or more. */
    say: z.array(z.string().trim().min(2, { error: 'a `say` phrase needs at least 2 characters: one character would rewrite too many queries' })).min(1, {
      error: 'say needs at least one phrase, e.g. say: [人代会, 人大会议]',
    }),
    /** The handbook's own word for it, as it appears on the pages: 人民代表大会会议. */
    means: z.string().trim().min(2, { error: 'means is the handbook’s own word for it, e.g. means: 人民代表大会会议' }),
    /** Optional note for maintainers. */
    note: z.string().optional(),
  })
  .strict()
  .refine((row) => !row.say.includes(row.means), { message: 'say must not repeat means: list only the other ways of saying it', path: ['say'] });

export type Synonym = z.infer<typeof synonymSchema>;
