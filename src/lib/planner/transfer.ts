/**
 * Saving the planner's whole state to a file and reading it back (another computer, a
 * cleared browser). A file that is not a planner file, or is damaged, is refused with a
 * message saying what is wrong; the current state is not touched.
 *
 * The check is written out here rather than with zod: this runs in the browser on the planner
 * page, and a few dozen lines weigh far less than the library on an office computer.
 */
import type { Plan } from './model.ts';
import type { PlannerState } from './store.ts';

export const FILE_FORMAT = 'township-congress-handbook/planner';

export function exportFile(state: PlannerState, now = new Date()): string {
  return JSON.stringify({ format: FILE_FORMAT, version: 1, exported: now.toISOString(), state }, null, 2);
}

export type ImportResult = { ok: true; state: PlannerState } | { ok: false; message: string };

const UNCHANGED = '现有日程没有改动。';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isDate = (value: unknown) => value === '' || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));
const optionalString = (value: unknown) => value === undefined || typeof value === 'string';

/** What is wrong with one plan, or undefined when it is whole. */
function planProblem(plan: unknown): string | undefined {
  if (!isObject(plan)) return '不是一份日程';
  for (const field of ['id', 'template'] as const) if (typeof plan[field] !== 'string' || !plan[field]) return `缺少 ${field}`;
  for (const field of ['name', 'created', 'updated'] as const) if (typeof plan[field] !== 'string') return `缺少 ${field}`;
  if (!isObject(plan.dates) || !Object.values(plan.dates).every(isDate)) return '日期不是 年-月-日';
  if (!isObject(plan.tasks)) return '缺少各项的勾选';
  for (const task of Object.values(plan.tasks)) {
    if (!isObject(task) || !(task.done === undefined || typeof task.done === 'boolean') || !optionalString(task.owner) || !optionalString(task.note)) return '某一项的勾选、负责人或备注不对';
  }
  if (plan.signoff !== undefined && (!isObject(plan.signoff) || !optionalString(plan.signoff.name) || !optionalString(plan.signoff.date))) return '审核人或审核日期不对';
  return undefined;
}

export function readImportFile(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: `这个文件不是本手册导出的日程文件（读不出内容，可能已损坏）。${UNCHANGED}` };
  }
  if (!isObject(value) || value.format !== FILE_FORMAT) {
    return { ok: false, message: `这个文件不是本手册导出的日程文件。请选择用“导出全部日程”保存的 .json 文件。${UNCHANGED}` };
  }
  const state = value.state;
  if (value.version !== 1 || !isObject(state) || state.version !== 1 || !Array.isArray(state.plans) || !isObject(state.active) || !Object.values(state.active).every((id) => typeof id === 'string')) {
    return { ok: false, message: `日程文件内容不完整或已损坏（文件的结构不对）。${UNCHANGED}` };
  }
  const ids = new Set<string>();
  for (const [index, plan] of state.plans.entries()) {
    const problem = planProblem(plan);
    if (problem) return { ok: false, message: `日程文件内容不完整或已损坏（第 ${index + 1} 份日程：${problem}）。${UNCHANGED}` };
    const id = (plan as Plan).id;
    if (ids.has(id)) return { ok: false, message: `日程文件里有两份日程用了同一个编号（${id}），文件可能被改动过。${UNCHANGED}` };
    ids.add(id);
  }
  return { ok: true, state: state as unknown as PlannerState };
}
