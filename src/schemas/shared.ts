import { z } from 'astro/zod';

/** A short Chinese title as shown in headings, navigation and search results. */
export const titleSchema = z.string().trim().min(2, { error: 'title is required, e.g. title: 审查和批准预算' }).max(40, {
  error: 'title is too long for navigation: keep it under 40 characters and put the rest in summary',
});

/** One or two plain sentences: what this entry is for, shown under the title and in search results. */
export const summarySchema = z.string().trim().min(10, {
  error: 'summary is required: one or two plain sentences saying what the reader can do with this page',
});

/** A stable id of lowercase letters, digits and hyphens; never change it once published (ticks and links depend on it). */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'use lowercase letters, digits and hyphens only, e.g. notify-deputies',
});

/** When the work happens, in the words township staff use. */
export const CADENCES = ['每次会前', '会议期间', '每次会后', '每月', '每季度', '每半年', '每年', '每届', '随时'] as const;
export const cadenceSchema = z.enum(CADENCES, { error: `cadence must be one of: ${CADENCES.join('、')}` });

/** A non-statute source: a provincial regulation (with province and version) or a published report. */
export const sourceNoteSchema = z.string().trim().min(4);

/** A dated public source, as cited in case studies. */
export const publicSourceSchema = z
  .object({
    /** Title as published, e.g. 赴甘肃平凉市学习考察报告. */
    title: z.string().min(2),
    /** Who published it, e.g. 江门市人大常委会研究室. */
    publisher: z.string().min(2),
    /** Publication date, YYYY-MM-DD (or YYYY-MM / YYYY when that is all that is known). */
    date: z.union([
      z.string().regex(/^\d{4}(-\d{2}){0,2}$/, { error: 'date must be YYYY-MM-DD, YYYY-MM or YYYY' }),
      // YAML reads an unquoted 2016-12-01 as a date; keep it as the text the author wrote.
      z.date().transform((date) => date.toISOString().slice(0, 10)),
    ]),
    /** Public address, where there is one. */
    url: z.url().optional(),
  })
  .strict();
