/**
 * Bad input stops `npm run build` before Astro starts, with the content checker's lines
 * (src/lib/checker): `file:line · field (numbered from 1) · 「value」 · what is allowed or the
 * nearest value` — every problem in one run, no stack traces, no tooling wording — and
 * publishes nothing. One copy of the handbook; each scenario writes its broken files, builds,
 * then puts the files back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FixtureProject } from '../support/fixture-project.ts';

const power = (frontmatter: string, body = '正文。') => `---
title: 测试职权
order: 4
summary: 只用于测试构建是否拦下错误的条目。
group: 监督
exercised: 会议期间
actors: [主席团]
basis:
  - { law: organic-2022, article: 12, item: 4 }
reviewed: { date: 2026-11-29, against: [organic-2022] }
${frontmatter}
---
${body}
`;

let fixture: FixtureProject;
beforeAll(() => {
  fixture = new FixtureProject();
});
afterAll(() => fixture?.dispose());

/** Writes the files (new text, or a change to the real file), builds, restores; returns the output. */
function buildWith(files: Record<string, string | ((text: string) => string)>): { code: number; output: string } {
  const originals = new Map<string, string | undefined>();
  for (const [path, change] of Object.entries(files)) {
    const file = join(fixture.root, path);
    const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    originals.set(path, before);
    fixture.write({ [path]: typeof change === 'string' ? change : change(before ?? '') });
  }
  try {
    return fixture.build();
  } finally {
    for (const [path, before] of originals) {
      if (before === undefined) fixture.remove(path);
      else fixture.write({ [path]: before });
    }
  }
}

/** The checker's lines in the output, and nothing an author should not have to read. */
function problemLines(output: string): string[] {
  expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // a stack trace
  expect(output).not.toMatch(/astro:build|AssertionError|unhandled error/i);
  expect(output).toMatch(/构建已停止：内容有 \d+ 个问题（见上）。没有发布任何内容/);
  return output.split('\n').filter((line) => line.startsWith('content/'));
}

describe('the build stops on bad input, one line per problem', () => {
  it('a citation of an article that does not exist (frontmatter): its line, basis 第2个, the citation and the articles there are', () => {
    const { code, output } = buildWith({ 'content/powers/broken.mdx': power('').replace('article: 12, item: 4 }', 'article: 12, item: 4 }\n  - { law: organic-2022, article: 999 }') });
    expect(code).not.toBe(0);
    expect(problemLines(output)).toEqual(['content/powers/broken.mdx:10 · basis 第2个 · 「{ law: organic-2022, article: 999 }」 · 《地方组织法》没有第999条；可引用第1条至第90条']);
  });

  it('a citation of an item that does not exist (body): the file line of the component', () => {
    const { output } = buildWith({ 'content/powers/broken.mdx': power('', '第一行。\n\n见 <Citation law="organic-2022" article={12} item={15} />。') });
    expect(problemLines(output)).toEqual(['content/powers/broken.mdx:15 · 正文 <Citation> · 「<Citation law="organic-2022" article={12} item={15}>」 · 《地方组织法》第十二条没有第15项；它有第1–14项']);
  });

  it('an altered quotation: the first character that differs, with context', () => {
    const { output } = buildWith({ 'content/checklists/suggestions-follow-up.mdx': (text) => text.replace('应当加强对代表建议', '应该加强对代表建议') });
    expect(problemLines(output)).toEqual([
      expect.stringMatching(/^content\/checklists\/suggestions-follow-up\.mdx:\d+ · 正文 <LawQuote> excerpt · 「乡、民族乡、镇的人民代表大会主席团，应该加强对代表建议、批评和意见的督促办理」 · 与法律原文从第20个字起不同：你写的是「…会主席团，应【该】加强对代表建」，原文是「…会主席团，应【当】加强对代表建」（查的是《代表法》第五十二条第一款）$/),
    ]);
  });

  it('an unknown actor in the 4th step: 第4步 actor, the value and 是不是', () => {
    const { output } = buildWith({ 'content/procedures/inquiries.mdx': (text) => text.replace('    actor: 乡镇人民政府', '    actor: 乡镇政府') });
    expect(problemLines(output)).toEqual([expect.stringMatching(/^content\/procedures\/inquiries\.mdx:31 · 第4步 actor · 「乡镇政府」 · 是不是「乡镇人民政府」？允许：人民代表大会、主席团、/)]);
  });

  it('a reference to an entry that does not exist: the field, the value and the nearest id', () => {
    const { output } = buildWith({ 'content/powers/broken.mdx': power('procedures: [budget-reveiw]') });
    expect(problemLines(output)).toEqual(['content/powers/broken.mdx:11 · procedures 第1个 · 「budget-reveiw」 · content/procedures/ 里没有这个条目；是不是「budget-review」？']);
  });

  it('a YAML indentation mistake: the file and the line the editor shows', () => {
    const { output } = buildWith({ 'content/powers/broken.mdx': power('').replace('\nsummary:', '\n  summary:') });
    expect(problemLines(output)).toEqual([expect.stringMatching(/^content\/powers\/broken\.mdx:3 · YAML · 第3–4行：缩进不齐/)]);
  });

  it('a broken internal link: the file, the line and the nearest page', () => {
    const { output } = buildWith({ 'content/powers/broken.mdx': power('', '第一行。\n\n见[预算审查](/procedures/budget-reveiw/)。') });
    expect(problemLines(output)).toEqual(['content/powers/broken.mdx:15 · 正文链接 · 「/procedures/budget-reveiw/」 · 没有这个页面；是不是 /procedures/budget-review/？']);
  });

  it('a duplicate checklist item id: 第N项 and the item that has it', () => {
    const { output } = buildWith({ 'content/checklists/oversight-activity.mdx': (text) => text.replace('  - id: define-questions', '  - id: in-annual-plan') });
    expect(problemLines(output)).toEqual(['content/checklists/oversight-activity.mdx:30 · 第3项 id · 「in-annual-plan」 · 这个 id 第1项已经用了；每项要有自己的 id（打勾记录按 id 保存）']);
  });

  it('three mistakes in three files: all three in one run', () => {
    const { output } = buildWith({
      'content/powers/broken.mdx': power('procedures: [budget-reveiw]'),
      'content/procedures/inquiries.mdx': (text) => text.replace('    actor: 乡镇人民政府', '    actor: 乡镇政府'),
      'content/checklists/oversight-activity.mdx': (text) => text.replace('  - id: define-questions', '  - id: in-annual-plan'),
    });
    const lines = problemLines(output);
    expect(lines).toHaveLength(3);
    expect(lines.map((line) => line.split(' · ')[0])).toEqual(['content/checklists/oversight-activity.mdx:30', 'content/powers/broken.mdx:11', 'content/procedures/inquiries.mdx:31']);
    expect(output).toContain('构建已停止：内容有 3 个问题');
  });

  it('a provincial rule named without its version: the line and the versions the sources hold', () => {
    const { output } = buildWith({ 'content/powers/broken.mdx': power('', '第一行。\n\n广东省乡镇人民代表大会工作条例第二十条规定，会议七日前通知代表。') });
    expect(problemLines(output)).toEqual([expect.stringMatching(/^content\/powers\/broken\.mdx:15 · 正文 · 「广东省乡镇人民代表大会工作条例第二十条.*」 · 广东的规定没写版本年份：写明省份和版本，免得读成国家法律，例如 广东省乡镇人民代表大会工作条例（2017年）/)]);
  });

  it('a guide with no review trail: what to write', () => {
    const { output } = buildWith({ 'content/guides/no-review.mdx': '---\ntitle: 测试指南\ndescription: 只用于测试内容检查。\n---\n正文。\n' });
    expect(problemLines(output)).toEqual([expect.stringMatching(/^content\/guides\/no-review\.mdx:2 · reviewed · 必填/)]);
  });

  it('publishes nothing when it fails: the previous dist/ stays as it was', () => {
    mkdirSync(join(fixture.root, 'dist'), { recursive: true });
    writeFileSync(join(fixture.root, 'dist', 'index.html'), 'previous build');
    const { code, output } = buildWith({ 'content/powers/broken.mdx': power('procedures: [no-such-procedure]') });
    expect(code).not.toBe(0);
    expect(output).toContain('dist/ 仍是上一次的构建');
    expect(readFileSync(join(fixture.root, 'dist', 'index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(join(fixture.root, 'dist', 'handbook.json'))).toBe(false);
  });
});
