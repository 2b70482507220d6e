/**
 * Provincial rules on the pages: each names its province and version (checked for every
 * file by checkProvincialMentions), and every article number a page gives for a provincial
 * regulation exists in that regulation's text in ../shared/sources/regulations.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MDX_COLLECTIONS, readCollection, type ContentFile } from '../../src/lib/content-files.ts';
import { checkProvincialMentions, findProvincialMentions, provincialMentionsOf } from '../../src/lib/regulations/provincial-check.ts';
import { PROVINCIAL_REGULATIONS } from '../../src/lib/regulations/provincial-regulations.ts';
import { parseStatute } from '../../src/lib/statutes/parse-statute.ts';
import { toChineseNumeral } from '../../src/lib/statutes/chinese-numerals.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const regulationsDir = join(root, '../shared/sources/regulations');
const files = MDX_COLLECTIONS.flatMap((collection) => readCollection(root, collection));

const fake = (body: string, data: Record<string, unknown> = {}): ContentFile => ({ collection: 'procedures', id: 'x', path: 'content/procedures/x.mdx', data, body });

describe('provincial rules named with province and version', () => {
  it('holds for every content file', () => {
    expect(files.flatMap(checkProvincialMentions)).toEqual([]);
  });

  it('flags a provincial rule without a version year, in a step source or the body', () => {
    const problems = checkProvincialMentions(fake('广东省乡镇人民代表大会工作条例第二十条规定七日前通知。', { steps: [{ source: '浙江省条例规定每季度开一次' }] }));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/steps\[0\]\.source: a 浙江 rule names no version year/);
    expect(problems[1]).toMatch(/line \d+: a 广东 rule names no version year.*广东省乡镇人民代表大会工作条例（2017年）/);
  });

  it('flags a version the sources do not hold', () => {
    expect(checkProvincialMentions(fake('广东省乡镇人民代表大会工作条例（2010年修正）第二十条。'))[0]).toMatch(/gives the year 2010/);
  });

  it('accepts a short second mention once the page has named the version', () => {
    expect(checkProvincialMentions(fake('广东省乡镇人民代表大会工作条例（2017年修订）第二十条规定七日前通知；另见广东第二十二条。'))).toEqual([]);
  });

  it('does not take places or lists of provinces for rules', () => {
    expect(findProvincialMentions('《赴甘肃平凉市学习考察报告》；北京、山东、重庆七省市的条例', 'x')).toEqual([]);
  });

  it('reads titles that list levels with 、 as one title', () => {
    const [beijing] = findProvincialMentions('北京市乡、民族乡、镇人民代表大会组织条例（2016年修正）第十五条第二款', 'x');
    expect(beijing?.regulation?.file).toBe('北京市乡民族乡镇人民代表大会组织条例.md');
    expect(beijing?.articles).toEqual([15]);
    expect(findProvincialMentions('浙江省县、乡两级人民代表大会代表选举实施细则（2021年）第十条', 'x')[0]?.regulation?.keywords).toContain('选举');
  });

  it('picks the regulation the mention names, not one its sentence is about', () => {
    const [zhejiang] = findProvincialMentions('预算调整方案放在年中，例如浙江省乡镇人民代表大会工作条例（2016年）第十七条第二款', 'x');
    expect(zhejiang?.regulation?.file).toBe('浙江省乡镇人民代表大会工作条例_2016.md');
    const [shandong] = findProvincialMentions('选举期间，山东省乡镇人民代表大会工作若干规定（2015年）第二十八条第（八）项', 'x');
    expect(shandong?.regulation?.file).toBe('山东省乡镇人民代表大会工作若干规定_2015.md');
    expect(shandong?.references).toEqual([{ article: 28, item: 8 }]);
  });

  it('reads the article numbers that follow a version', () => {
    const [mention] = findProvincialMentions('重庆市乡镇人民代表大会工作条例（2016年修正）第十四条第二款、第三十二条第（十）项', 'x');
    expect(mention?.regulation?.file).toBe('重庆市乡镇人民代表大会工作条例_2016.md');
    expect(mention?.articles).toEqual([14, 32]);
  });
});

describe.skipIf(!existsSync(regulationsDir))('provincial article numbers against ../shared/sources/regulations', () => {
  // The regulation files share the statute files' layout, so the statute parser reads them too.
  const articlesOf = new Map(
    PROVINCIAL_REGULATIONS.map((regulation) => {
      // Some files put 第七条 on a line of its own, before the article's first paragraph.
      // One file (广东 2017) has two items numbered 1. and 4. instead of （一） and （四）.
      const text = readFileSync(join(regulationsDir, regulation.file), 'utf8')
        .replace(/^(第[零〇一二两三四五六七八九十百]+条)[ \u3000]*\n+/gm, '$1 ')
        .replace(/^(\d)\.\s+/gm, (_match, digit: string) => `（${toChineseNumeral(Number(digit))}）`);
      const parsed = parseStatute(text);
      return [regulation.file, new Map(parsed.articles.map((article) => [article.number, article]))] as const;
    }),
  );

  it('knows every regulation file', () => {
    for (const [file, articles] of articlesOf) expect(articles.size, file).toBeGreaterThan(3);
  });

  it('every article, paragraph and item a page gives for a provincial regulation exists there', () => {
    const missing = files.flatMap((file) =>
      provincialMentionsOf(file).flatMap((mention) => {
        if (!mention.regulation) return [];
        const articles = articlesOf.get(mention.regulation.file)!;
        return mention.references.flatMap(({ article, paragraph, item }) => {
          const found = articles.get(article);
          const where = `${file.path} ${mention.where}: ${mention.regulation!.title}`;
          if (!found) return [`${where} has no 第${article}条 — “${mention.clause.slice(0, 50)}”`];
          const paragraphs = paragraph ? found.paragraphs.filter((candidate) => candidate.number === paragraph) : found.paragraphs;
          if (!paragraphs.length) return [`${where} 第${article}条 has no 第${paragraph}款 (it has ${found.paragraphs.length})`];
          if (item && !paragraphs.some((candidate) => candidate.items.some((entry) => entry.number === item))) return [`${where} 第${article}条${paragraph ? `第${paragraph}款` : ''} has no 第（${item}）项`];
          return [];
        });
      }),
    );
    expect(missing).toEqual([]);
  });
});
