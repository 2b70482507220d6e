/** The schemas accept good entries and reject bad ones with a message that says what to write. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checklistsSchema, powersSchema, proceduresSchema, trainingSchema, type ReferenceFn } from '../../src/schemas/collections.ts';
import { citationSchema } from '../../src/schemas/citation.ts';

const reference = (() => z.string()) as unknown as ReferenceFn;
const messages = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

const power = {
  title: '审查和批准预算、决算',
  order: 4,
  summary: '乡镇的钱怎么花，由大会审查批准。',
  group: '监督',
  exercised: '会议期间和闭会期间',
  actors: ['人民代表大会'],
  basis: [{ law: 'organic-2022', article: 12, item: 4 }],
  reviewed: { date: '2026-11-29', against: ['organic-2022'] },
};
const reviewed = power.reviewed;

describe('citation schema', () => {
  it('accepts a citation that exists', () => {
    expect(citationSchema.safeParse({ law: 'organic-2022', article: 14, paragraph: 3 }).success).toBe(true);
  });

  it('rejects an article the law does not have, naming the citation and what is allowed', () => {
    expect(messages(citationSchema.safeParse({ law: 'organic-2022', article: 999 }))).toEqual([
      ': 《地方组织法》没有第999条；可引用第1条至第90条',
    ]);
  });

  it('rejects an unknown law id with the list of ids', () => {
    expect(messages(citationSchema.safeParse({ law: 'organic-2023', article: 1 }))[0]).toMatch(/law: law 只能是：organic-2022、organic-2015/);
  });

  it('rejects unknown keys, so a typo like artcle does not pass silently', () => {
    expect(citationSchema.safeParse({ law: 'organic-2022', article: 12, iten: 4 }).success).toBe(false);
  });
});

describe('powers schema', () => {
  it('accepts a complete power', () => {
    expect(messages(powersSchema(reference).safeParse(power))).toEqual([]);
  });

  it('requires the first basis to be the power’s own item of Art. 12', () => {
    const result = powersSchema(reference).safeParse({ ...power, basis: [{ law: 'organic-2022', article: 12, item: 5 }] });
    expect(messages(result)).toEqual(['basis.0: 职权的第一条 basis 必须是它自己那一项：{ law: organic-2022, article: 12, item: 4 }']);
  });

  it('explains allowed values of enums', () => {
    expect(messages(powersSchema(reference).safeParse({ ...power, exercised: '平时' }))[0]).toMatch(/exercised 只能是：会议期间、闭会期间、会议期间和闭会期间/);
  });

  it('names a missing field', () => {
    const { summary: _summary, ...rest } = power;
    expect(messages(powersSchema(reference).safeParse(rest))[0]).toMatch(/^summary: /);
  });
});

describe('procedures schema', () => {
  const step = { title: '主席团决定会议日期', actor: '主席团', basis: [{ law: 'organic-2022', article: 14, paragraph: 1 }] };
  const procedure = { title: '筹备大会会议', summary: '开会之前要做的准备工作。', phase: '会前准备', actors: ['主席团'], steps: [step, step, step], basis: [{ law: 'organic-2022', article: 14 }], reviewed };

  it('accepts a procedure with three steps', () => {
    expect(messages(proceduresSchema(reference).safeParse(procedure))).toEqual([]);
  });

  it('needs at least three steps', () => {
    expect(messages(proceduresSchema(reference).safeParse({ ...procedure, steps: [step] }))).toContain('steps: 工作程序至少要有3步');
  });

  it('needs a basis or a named source for every step', () => {
    const bare = { title: '召开预备会议', actor: '代表' };
    expect(messages(proceduresSchema(reference).safeParse({ ...procedure, steps: [step, step, bare] }))[0]).toMatch(/^steps.2: 每一步都要写 basis/);
    const sourced = { ...bare, source: '广东省乡镇人民代表大会工作条例（2017年修订）' };
    expect(proceduresSchema(reference).safeParse({ ...procedure, steps: [step, step, sourced] }).success).toBe(true);
  });
});

describe('checklists schema', () => {
  const item = (id: string) => ({ id, text: '拟定年度工作要点', owner: '主席团', source: '通行做法' });
  const checklist = { title: '主席团年度工作安排', summary: '闭会期间一年要做的事。', audience: ['主席团'], cadence: '每年', items: [item('a'), item('b'), item('c')], reviewed };

  it('accepts unique item ids', () => {
    expect(messages(checklistsSchema(reference).safeParse(checklist))).toEqual([]);
  });

  it('rejects a repeated item id, naming both items', () => {
    expect(messages(checklistsSchema(reference).safeParse({ ...checklist, items: [item('a'), item('b'), item('a')] }))).toEqual([
      'items.2.id: 这个 id 第1项已经用了；每项要有自己的 id（打勾记录按 id 保存）',
    ]);
  });

  it('rejects an item with neither a basis nor a source, as it does a step', () => {
    const { source: _source, ...bare } = item('c');
    expect(messages(checklistsSchema(reference).safeParse({ ...checklist, items: [item('a'), item('b'), bare] }))).toEqual([
      'items.2: 每一项都要写 basis（法律依据）；国家法律没有规定的，写 source：省级条例写明省份和版本年份，或者说明是通行做法、本手册的建议',
    ]);
  });

  it('rejects item ids that are not slugs', () => {
    expect(messages(checklistsSchema(reference).safeParse({ ...checklist, items: [item('a'), item('b'), item('第三项')] }))[0]).toMatch(/items.2.id: 只能用小写英文字母、数字和连字符/);
  });
});

describe('training schema', () => {
  const module = {
    title: '十四项职权', summary: '一堂课讲清十四项职权。', audience: ['代表'], durationMinutes: 60,
    objectives: ['学员能够说出十四项职权'], agenda: [{ minutes: 20, activity: '讲解' }, { minutes: 40, activity: '讨论' }],
    quiz: [{ question: '乡镇人大有几项职权？', right: '十四项', wrong: ['十三项'], explanation: '2022年起是十四项。' }],
    reviewed,
  };

  it('accepts a module whose agenda adds up to its duration', () => {
    expect(messages(trainingSchema(reference).safeParse(module))).toEqual([]);
  });

  it('rejects a duration that differs from the agenda', () => {
    expect(messages(trainingSchema(reference).safeParse({ ...module, durationMinutes: 90 }))).toEqual([
      'durationMinutes: durationMinutes 写的是90分钟，但 agenda 各段加起来是60分钟；两者要相等',
    ]);
  });

  it('rejects a quiz whose right option is also listed as wrong', () => {
    const quiz = [{ ...module.quiz[0]!, wrong: ['十四项'] }];
    expect(messages(trainingSchema(reference).safeParse({ ...module, quiz }))[0]).toMatch(/^quiz.0.wrong: 选项不能重复/);
  });

  it('tells an author using the old options/answer form what to write instead', () => {
    const quiz = [{ question: '乡镇人大有几项职权？', options: ['13', '14'], answer: 1, right: '十四项', wrong: ['十三项'], explanation: '2022年起是十四项。' }];
    expect(messages(trainingSchema(reference).safeParse({ ...module, quiz })).join('\n')).toMatch(/写 right: 正确选项 和 wrong: \[错误选项\]/);
  });

  it('requires an answer on worksheet and card items, not on role cards', () => {
    const sheet = (kind: string) => ({ kind, items: [{ title: '1-1', prompt: '甲得33票，当选吗？' }] });
    const activity = (kind: string) => ({ title: '练习', description: '两人一组。', sheet: sheet(kind) });
    expect(messages(trainingSchema(reference).safeParse({ ...module, activities: [activity('worksheet')] }))[0]).toMatch(/^activities.0.sheet.items.0.answer: 练习纸（worksheet）的每一题都要写 answer/);
    expect(trainingSchema(reference).safeParse({ ...module, activities: [activity('roles')] }).success).toBe(true);
  });
});
