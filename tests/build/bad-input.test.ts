/**
 * Bad input stops the build with a message that names the file, the field and what is
 * allowed — and publishes nothing. Each scenario builds a copy of the handbook with one
 * broken file added.
 */
import { afterAll, describe, expect, it } from 'vitest';
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

const fixtures: FixtureProject[] = [];
function buildWith(files: Record<string, string>) {
  const fixture = new FixtureProject(files);
  fixtures.push(fixture);
  return { fixture, ...fixture.build() };
}
afterAll(() => fixtures.forEach((fixture) => fixture.dispose()));

describe('the build stops on bad input', () => {
  it('invalid frontmatter: names the file, the field and the allowed values', () => {
    const { code, output } = buildWith({ 'content/powers/broken.mdx': power('').replace('exercised: 会议期间', 'exercised: 平时') });
    expect(code).not.toBe(0);
    expect(output).toContain('content/powers/broken.mdx');
    expect(output).toContain('exercised: exercised must be one of: 会议期间、闭会期间、会议期间和闭会期间');
  });

  it('a citation of an article that does not exist, in frontmatter', () => {
    const { code, output } = buildWith({ 'content/powers/broken.mdx': power('').replace('article: 12, item: 4 }', 'article: 12, item: 4 }\n  - { law: organic-2022, article: 999 }') });
    expect(code).not.toBe(0);
    expect(output).toContain('content/powers/broken.mdx');
    expect(output).toMatch(/basis\.1: 《地方组织法》第九百九十九条 does not exist: .*allowed: 第1条至第90条/);
  });

  it('a citation of an item that does not exist, in the body: names file and line', () => {
    const { code, output } = buildWith({ 'content/powers/broken.mdx': power('', '第一行。\n\n见 <Citation law="organic-2022" article={12} item={15} />。') });
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/powers\/broken\.mdx:\d+ <Citation>: 《地方组织法》第十二条 has no item 15; it has items 1–14/);
  });

  it('a citation of a 预算法 article that does not exist: stops like any other law', () => {
    const { code, output } = buildWith({ 'content/powers/broken.mdx': power('', '见 <Citation law="budget-2018" article={102} />。') });
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/powers\/broken\.mdx:\d+ <Citation>: 《预算法》 ?has no article 102; allowed: 第1条至第101条/);
  });

  it('a provincial rule named without its version: names the file, the line and the versions the sources hold', () => {
    const { code, output } = buildWith({ 'content/powers/broken.mdx': power('', '第一行。\n\n广东省乡镇人民代表大会工作条例第二十条规定，会议七日前通知代表。') });
    expect(code).not.toBe(0);
    expect(output).toContain('content/powers/broken.mdx line 15: a 广东 rule names no version year');
    expect(output).toContain('广东省乡镇人民代表大会工作条例（2017年）');
  });

  it('a reference to an entry that does not exist: names the field and the ids allowed', () => {
    const { code, output } = buildWith({ 'content/powers/broken.mdx': power('procedures: [no-such-procedure]') });
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/powers\/broken\.mdx: procedures\[0\] refers to "no-such-procedure", which is not in the procedures collection\. Allowed ids: /);
  });

  it('a broken internal link: names the source file and the link', () => {
    const { code, output } = buildWith({ 'content/powers/broken.mdx': power('', '见[不存在的程序](/procedures/no-such-page/)。') });
    expect(code).not.toBe(0);
    expect(output).toContain('content/powers/broken.mdx (page /powers/broken/index.html): link to /procedures/no-such-page/ leads nowhere');
  });

  it('a guide with no review trail: names the file and what to write', () => {
    const { code, output } = buildWith({ 'content/guides/no-review.mdx': '---\ntitle: 测试指南\ndescription: 只用于测试。\n---\n正文。\n' });
    expect(code).not.toBe(0);
    expect(output).toContain('content/guides/no-review.mdx: reviewed is required: when you last checked this page against the law, e.g. reviewed: { date: 2026-11-29, against: [organic-2022] }');
  });

  it('publishes nothing when it fails: the previous dist/ stays as it was', () => {
    const fixture = new FixtureProject({ 'content/powers/broken.mdx': power('procedures: [no-such-procedure]') });
    fixtures.push(fixture);
    mkdirSync(join(fixture.root, 'dist'), { recursive: true });
    writeFileSync(join(fixture.root, 'dist', 'index.html'), 'previous build');
    const { code, output } = fixture.build();
    expect(code).not.toBe(0);
    expect(output).toContain('nothing was published');
    expect(readFileSync(join(fixture.root, 'dist', 'index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(join(fixture.root, 'dist', 'handbook.json'))).toBe(false);
  });
});
