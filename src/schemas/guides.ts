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
    title: z.string().trim().min(2).meta({ description: '指南标题，显示为页面标题和导航名称，至少2个字', examples: ['新任主席入门'] }),
    /** One sentence under the title and in search results. */
    description: z.string().trim().min(10).optional().meta({ description: '一句话说明这一页讲什么，显示在标题下和搜索结果里，至少10个字', examples: ['刚当选乡镇人大主席、副主席：前30天和前90天读什么、见谁、准备什么。'] }),
    /** Starlight's sidebar options: { label, order }. */
    sidebar: z
      .object({
        label: z.string().optional().meta({ description: '侧栏里显示的短名称；不写就用标题', examples: ['新任主席入门'] }),
        order: z.number().optional().meta({ description: '在侧栏里的位置，数字小的排在前面', examples: [2] }),
        hidden: z.boolean().optional().meta({ description: '写 true 就不在侧栏里列出这一页', examples: [true] }),
        badge: z.unknown().optional().meta({ description: '侧栏链接旁的小标签，例如「新」', examples: ['新'] }),
        attrs: z.unknown().optional().meta({ description: '侧栏链接的网页属性，本手册一般不用', examples: [{ title: '新任主席入门' }] }),
      })
      .strict()
      .optional()
      .meta({ description: '这一页在侧栏里的短名称和位置（数字小的排在前面）', examples: [{ order: 2 }] }),
    reviewed: reviewedSchema,
    draft: draftSchema,
    // Starlight's other frontmatter fields, rarely needed in this handbook.
    slug: z.unknown().optional().meta({ advanced: true, description: '另定页面地址；本手册不用，页面地址由文件名决定', examples: ['guides/new-chair-path'] }),
    editUrl: z.unknown().optional().meta({ advanced: true, description: '「编辑此页」链接的地址；写 false 不显示这个链接', examples: [false] }),
    head: z.unknown().optional().meta({ advanced: true, description: '加在网页头部的标签，本手册一般不用', examples: [[{ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } }]] }),
    tableOfContents: z.unknown().optional().meta({ advanced: true, description: '本页目录：写 false 不显示目录，或者写目录列出哪几级标题', examples: [{ minHeadingLevel: 2, maxHeadingLevel: 3 }] }),
    template: z.unknown().optional().meta({ advanced: true, description: '页面版式：doc 是普通页面（不写就是它），splash 是没有侧栏的宽页面', examples: ['doc'] }),
    hero: z.unknown().optional().meta({ advanced: true, description: '页面顶部的大标题区，一般只有首页用', examples: [{ tagline: '乡镇人大工作，一步一步照着做。' }] }),
    lastUpdated: z.unknown().optional().meta({ advanced: true, description: '页面上显示的更新日期：写日期，或者写 false 不显示', examples: [false] }),
    prev: z.unknown().optional().meta({ advanced: true, description: '页面底部的「上一页」链接：写 false 不显示', examples: [false] }),
    next: z.unknown().optional().meta({ advanced: true, description: '页面底部的「下一页」链接：写 false 不显示', examples: [false] }),
    pagefind: z.unknown().optional().meta({ advanced: true, description: '写 false 就不让这一页出现在站内搜索里', examples: [false] }),
    banner: z.unknown().optional().meta({ advanced: true, description: '页面顶部的通知横幅，写 { content: 通知的文字 }', examples: [{ content: '本页正在修订，以法律原文为准。' }] }),
  })
  .strict();
