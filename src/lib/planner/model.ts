/**
 * The session planner's data: templates made at build time from the checklists (tasks, with
 * their `due`) and from the procedures they support (the law's `deadlines`), and plans — one
 * per session, quarter or election, each with its own dates, ticks, owners, notes and
 * sign-off — kept in the browser (store.ts).
 */
import type { Offset } from '../../schemas/planner.ts';
import { DATE_ANCHORS } from '../../schemas/date-anchors.ts';
import { compareDates, formatIso, isWeekend, parseDate, resolveOffset, weekday, WEEKDAY_NAMES, type PlainDate } from './dates.ts';

export interface TemplateTask {
  id: string;
  text: string;
  owner: string;
  due?: Offset | undefined;
  /** Set by law: the due date is one of the template's deadlines (same date counted the same way). */
  legal: boolean;
  /** Listed only when the plan has this date too. */
  onlyWith?: string | undefined;
}
export interface TemplateDeadline {
  id: string;
  title: string;
  when: Offset;
  kind: 'by' | 'not-before';
  /** The law's words. */
  words: string;
  /** 《选举法》第二十八条第一款 */
  citation: string;
  /** Site path of the article. */
  href: string;
  /** The cited law and article, to tell a task that carries out this limit (it cites the same article). */
  law: string;
  article: number;
  /** Procedure page that explains it. */
  procedure: { title: string; href: string };
  note?: string | undefined;
  /** Listed only when the plan has this date too (an election, for limits of a new term's first session). */
  onlyWith?: string | undefined;
  /** The entered date the limit is about (the first session must be held by it). */
  limits?: string | undefined;
}
export interface PlanTemplate {
  /** The checklist's id: plans of this template keep ticks under its item ids. */
  id: string;
  title: string;
  /** Site path of the checklist page. */
  href: string;
  /** How often a plan is made (每次会前, 每季度…): it suggests the plan's name. */
  cadence: string;
  /** The dates this template counts from, in the order the form asks for them. */
  anchors: string[];
  tasks: TemplateTask[];
  deadlines: TemplateDeadline[];
}

export interface PlanTask {
  done?: boolean;
  owner?: string;
  note?: string;
}
export interface Plan {
  id: string;
  /** 「2027年第一次会议」「2027年第二季度」 */
  name: string;
  /** The template (checklist id). */
  template: string;
  /** Entered dates, YYYY-MM-DD, by anchor. */
  dates: Record<string, string>;
  tasks: Record<string, PlanTask>;
  signoff?: { name?: string; date?: string };
  created: string;
  updated: string;
}

export interface PlanRow {
  kind: 'task' | 'deadline';
  id: string;
  date?: PlainDate | undefined;
  weekend: boolean;
  task?: TemplateTask;
  deadline?: TemplateDeadline;
}

const sameOffset = (a: Offset, b: Offset) => a.before === b.before && a.after === b.after && a.days === b.days && a.months === b.months;

/**
 * Whether a task's due date is the law's, not a suggestion: it is counted exactly as one of
 * the deadlines and the task cites that deadline's article. (The same offset alone is not
 * enough: 会场布置 one day before the session is not 公布代表名单.)
 */
export function isLegalDue(due: Offset | undefined, basis: Array<{ law: string; article: number }>, deadlines: Array<{ when: Offset; law: string; article: number }>): boolean {
  return due !== undefined && deadlines.some((deadline) => sameOffset(deadline.when, due) && basis.some((citation) => citation.law === deadline.law && citation.article === deadline.article));
}

/** The entered dates of a plan, parsed; wrong or empty ones are left out. */
export function planDates(plan: Pick<Plan, 'dates'>): Partial<Record<string, PlainDate>> {
  return Object.fromEntries(Object.entries(plan.dates).flatMap(([anchor, text]) => {
    const date = parseDate(text);
    return date ? [[anchor, date]] : [];
  }));
}

/**
 * Tasks and deadlines in date order (tasks before deadlines on the same day: do it, then
 * the limit), then those still without a date, in the checklist's order.
 */
export function planRows(template: PlanTemplate, plan: Pick<Plan, 'dates'>): PlanRow[] {
  const dates = planDates(plan);
  const rows: PlanRow[] = [
    ...template.tasks.filter((task) => !task.onlyWith || dates[task.onlyWith]).map((task) => {
      const date = task.due ? resolveOffset(task.due, dates) : undefined;
      return { kind: 'task' as const, id: task.id, date, weekend: date ? isWeekend(date) : false, task };
    }),
    ...template.deadlines.filter((deadline) => !deadline.onlyWith || dates[deadline.onlyWith]).map((deadline) => {
      const date = resolveOffset(deadline.when, dates);
      return { kind: 'deadline' as const, id: deadline.id, date, weekend: date ? isWeekend(date) : false, deadline };
    }),
  ];
  const order = new Map(rows.map((row, index) => [row, index]));
  return rows.sort((a, b) => {
    if (a.date && b.date) return compareDates(a.date, b.date) || (a.kind === b.kind ? order.get(a)! - order.get(b)! : a.kind === 'task' ? -1 : 1);
    if (a.date || b.date) return a.date ? -1 : 1;
    return order.get(a)! - order.get(b)!;
  });
}

/** What the form calls a date in this plan: in the 换届 plan, the session is the new term's first one. */
export function dateLabelOf(template: Pick<PlanTemplate, 'anchors'>, anchor: string): string {
  if (anchor === 'session' && template.anchors[0] === 'election') return '新一届第一次会议日期';
  return DATE_ANCHORS[anchor as keyof typeof DATE_ANCHORS] ?? anchor;
}

/**
 * What to say when a row falls on a Saturday or Sunday; undefined when nothing needs saying.
 * A legal limit is never moved (the law's day stays), and a task on an entered day (选举日,
 * 会议当天) is that day by definition; a suggested date can move to a workday.
 */
export function weekendAdvice(row: PlanRow): string | undefined {
  if (!row.date || !row.weekend) return undefined;
  const day = `这一天是${WEEKDAY_NAMES[weekday(row.date)]}。`;
  if (row.kind === 'deadline' || row.task?.legal) return `${day}法定期限不因周末改变；要在工作日办的，请提前安排。`;
  if (row.task?.due?.days === 0) return undefined;
  return `${day}这是建议日期，可以挪到相近的工作日。`;
}

export interface DateWarning { deadline: TemplateDeadline; limit: PlainDate; entered: PlainDate }

/** Entered dates that break a limit (a first session set later than two months after the election). */
export function dateWarnings(template: PlanTemplate, plan: Pick<Plan, 'dates'>): DateWarning[] {
  const dates = planDates(plan);
  return template.deadlines.flatMap((deadline) => {
    const entered = deadline.limits ? dates[deadline.limits] : undefined;
    const limit = resolveOffset(deadline.when, dates);
    if (!entered || !limit) return [];
    const broken = deadline.kind === 'not-before' ? compareDates(entered, limit) < 0 : compareDates(entered, limit) > 0;
    return broken ? [{ deadline, limit, entered }] : [];
  });
}

/** A new plan's name from its template and the first entered date: 「2027年第一次会议」 needs the reader; this gives 「2027年 开好人代会的会前准备清单」. */
export function suggestedName(template: Pick<PlanTemplate, 'title'>, dates: Record<string, string>): string {
  const first = Object.values(dates).map((text) => parseDate(text)).find((date) => date);
  return `${first ? `${first.year}年` : ''}${template.title}`;
}

export const today = (): string => formatIso(((now) => ({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() }))(new Date()));

export const newPlanId = () => `plan-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

export function newPlan(template: Pick<PlanTemplate, 'id' | 'title'>, name: string, dates: Record<string, string>, id = newPlanId()): Plan {
  const now = new Date().toISOString();
  return { id, name: name.trim() || suggestedName(template, dates), template: template.id, dates, tasks: {}, created: now, updated: now };
}
