import { describe, expect, it } from 'vitest';
import { citedText, resolveCitation } from '../../src/lib/citations.ts';
import { LAW_IDS, STATUTES } from '../../src/lib/statutes/statute-data.ts';
import { LAW_ORDER, findLaw, lawCommand, parseArticleInput, splitArguments } from '../../src/lib/statutes/law-lookup.ts';

const laws = [...STATUTES.values()];

describe('npm run law: finding the law', () => {
  it('keeps its display order in step with statute-data.ts', () => {
    expect(LAW_ORDER).toEqual([...LAW_IDS]);
  });

  it.each([
    ['组织法', 'organic-2022'],
    ['地方组织法', 'organic-2022'],
    ['《地方组织法》', 'organic-2022'],
    ['代表法', 'deputies-2025'],
    ['选举法', 'election-2020'],
    ['预算法', 'budget-2018'],
    ['预算法实施条例', 'budget-rules-2020'],
    ['实施条例', 'budget-rules-2020'],
    ['宪法', 'constitution'],
    ['中华人民共和国预算法', 'budget-2018'],
    ['organic-2015', 'organic-2015'],
    ['deputies-2015', 'deputies-2015'],
    ['Organic-2022', 'organic-2022'],
    ['代表法2015', 'deputies-2015'],
    ['代表法（2015）', 'deputies-2015'],
    ['地方组织法（2015）', 'organic-2015'],
    ['组织法2022', 'organic-2022'],
  ])('%s → %s', (name, id) => {
    expect(findLaw(name, laws)?.id).toBe(id);
  });

  it('finds nothing for a law the handbook does not carry or a version it lacks', () => {
    expect(findLaw('民法典', laws)).toBeUndefined();
    expect(findLaw('代表法2010', laws)).toBeUndefined();
    expect(findLaw('organic-2010', laws)).toBeUndefined();
  });
});

describe('npm run law: reading the article number', () => {
  it.each(['19', '第19条', '19条', '十九', '第十九条', '１９'])('%s → 19', (text) => {
    expect(parseArticleInput(text)).toBe(19);
  });

  it('reads 一百零三 and rejects what is not an article number', () => {
    expect(parseArticleInput('第一百零三条')).toBe(103);
    for (const text of ['', 'x', '0', '第条', '十九款', '19.5']) expect(parseArticleInput(text)).toBeUndefined();
  });

  it('splits the arguments into law and article, as separate words or in one piece', () => {
    expect(splitArguments(['组织法', '19'])).toEqual({ law: '组织法', article: '19' });
    expect(splitArguments(['代表法', '2015', '第十条'])).toEqual({ law: '代表法2015', article: '第十条' });
    expect(splitArguments(['组织法第十九条'])).toEqual({ law: '组织法', article: '第十九条' });
    expect(splitArguments(['预算法实施条例10'])).toEqual({ law: '预算法实施条例', article: '10' });
    expect(splitArguments(['组织法'])).toBeUndefined();
    expect(splitArguments(['代表法2015'])).toBeUndefined();
    expect(splitArguments([])).toBeUndefined();
  });
});

describe('npm run law: the article as printed', () => {
  it('prints the heading, the paragraphs and items with their numbers, and the citation to copy', () => {
    const { lines, exitCode } = lawCommand(['组织法', '12'], laws);
    expect(exitCode).toBe(0);
    expect(lines[0]).toBe('《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》（2022年修正）第十二条');
    expect(lines).toContain('    第（九）项  item: 9  听取和审议乡、民族乡、镇的人民代表大会主席团的工作报告；');
    expect(lines.filter((line) => line.startsWith('第2款  paragraph: 2  少数民族聚居的'))).toHaveLength(1);
    expect(lines.slice(-2)).toEqual(['引用：{ law: organic-2022, article: 12 }', '正文：<Citation law="organic-2022" article={12} />']);
  });

  it('names an old version as such and keeps an excerpt’s paragraph numbers', () => {
    const { lines } = lawCommand(['organic-2015', '第二十七条'], laws);
    expect(lines[0]).toBe('《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》（2015年修正）第二十七条');
    expect(lines).toContain('（旧版本，现行版本是 organic-2022）');
    expect(lines.some((line) => line.startsWith('第2款  paragraph: 2  '))).toBe(true);
  });

  // The point of the command: every number it prints is the one resolveCitation takes for that text.
  it('numbers every paragraph and item of every law exactly as citations resolve them', () => {
    let checked = 0;
    for (const law of laws) {
      for (const article of law.articles) {
        const { lines } = lawCommand([law.id, String(article.number)], laws);
        for (const line of lines) {
          const paragraph = /^第(\d+)款  paragraph: (\d+)  (.*)$/.exec(line);
          const item = /^ {4}第（(.+)）项  (?:paragraph: (\d+), )?item: (\d+)  (.*)$/.exec(line);
          if (paragraph) {
            expect(paragraph[1]).toBe(paragraph[2]);
            const resolved = resolveCitation({ law: law.id, article: article.number, paragraph: Number(paragraph[2]) });
            expect(resolved.ok && resolved.value.paragraph?.text).toBe(paragraph[3]);
            checked++;
          } else if (item) {
            const resolved = resolveCitation({ law: law.id, article: article.number, item: Number(item[3]), ...(item[2] ? { paragraph: Number(item[2]) } : {}) });
            expect(resolved.ok && citedText(resolved.value)).toBe(`（${item[1]}）${item[4]}`);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('npm run law: bad input', () => {
  it('lists the accepted names for a law it does not know', () => {
    const { lines, exitCode } = lawCommand(['民法典', '3'], laws);
    expect(exitCode).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/不认识法律名称“民法典”.*地方组织法 \/ 组织法、代表法、选举法、预算法、预算法实施条例 \/ 实施条例、宪法.*organic-2015/);
  });

  it('says which articles the law has', () => {
    expect(lawCommand(['组织法', '91'], laws)).toEqual({ lines: ['《地方组织法》没有第91条：共有第1–90条。'], exitCode: 1 });
    expect(lawCommand(['organic-2015', '7'], laws).lines[0]).toMatch(/^《地方组织法（2015）》没有收第7条：这一版本只摘录了第5、6、9、/);
  });

  it('explains how to write the article number, and how to run the command', () => {
    expect(lawCommand(['代表法', '第x条'], laws)).toEqual({ lines: ['看不懂条号“第x条”：请写 19、第19条、十九 或 第十九条。'], exitCode: 1 });
    expect(lawCommand([], laws).exitCode).toBe(1);
    expect(lawCommand([], laws).lines[0]).toMatch(/^用法：npm run law -- 组织法 19/);
  });
});
