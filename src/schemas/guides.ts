import { z } from 'astro/zod';
import { reviewedSchema } from './review.ts';
import { draftSchema } from './shared.ts';

/**
 * The frontmatter of a guide (content/guides), as the content checker reads it. Starlight's own
 * schema renders guides (src/content.config.ts); this one names the fields authors use and
 * lists Starlight's others, so a misspelt field is caught with the nearest right name.
 */
export const guideSchema = z
  .object({
    /** The guide's title, shown as its heading and in navigation. */
    title: z.string().trim().min(2).meta({ description: '指南标题，显示为页面标题和导航名称', examples: ['新任人大主席入门'] }),
    /** One sentence under the title and in search results. */
    description: z.string().trim().min(10).optional().meta({ description: '一句话说明这一页讲什么，显示在标题下和搜索结果里', examples: ['新任乡镇人大主席第一年要做的事，按时间顺序。'] }),
    /** Starlight's sidebar options: { label, order }. */
    sidebar: z.object({ label: z.string().optional(), order: z.number().optional(), hidden: z.boolean().optional(), badge: z.unknown().optional(), attrs: z.unknown().optional() }).strict().optional()
      .meta({ description: '侧栏里的名称和位置：{ label: 短名称, order: 数字，小的在前 }', examples: [{ order: 5 }] }),
    reviewed: reviewedSchema,
    draft: draftSchema,
    // Starlight's other frontmatter fields, rarely needed in this handbook.
    slug: z.unknown().optional(),
    editUrl: z.unknown().optional(),
    head: z.unknown().optional(),
    tableOfContents: z.unknown().optional(),
    template: z.unknown().optional(),
    hero: z.unknown().optional(),
    lastUpdated: z.unknown().optional(),
    prev: z.unknown().optional(),
    next: z.unknown().optional(),
    pagefind: z.unknown().optional(),
    banner: z.unknown().optional(),
  })
  .strict();
