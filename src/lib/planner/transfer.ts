/**
 * Saving the planner's whole state to a file and reading it back (another computer, a
 * cleared browser). A file that is not a planner file, or is damaged, is refused with a
 * message saying what is wrong; the current state is not touched.
 */
import { z } from 'astro/zod';
import type { PlannerState } from './store.ts';

export const FILE_FORMAT = 'township-congress-handbook/planner';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const planSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  template: z.string().min(1),
  dates: z.record(z.string(), z.union([isoDate, z.literal('')])),
  tasks: z.record(z.string(), z.object({ done: z.boolean().optional(), owner: z.string().optional(), note: z.string().optional() })),
  signoff: z.object({ name: z.string().optional(), date: z.string().optional() }).optional(),
  created: z.string(),
  updated: z.string(),
});
const fileSchema = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.literal(1),
  exported: z.string(),
  state: z.object({ version: z.literal(1), plans: z.array(planSchema), active: z.record(z.string(), z.string()) }),
});

export function exportFile(state: PlannerState, now = new Date()): string {
  return JSON.stringify({ format: FILE_FORMAT, version: 1, exported: now.toISOString(), state }, null, 2);
}

export type ImportResult = { ok: true; state: PlannerState } | { ok: false; message: string };

export function readImportFile(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: '这个文件不是本手册导出的日程文件（读不出内容，可能已损坏）。现有日程没有改动。' };
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== FILE_FORMAT) {
    return { ok: false, message: '这个文件不是本手册导出的日程文件。请选择用“导出全部日程”保存的 .json 文件。现有日程没有改动。' };
  }
  const parsed = fileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, message: `日程文件内容不完整或已损坏（${issue.path.join('.') || '文件'}：${issue.message}）。现有日程没有改动。` };
  }
  const ids = new Set<string>();
  for (const plan of parsed.data.state.plans) {
    if (ids.has(plan.id)) return { ok: false, message: `日程文件里有两份日程用了同一个编号（${plan.id}），文件可能被改动过。现有日程没有改动。` };
    ids.add(plan.id);
  }
  return { ok: true, state: parsed.data.state as PlannerState };
}
