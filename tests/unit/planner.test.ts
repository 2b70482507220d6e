/** The session planner's arithmetic, rows, backup file and schema: what a wrong date or a lost tick would come from. */
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, describeOffset, isWeekend, parseDate, resolveOffset } from '../../src/lib/planner/dates.ts';
import { dateWarnings, isLegalDue, newPlan, planRows, weekendAdvice, type PlanTemplate } from '../../src/lib/planner/model.ts';
import { exportFile, readImportFile } from '../../src/lib/planner/transfer.ts';
import { DATE_ANCHORS, deadlineSchema, offsetSchema } from '../../src/schemas/planner.ts';
import type { PlannerState } from '../../src/lib/planner/store.ts';

const d = (text: string) => parseDate(text)!;

describe('dates', () => {
  it('reads only real dates', () => {
    expect(parseDate('2027-02-29')).toBeUndefined();
    expect(parseDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseDate('2027-13-01')).toBeUndefined();
    expect(parseDate('2027-3-1')).toBeUndefined();
  });

  it('counts months to the same day, or the last day of a shorter month', () => {
    expect(addMonths(d('2027-01-31'), 1)).toEqual(d('2027-02-28'));
    expect(addMonths(d('2028-01-31'), 1)).toEqual(d('2028-02-29'));
    expect(addMonths(d('2026-11-20'), 2)).toEqual(d('2027-01-20'));
    expect(addMonths(d('2027-02-28'), 3)).toEqual(d('2027-05-28'));
    expect(addMonths(d('2027-03-31'), -1)).toEqual(d('2027-02-28'));
  });

  it('counts days across month and year ends and leap days', () => {
    expect(addDays(d('2026-11-20'), -20)).toEqual(d('2026-10-31'));
    expect(addDays(d('2028-03-01'), -1)).toEqual(d('2028-02-29'));
    expect(addDays(d('2026-12-25'), 10)).toEqual(d('2027-01-04'));
  });

  it('does not move a deadline that falls on a weekend, only flags it', () => {
    // 选举日 2026-11-22 is a Sunday; 20 days before is Monday 2026-11-02; 15 days before Saturday 2026-11-07.
    const election = d('2026-11-22');
    const fifteen = resolveOffset({ before: 'election', days: 15 }, { election })!;
    expect(fifteen).toEqual(d('2026-11-07'));
    expect(isWeekend(fifteen)).toBe(true);
    expect(isWeekend(resolveOffset({ before: 'election', days: 20 }, { election })!)).toBe(false);
  });

  it('has no date when the starting date is not entered', () => {
    expect(resolveOffset({ after: 'assignment', months: 3 }, { session: d('2027-03-01') })).toBeUndefined();
  });

  it('describes an offset in words', () => {
    expect(describeOffset({ before: 'election', days: 20 }, DATE_ANCHORS)).toBe('选举日前20天');
    expect(describeOffset({ after: 'assignment', months: 3 }, DATE_ANCHORS)).toBe('建议交办日期后3个月');
    expect(describeOffset({ after: 'session', days: 0 }, DATE_ANCHORS)).toBe('会议举行日期当天');
  });
});

const template: PlanTemplate = {
  id: 'election-year', title: '换届选举清单', href: '/checklists/election-year/', cadence: '每届', anchors: ['election', 'session'],
  tasks: [
    { id: 'publish-roll', text: '公布选民名单', owner: '选举委员会', due: { before: 'election', days: 20 }, legal: true },
    { id: 'certificates', text: '发当选证书', owner: '选举委员会', due: { after: 'election', days: 7 }, legal: false },
    { id: 'no-date', text: '随时处理申诉', owner: '选举委员会', legal: false },
    { id: 'oath', text: '宪法宣誓', owner: '主席团', due: { after: 'session', days: 0 }, legal: false },
  ],
  deadlines: [
    { id: 'voter-list-published', title: '公布选民名单', when: { before: 'election', days: 20 }, kind: 'by', words: '选举日的二十日以前', citation: '《选举法》第二十八条', href: '/law/election-2020/#art-28', law: 'election-2020', article: 28, procedure: { title: '选民登记', href: '/procedures/voter-registration/' } },
    { id: 'deputies-list', title: '公布代表名单', when: { before: 'session', days: 1 }, kind: 'by', words: '在每届人民代表大会第一次会议前公布代表名单', citation: '《选举法》第四十七条第二款', href: '/law/election-2020/#art-47-p2', law: 'election-2020', article: 47, procedure: { title: '每届第一次会议', href: '/procedures/first-session-of-term/' }, onlyWith: 'election' },
  ],
};

describe('plan rows', () => {
  it('orders dated rows by date, a task before the limit on the same day, then the undated', () => {
    const rows = planRows(template, { dates: { election: '2026-11-22', session: '' } });
    expect(rows.map((row) => `${row.kind}:${row.id}`)).toEqual([
      'task:publish-roll', 'deadline:voter-list-published', 'task:certificates', 'task:no-date', 'task:oath', 'deadline:deputies-list',
    ]);
    expect(rows[0]!.date).toEqual(d('2026-11-02'));
    expect(rows.at(-1)!.date).toBeUndefined();
  });

  it('calls a task’s date the law’s only when it is counted as a deadline and cites its article', () => {
    const roll = [{ law: 'election-2020', article: 28 }];
    expect(isLegalDue({ before: 'election', days: 20 }, roll, template.deadlines)).toBe(true);
    expect(isLegalDue({ before: 'election', days: 21 }, roll, template.deadlines)).toBe(false);
    expect(isLegalDue(undefined, roll, template.deadlines)).toBe(false);
    // 会场布置 one day before the session is not 公布代表名单, though counted alike.
    expect(isLegalDue({ before: 'session', days: 1 }, [{ law: 'organic-2022', article: 14 }], template.deadlines)).toBe(false);
  });

  it('lists a new term’s limits only in a plan with an election day', () => {
    const ordinary = planRows(template, { dates: { session: '2027-03-06' } }).map((row) => row.id);
    expect(ordinary).not.toContain('deputies-list');
    expect(planRows(template, { dates: { session: '2027-01-10', election: '2026-11-22' } }).map((row) => row.id)).toContain('deputies-list');
  });
});

describe('warnings and weekends', () => {
  const withLimit: PlanTemplate = {
    ...template,
    deadlines: [...template.deadlines, { id: 'first-session', title: '召集新一届人大第一次会议', when: { after: 'election', months: 2 }, kind: 'by', words: '选举完成后的两个月内', citation: '《地方组织法》第二十条', href: '/law/organic-2022/#art-20', law: 'organic-2022', article: 20, procedure: { title: '每届第一次会议', href: '/procedures/first-session-of-term/' }, limits: 'session' }],
  };

  it('warns when an entered date breaks a limit, and only then', () => {
    expect(dateWarnings(withLimit, { dates: { election: '2026-11-22', session: '2027-01-22' } })).toEqual([]);
    const [warning] = dateWarnings(withLimit, { dates: { election: '2026-11-22', session: '2027-01-23' } });
    expect(warning?.limit).toEqual(d('2027-01-22'));
    expect(dateWarnings(withLimit, { dates: { election: '2026-11-22' } })).toEqual([]);
  });

  it('keeps legal limits and entered days on their weekend, and offers to move a suggested date', () => {
    const saturday = d('2026-11-21');
    const legal = { kind: 'deadline' as const, id: 'x', date: saturday, weekend: true, deadline: template.deadlines[0]! };
    expect(weekendAdvice(legal)).toContain('法定期限不因周末改变');
    const suggested = { kind: 'task' as const, id: 'y', date: saturday, weekend: true, task: template.tasks[1]! };
    expect(weekendAdvice(suggested)).toContain('可以挪到相近的工作日');
    const onTheDay = { kind: 'task' as const, id: 'z', date: saturday, weekend: true, task: template.tasks[3]! };
    expect(weekendAdvice(onTheDay)).toBeUndefined();
  });
});

describe('backup file', () => {
  const plan = newPlan(template, '2026年换届选举', { election: '2026-11-22' }, 'plan-a');
  plan.tasks['publish-roll'] = { done: true, owner: '张三', note: '已张榜' };
  const state: PlannerState = { version: 1, plans: [plan], active: { 'election-year': 'plan-a' } };

  it('reads back exactly what was saved', () => {
    const read = readImportFile(exportFile(state));
    expect(read).toEqual({ ok: true, state });
  });

  it('refuses a foreign, damaged or incomplete file with a message', () => {
    for (const text of ['not json', '{"hello":1}', JSON.stringify({ format: 'township-congress-handbook/planner', version: 1, exported: 'x', state: { version: 1, plans: [{ id: 'x' }], active: {} } })]) {
      const read = readImportFile(text);
      expect(read.ok).toBe(false);
      expect(!read.ok && read.message).toMatch(/现有日程没有改动/);
    }
    const badDate = JSON.parse(exportFile(state));
    badDate.state.plans[0].dates.election = '2026/11/22';
    expect(readImportFile(JSON.stringify(badDate))).toMatchObject({ ok: false, message: expect.stringContaining('第 1 份日程：日期不是 年-月-日') });
    const badOwner = JSON.parse(exportFile(state));
    badOwner.state.plans[0].tasks['publish-roll'].owner = 7;
    expect(readImportFile(JSON.stringify(badOwner)).ok).toBe(false);
    const twice = JSON.parse(exportFile({ ...state, plans: [plan, plan] }));
    expect(readImportFile(JSON.stringify(twice))).toMatchObject({ ok: false, message: expect.stringContaining('同一个编号') });
  });
});

describe('dates in content', () => {
  it('asks for exactly one starting date and one amount, naming what to write', () => {
    expect(offsetSchema.safeParse({ before: 'session', days: 30 }).success).toBe(true);
    const both = offsetSchema.safeParse({ before: 'session', after: 'election', days: 3 });
    expect(both.success).toBe(false);
    expect(JSON.stringify(both.error?.issues)).toContain('`before:`（往前数）和 `after:`（往后数）只写一个');
    const none = offsetSchema.safeParse({ after: 'election' });
    expect(JSON.stringify(none.error?.issues)).toContain('`days:`（天数）和 `months:`（月数）只写一个');
    const unknown = offsetSchema.safeParse({ after: 'holiday', days: 3 });
    expect(JSON.stringify(unknown.error?.issues)).toContain('session（会议举行日期）');
  });

  it('a deadline needs the law’s words and one citation', () => {
    const ok = deadlineSchema.safeParse({ id: 'a', title: '公布选民名单', when: { before: 'election', days: 20 }, words: '选举日的二十日以前', basis: { law: 'election-2020', article: 28 } });
    expect(ok.success).toBe(true);
    expect(deadlineSchema.safeParse({ id: 'a', title: '公布选民名单', when: { before: 'election', days: 20 }, basis: { law: 'election-2020', article: 28 } }).success).toBe(false);
  });
});
