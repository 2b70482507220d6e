import { z } from 'astro/zod';

/** A short Chinese title as shown in headings, navigation and search results. */
export const titleSchema = z.string().trim().min(2, { error: '必填：标题，例如 title: 审查和批准预算' }).max(40, {
  error: '标题太长，导航里放不下：不超过40个字，其余的写进 summary',
});

/** One or two plain sentences: what this entry is for, shown under the title and in search results. */
export const summarySchema = z.string().trim().min(10, {
  error: '摘要要写一两句平实的话，说明读者用这一页能做什么，至少10个字',
});

/** A stable id of lowercase letters, digits and hyphens; never change it once published (ticks and links depend on it). */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: '只能用小写英文字母、数字和连字符（-），例如 notify-deputies',
});

/** When the work happens, in the words township staff use. */
export const CADENCES = ['每次会前', '会议期间', '每次会后', '每月', '每季度', '每半年', '每年', '每届', '随时'] as const;
export const cadenceSchema = z.enum(CADENCES, { error: `cadence 只能是：${CADENCES.join('、')}` });

/** A non-statute source: a provincial regulation (with province and version) or a published report. */
export const sourceNoteSchema = z.string().trim().min(4);

/** A dated public source, as cited in case studies. */
export const publicSourceSchema = z
  .object({
    /** Title as published, e.g. 赴甘肃平凉市学习考察报告. */
    title: z.string().min(2).meta({ description: '来源的标题，照发布时的写法，至少2个字', examples: ['赴甘肃平凉市学习考察报告'] }),
    /** Who published it, e.g. 江门市人大常委会研究室. */
    publisher: z.string().min(2).meta({ description: '发布单位，至少2个字', examples: ['江门市人大常委会研究室'] }),
    /** Publication date, YYYY-MM-DD (or YYYY-MM / YYYY when that is all that is known). */
    date: z
      .union([
        z.string().regex(/^\d{4}(-\d{2}){0,2}$/, { error: 'date 要写成 年-月-日、年-月 或 年，例如 2016-12-01、2016-12 或 2016' }),
        // YAML reads an unquoted 2016-12-01 as a date; keep it as the text the author wrote.
        z.date().transform((date) => date.toISOString().slice(0, 10)),
      ])
      .meta({ description: '发布日期，写成 年-月-日；只知道年月或年份的，写 2016-12 或 2016', examples: ['2016-12-01'] }),
    /** Public address, where there is one. */
    url: z.url().optional().meta({ description: '公开的网址，有就写', examples: ['http://www.npc.gov.cn/'] }),
  })
  .strict();

/**
 * A draft: validated like any entry, shown in `npm run dev` with a 「草稿」 banner, and left out
 * of production builds (pages, search, sitemap, handbook.json). Remove the line to publish.
 */
export const draftSchema = z
  .boolean({ error: 'draft 只能写 true 或 false：写 draft: true 表示暂不发布；要发布就删掉这一行' })
  .default(false)
  .meta({ description: '写 true 表示草稿：本地预览能看到（带「草稿」标记），正式网站不发布；要发布就删掉这一行', examples: [true] });
