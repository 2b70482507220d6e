/**
 * A plan as an iCalendar file (.ics) for Outlook, WPS, phone calendars: one all-day event per
 * dated task or legal deadline, made with the `ics` library. Ids are stable (plan + row), so
 * importing the file again updates the events instead of doubling them.
 */
import { createEvents, type EventAttributes } from 'ics';
import { addDays, formatChinese, parseDate } from './dates.ts';
import { dateLabelOf, planRows, weekendAdvice, type Plan, type PlanTemplate } from './model.ts';

export function planCalendar(template: PlanTemplate, plan: Plan): string {
  const state = (id: string) => plan.tasks[id] ?? {};
  // The entered dates themselves (选举日, 会议举行日期) are events too.
  const entered: EventAttributes[] = template.anchors.flatMap((anchor) => {
    const date = parseDate(plan.dates[anchor] ?? '');
    if (!date) return [];
    const next = addDays(date, 1);
    return [{ uid: `${plan.id}-date-${anchor}@township-congress-handbook`, start: [date.year, date.month, date.day], end: [next.year, next.month, next.day], title: `${plan.name}：${dateLabelOf(template, anchor)}`, categories: ['日程'], calName: plan.name }];
  });
  const events: EventAttributes[] = [...entered, ...planRows(template, plan).flatMap((row) => {
    if (!row.date) return [];
    const next = addDays(row.date, 1);
    const start: [number, number, number] = [row.date.year, row.date.month, row.date.day];
    const end: [number, number, number] = [next.year, next.month, next.day];
    const advice = weekendAdvice(row);
    const weekendNote = advice ? `\n${advice}` : '';
    // A reminder the day before: a clerk's calendar shows it in time to act.
    const alarms = state(row.id).done ? [] : [{ action: 'display' as const, description: row.kind === 'deadline' ? row.deadline!.title : row.task!.text, trigger: { days: 1, before: true } }];
    if (row.kind === 'deadline') {
      const deadline = row.deadline!;
      return [{
        uid: `${plan.id}-deadline-${row.id}@township-congress-handbook`,
        start, end,
        title: `【法定期限】${deadline.title}`,
        description: `${deadline.kind === 'not-before' ? '最早' : '最晚'}：${formatChinese(row.date)}\n法律原文：“${deadline.words}”（${deadline.citation}）${deadline.note ? `\n${deadline.note}` : ''}${weekendNote}`,
        categories: ['法定期限'],
        calName: plan.name,
        alarms,
      }];
    }
    const task = row.task!;
    const saved = state(row.id);
    return [{
      uid: `${plan.id}-task-${row.id}@township-congress-handbook`,
      start, end,
      title: `${saved.done ? '✓ ' : ''}${task.text}`,
      description: `负责：${saved.owner ?? task.owner}\n${task.due?.days === 0 ? '' : task.legal ? '法律规定的期限\n' : '建议完成日期（本手册的建议，按本地实际调整）\n'}${saved.note ? `备注：${saved.note}` : ''}${weekendNote}`.trim(),
      categories: [task.legal ? '法定期限' : '筹备任务'],
      calName: plan.name,
      alarms,
    }];
  })];
  if (!events.length) return '';
  const { error, value } = createEvents(events, { productId: 'township-congress-handbook/planner', calName: plan.name });
  if (error || !value) throw new Error(`日历文件生成失败：${error?.message ?? '没有内容'}`);
  return value;
}
