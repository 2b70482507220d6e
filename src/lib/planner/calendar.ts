/**
 * A plan as an iCalendar file (.ics) for Outlook, WPS, phone calendars: one all-day event per
 * dated task or legal deadline, made with the `ics` library. Ids are stable (plan + row), so
 * importing the file again updates the events instead of doubling them.
 */
import { createEvents, type EventAttributes } from 'ics';
import { addDays, formatChinese, WEEKDAY_NAMES, weekday } from './dates.ts';
import { planRows, type Plan, type PlanTemplate } from './model.ts';

export function planCalendar(template: PlanTemplate, plan: Plan): string {
  const events: EventAttributes[] = planRows(template, plan).flatMap((row) => {
    if (!row.date) return [];
    const next = addDays(row.date, 1);
    const start: [number, number, number] = [row.date.year, row.date.month, row.date.day];
    const end: [number, number, number] = [next.year, next.month, next.day];
    const weekendNote = row.weekend ? `\n这一天是${WEEKDAY_NAMES[weekday(row.date)]}，本手册不顺延法定期限，请在这之前的工作日办好。` : '';
    if (row.kind === 'deadline') {
      const deadline = row.deadline!;
      return [{
        uid: `${plan.id}-deadline-${row.id}@township-congress-handbook`,
        start, end,
        title: `【法定期限】${deadline.title}`,
        description: `${deadline.kind === 'not-before' ? '最早' : '最晚'}：${formatChinese(row.date)}\n法律原文：“${deadline.words}”（${deadline.citation}）${deadline.note ? `\n${deadline.note}` : ''}${weekendNote}`,
        categories: ['法定期限'],
        calName: plan.name,
      }];
    }
    const task = row.task!;
    const state = plan.tasks[row.id] ?? {};
    return [{
      uid: `${plan.id}-task-${row.id}@township-congress-handbook`,
      start, end,
      title: `${state.done ? '✓ ' : ''}${task.text}`,
      description: `负责：${state.owner || task.owner}\n${task.legal ? '法律规定的期限' : '建议完成日期（本手册的建议，按本地实际调整）'}${state.note ? `\n备注：${state.note}` : ''}${weekendNote}`,
      categories: [task.legal ? '法定期限' : '筹备任务'],
      calName: plan.name,
    }];
  });
  if (!events.length) return '';
  const { error, value } = createEvents(events, { productId: 'township-congress-handbook/planner', calName: plan.name });
  if (error || !value) throw new Error(`日历文件生成失败：${error?.message ?? '没有内容'}`);
  return value;
}
