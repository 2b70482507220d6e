/**
 * The content checker (src/lib/checker): one line per problem, positions from 1, the value
 * found and the nearest allowed value. Scenarios run on a copy of the real content with one
 * file changed; the build scenarios (tests/build/bad-input.test.ts) check the same lines
 * come out of `npm run build`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../src/lib/checker/check-content.ts';
import { formatProblem, nearest } from '../../src/lib/checker/problem.ts';
import { fieldLabel } from '../../src/lib/checker/field-label.ts';
import { quoteDifference } from '../../src/lib/checker/quote-diff.ts';
import { ROUTES, headingAnchors } from '../../src/lib/checker/links.ts';
import { readSourceFile } from '../../src/lib/checker/source-file.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the real content with some files written or changed; returns the checker's lines. */
function checkWith(files: Record<string, string | ((text: string) => string)>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'checker-'));
  copies.push(dir);
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  for (const [path, change] of Object.entries(files)) {
    const file = join(dir, path);
    writeFileSync(file, typeof change === 'string' ? change : change(readFileSync(file, 'utf8')));
  }
  return checkContent(dir).problems.map(formatProblem);
}

const procedure = (steps: string) => `---
title: 测试程序
summary: 只用于测试内容检查能不能说清楚错在哪里。
phase: 会前准备
actors: [主席团]
steps:
${steps}
basis:
  - { law: organic-2022, article: 14, paragraph: 1 }
reviewed: { date: 2026-11-29, against: [organic-2022] }
---
正文。
`;
const step = (title: string, actor = '主席团') => `  - title: ${title}\n    actor: ${actor}\n    basis: [{ law: organic-2022, article: 14, paragraph: 1 }]`;

describe('the one-line message', () => {
  it('reads file:line · field · 「value」 · what to write', () => {
    expect(formatProblem({ file: 'content/a.mdx', line: 12, field: '第4步 actor', found: '乡镇政府', message: '是不是「乡镇人民政府」？' }))
      .toBe('content/a.mdx:12 · 第4步 actor · 「乡镇政府」 · 是不是「乡镇人民政府」？');
  });

  it('numbers list positions from 1, in the words authors use', () => {
    expect(fieldLabel(['steps', 3, 'actor'])).toBe('第4步 actor');
    expect(fieldLabel(['items', 2, 'id'])).toBe('第3项 id');
    expect(fieldLabel(['basis', 0, 'article'])).toBe('basis 第1个 article');
    expect(fieldLabel(['activities', 1, 'sheet', 'items', 0, 'answer'])).toBe('activities 第2个 sheet 第1题 answer');
  });

  it('guesses the value meant, and only when it is close', () => {
    expect(nearest('乡镇政府', ['人民代表大会', '乡镇人民政府', '县级人民政府'])).toBe('乡镇人民政府');
    expect(nearest('budget-reveiw', ['budget-review', 'final-accounts'])).toBe('budget-review');
    expect(nearest('完全不同的东西', ['主席团', '代表'])).toBeUndefined();
  });

  it('shows where a quotation leaves the law, counting characters from 1', () => {
    expect(quoteDifference('一般每年举行三次', ['乡、民族乡、镇的人民代表大会会议一般每年举行两次。'])).toBe(
      '与法律原文从第7个字起不同：你写的是「一般每年举行【三】次」，原文是「…一般每年举行【两】次。」',
    );
    expect(quoteDifference('一般每年举行两次', ['会议一般每年举行两次。'])).toBeUndefined();
    expect(quoteDifference('完全没有的话', ['会议一般每年举行两次。'])).toMatch(/^法律原文里找不到这段话/);
  });
});

describe('the real content', () => {
  const result = checkContent(root);
  it('has no problems', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.files).toBeGreaterThan(100);
  });

  // As the build: a warning while writing, a failure when HANDBOOK_STRICT_REVIEW=1 (CI).
  it.runIf(process.env.HANDBOOK_STRICT_REVIEW === '1')('no page was reviewed before a change in a law it cites', () => {
    expect(result.reviewWarnings).toEqual([]);
  });
});

describe('wording taken from the law', () => {
  it('a step threshold, a planner deadline and a “quoted phrase” before a citation: each shows where it leaves the law', () => {
    const lines = checkWith({
      'content/procedures/zz-test.mdx': procedure([
        step('主席团决定会期'),
        step('通知全体代表'),
        `${step('选举乡镇长')}\n    threshold: 全体代表的三分之二`,
      ].join('\n')).replace('reviewed:', 'deadlines:\n  - { id: first, title: 召开第一次会议, when: { after: election, months: 2 }, words: 选举完成后的三个月内, basis: { law: organic-2022, article: 20 } }\nreviewed:')
        .replace('正文。', '会议“一般每年举行三次”（<Citation law="organic-2022" article={14} paragraph={1} />）。'),
    });
    expect(lines).toEqual([
      expect.stringMatching(/zz-test\.mdx:16 · 第3步 threshold · 「全体代表的三分之二」 · 要用这一步依据条文的原话；法律原文里找不到这段话/),
      expect.stringMatching(/zz-test\.mdx:20 · deadlines 第1个 words · 「选举完成后的三个月内」 · 期限要从依据条文原样复制；与法律原文从第7个字起不同：你写的是「选举完成后的【三】个月内」，原文是「…选举完成后的【两】个月内/),
      expect.stringMatching(/zz-test\.mdx:23 · 正文引号里的法律原文 · 「一般每年举行三次」 · 与法律原文从第7个字起不同/),
    ]);
  });
});

describe('scenarios', () => {
  it('a misspelt actor in the 4th step: its line, 第4步, the value and the guess', () => {
    const lines = checkWith({ 'content/procedures/zz-test.mdx': procedure([step('主席团决定会期'), step('通知全体代表'), step('准备会议文件'), step('审议政府报告', '乡镇政府')].join('\n')) });
    expect(lines).toEqual([expect.stringMatching(/^content\/procedures\/zz-test\.mdx:17 · 第4步 actor · 「乡镇政府」 · 是不是「乡镇人民政府」？允许：/)]);
  });

  it('a misspelt field name: the nearest field this place allows', () => {
    const lines = checkWith({ 'content/procedures/zz-test.mdx': procedure([step('主席团决定会期'), step('通知全体代表'), `${step('准备会议文件')}\n    threshhold: 全体代表的过半数`].join('\n')) });
    expect(lines).toEqual([expect.stringMatching(/^content\/procedures\/zz-test\.mdx:16 · 第3步 threshhold · 没有这个字段；是不是 threshold？/)]);
  });

  it('a YAML indentation mistake: the file and the editor\'s line, and the other files still checked', () => {
    const lines = checkWith({
      'content/glossary/quorum.mdx': (text) => text.replace('\ndefinition:', '\n  definition:'),
      'content/procedures/zz-test.mdx': procedure([step('主席团决定会期'), step('通知全体代表'), step('审议政府报告', '乡镇政府')].join('\n')),
    });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^content\/glossary\/quorum\.mdx:4 · YAML · 缩进不齐/);
    expect(lines[1]).toMatch(/zz-test\.mdx:\d+ · 第3步 actor/);
  });

  it('a reference to an entry that does not exist: the nearest id', () => {
    const lines = checkWith({ 'content/powers/budget.mdx': (text) => text.replace(/^terms: \[/m, 'terms: [budgett, ') });
    expect(lines).toEqual([expect.stringMatching(/^content\/powers\/budget\.mdx:\d+ · terms 第1个 · 「budgett」 · content\/glossary\/ 里没有这个条目；是不是「budget」？$/)]);
  });

  it('a broken internal link and a missing anchor: the nearest page and anchor', () => {
    const lines = checkWith({
      'content/cases/jiangmen.mdx': (text) => `${text}\n见[程序](/procedures/budget-reveiw/)和[总表](/guides/annual-calendar/#全年工作)，以及[第十四条](/law/organic-2022/#art-14-p9)。\n`,
    });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/jiangmen\.mdx:\d+ · 正文链接 · 「\/procedures\/budget-reveiw\/」 · 没有这个页面；是不是 \/procedures\/budget-review\/？/);
    expect(lines[1]).toMatch(/「\/guides\/annual-calendar\/#全年工作」 · 页面在，但没有 #全年工作 这个位置；是不是 #全年工作表？/);
    expect(lines[2]).toMatch(/「\/law\/organic-2022\/#art-14-p9」 · 页面在，但没有 #art-14-p9：《地方组织法》第十四条没有第9款/);
  });

  it('a published entry that cites a draft, or links to one: both named', () => {
    const jiangmen = readFileSync(join(root, 'content/cases/jiangmen.mdx'), 'utf8');
    const lines = checkWith({
      'content/cases/zz-draft.mdx': jiangmen.replace(/^reviewed:/m, 'draft: true\nreviewed:'),
      'content/checklists/election-year.mdx': (text) => text.replace(/^reviewed:/m, 'cases: [zz-draft]\nreviewed:') + '\n见[草稿案例](/cases/zz-draft/)。\n',
    });
    expect(lines).toEqual([
      expect.stringMatching(/election-year\.mdx:\d+ · cases 第1个 · 「zz-draft」 · content\/cases\/zz-draft\.mdx 是草稿（draft: true），正式网站里没有它/),
      expect.stringMatching(/election-year\.mdx:\d+ · 正文链接 · 「\/cases\/zz-draft\/」 · content\/cases\/zz-draft\.mdx 是草稿（draft: true），正式网站里没有这一页/),
    ]);
  });

  it('quoted words that are in another article of the law: the article searched, and the one that has them', () => {
    const lines = checkWith({ 'content/procedures/zz-test.mdx': procedure([step('主席团决定会期'), step('通知全体代表'), step('准备会议文件')].join('\n')).replace('正文。', '<LawQuote law="deputies-2025" article={36} excerpt="分工联系选民" />') });
    expect(lines).toEqual([expect.stringMatching(/zz-test\.mdx:20 · 正文 <LawQuote> excerpt · 「分工联系选民」 · 这段话不在《代表法》第三十六条里，在《代表法》第三十七条里：是不是条号或款号写错了？$/)]);
  });

  it('the search synonym table: a row without means, a means no page uses, a phrase listed twice', () => {
    const lines = checkWith({
      'content/search/synonyms.yaml': (text) => `${text}\n- say: [开大会]\n  means: 一个手册里没有的词\n- say: [只有说法]\n`,
    });
    expect(lines).toEqual([
      expect.stringMatching(/^content\/search\/synonyms\.yaml:\d+ · 第\d+条 means · 「一个手册里没有的词」 · 手册的页面里没有这个词/),
      expect.stringMatching(/^content\/search\/synonyms\.yaml:\d+ · 第\d+条 say · 「开大会」 · 这个说法第1条已经有了/),
      expect.stringMatching(/^content\/search\/synonyms\.yaml:\d+ · 第\d+条 means · 必填，还没有写$/),
    ]);
  });

  it('finds every problem in one run', () => {
    const lines = checkWith({
      'content/powers/budget.mdx': (text) => text.replace('article: 12, item: 4 }', 'article: 12, item: 4 }\n  - { law: organic-2022, article: 999 }'),
      'content/cases/jiangmen.mdx': (text) => `${text}\n[坏链接](/powers/no-such/)\n`,
      'content/checklists/suggestions-follow-up.mdx': (text) => text.replace('应当加强对代表建议', '应该加强对代表建议'),
    });
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).toContain('《地方组织法》没有第999条；可引用第1条至第90条');
  });
});

describe('YAML mistakes people make, said in their terms at their line', () => {
  const yamlProblems = (frontmatter: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'yaml-'));
    copies.push(dir);
    writeFileSync(join(dir, 'x.mdx'), `---\n${frontmatter}\n---\n正文。\n`);
    return readSourceFile(join(dir, 'x.mdx'), dir, 'powers').problems.map((problem) => `${problem.line} ${problem.message}`);
  };

  it('a Chinese colon after a field name', () => {
    expect(yamlProblems('title：浙江安吉\norder: 4')).toEqual(['2 title 后面用了中文冒号「：」：改成英文冒号加一个空格，写成 title: ……']);
  });

  it('a template\'s note line uncommented instead of its field line', () => {
    expect(yamlProblems('title: 测试\naliases：这个术语的其他叫法，正文里出现时也链接到这个术语（选填，不写即为空，列表，每项：文字）\n# aliases: [人大主席团]')).toEqual(['3 这是 aliases 的说明行，不是字段：在行首加回 #；要用这个字段，删掉它下面那一行（aliases: …）的 #']);
  });

  it('a value holding 「: 」 without quotes', () => {
    expect(yamlProblems('title: 测试\nperiod: 时间: 2020年至2021年')).toEqual(['3 period 的值里有「: 」（冒号加空格），YAML 会把它当成新的字段：把整个值用引号括起来，写成 period: "时间: 2020年至2021年"']);
  });

  it('tabs, every line that has one', () => {
    expect(yamlProblems('title: 测试\nplace:\n\tprovince: 甘肃\n\tcity: 平凉')).toEqual(['4 用了 Tab 缩进：YAML 只能用空格，把这一行开头的 Tab 换成空格', '5 用了 Tab 缩进：YAML 只能用空格，把这一行开头的 Tab 换成空格']);
  });

  it('a field indented by one space after a comment: the field\'s line, not the comment\'s', () => {
    expect(yamlProblems('title: 测试\nsummary: 说明\n\n# —— 选填字段 ——\n aliases: [测试]')).toEqual([expect.stringMatching(/^6 缩进不齐/)]);
  });

  it('a field written twice: its name', () => {
    expect(yamlProblems('title: 测试\ntitle: 又一个')).toEqual([expect.stringMatching(/^3 字段 title 写了两次/)]);
  });

  it('a placeholder left in a heading of the body', () => {
    const lines = checkWith({ 'content/procedures/zz-test.mdx': procedure([step('主席团决定会期'), step('通知全体代表'), step('准备会议文件')].join('\n')).replace('正文。', '## 【待填：第一个小标题】\n\n正文。') });
    expect(lines).toEqual([expect.stringMatching(/^content\/procedures\/zz-test\.mdx:20 · 正文 · 还没填：把「【待填：第一个小标题】」换成你的内容/)]);
  });
});

describe('links from the sources', () => {
  it('know every page template in src/pages', () => {
    const pages = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? pages(join(dir, entry.name)) : [relative(join(root, 'src/pages'), join(dir, entry.name))]));
    expect(pages(join(root, 'src/pages')).sort()).toEqual(Object.keys(ROUTES).filter((key) => !key.startsWith('(')).sort());
  });

  it('make heading anchors as the pages do: the text without punctuation', () => {
    expect(headingAnchors('## 换届那一年：谁报告上一届主席团的工作\n\n## 闭会期间的监督节奏\n\n## 闭会期间的监督节奏\n')).toEqual(['换届那一年谁报告上一届主席团的工作', '闭会期间的监督节奏', '闭会期间的监督节奏-1']);
  });
});
