import { describe, expect, it } from 'vitest';
import { baselineJson, baselineNote, searchRegressionWarnings, type BaselineEntry } from '../../scripts/lib/search-regressions.ts';
import type { QueryCase, QueryRun } from '../../scripts/lib/search-runner.ts';

const VOTE = '/procedures/livelihood-projects-vote/';
const queries: QueryCase[] = [
  { q: '票决制', kind: 'topic', expect: [VOTE] },
  { q: '质询案', kind: 'topic', expect: ['/procedures/inquiries/'] },
  { q: '组织法18条', kind: 'article', expect: ['/law/organic-2022/#art-18'] },
];

/** A run listing these pages, titled 页面1, 页面2… unless a title is given as [path, title]. */
function run(q: string, pages: Array<string | [string, string]>): QueryRun {
  return {
    q,
    ms: 10,
    results: pages.map((page) => (typeof page === 'string' ? page : page[0])),
    titles: pages.map((page, index) => (typeof page === 'string' ? `页面${index + 1}` : page[1])),
  };
}

const baseline: BaselineEntry[] = [
  { q: '票决制', rank: 2 },
  { q: '质询案', rank: 1 },
  { q: '组织法18条', rank: 1 },
];

describe('search regressions against the baseline', () => {
  it('says nothing while every expected page stays in the top 3, even if it moves within it', () => {
    const runs = [run('票决制', ['/a/', '/b/', VOTE]), run('质询案', ['/procedures/inquiries/']), run('组织法18条', ['/law/organic-2022/#art-18'])];
    expect(searchRegressionWarnings(queries, runs, baseline)).toEqual([]);
  });

  it('names the query, the old and new rank and the pages now above the expected one', () => {
    const runs = [
      run('票决制', [['/glossary/#livelihood-vote', '民生实事项目票决制'], ['/documents/', '文书范本库'], ['/a/', 'A'], ['/b/', 'B'], [VOTE, '民生实事项目代表票决制']]),
    ];
    expect(searchRegressionWarnings(queries, runs, baseline)).toEqual([
      '⚠ 「票决制」: 预期页面从第2名降到第5名；现在排在它前面的：民生实事项目票决制（/glossary/#livelihood-vote）、文书范本库（/documents/）、A（/a/）、B（/b/）',
    ]);
  });

  it('says when the expected page left the results, naming the first few pages and how many there are', () => {
    const pages = Array.from({ length: 10 }, (_, index) => `/p${index + 1}/`);
    const [warning] = searchRegressionWarnings(queries, [run('质询案', pages)], baseline);
    expect(warning).toBe('⚠ 「质询案」: 预期页面从第1名降到前10名以外；现在排在前面的：页面1（/p1/）、页面2（/p2/）、页面3（/p3/）、页面4（/p4/）、页面5（/p5/）等10个页面');
    expect(searchRegressionWarnings(queries, [run('质询案', [])], baseline)).toEqual(['⚠ 「质询案」: 预期页面原来排第1名，现在搜不到任何页面']);
  });

  it('counts an article query only when the anchor matches, as the benchmark does', () => {
    const runs = [run('组织法18条', ['/law/organic-2022/#art-19', '/law/organic-2022/', '/x/', '/law/organic-2022/#art-18'])];
    expect(searchRegressionWarnings(queries, runs, baseline)).toEqual([
      '⚠ 「组织法18条」: 预期页面从第1名降到第4名；现在排在它前面的：页面1（/law/organic-2022/#art-19）、页面2（/law/organic-2022/）、页面3（/x/）',
    ]);
  });

  it('uses the address where a run has no titles', () => {
    const [warning] = searchRegressionWarnings(queries, [{ q: '票决制', ms: 1, results: ['/a/', '/b/', '/c/', VOTE] }], baseline);
    expect(warning).toMatch(/现在排在它前面的：\/a\/、\/b\/、\/c\/$/);
  });

  it('does not warn about queries that already missed the top 3, are not in the baseline, or were not run', () => {
    const older: BaselineEntry[] = [{ q: '票决制', rank: 4 }, { q: '质询案', rank: null }];
    const runs = [run('票决制', ['/a/']), run('质询案', ['/a/']), run('组织法18条', ['/a/'])];
    expect(searchRegressionWarnings(queries, runs, older)).toEqual([]);
    // The smoke run: only some queries were run.
    expect(searchRegressionWarnings(queries, [run('质询案', ['/procedures/inquiries/'])], baseline)).toEqual([]);
  });

  it('notes when the baseline is out of date, and not otherwise', () => {
    const runs = [run('票决制', [VOTE]), run('质询案', ['/procedures/inquiries/']), run('组织法18条', ['/law/organic-2022/#art-18'])];
    expect(baselineNote(queries, runs, baseline)).toBeUndefined();
    const note = baselineNote(queries, runs, [{ q: '票决制', rank: null }, { q: '质询案', rank: 1 }, { q: '已删除的查询', rank: 1 }]);
    expect(note).toBe('基线 tests/search/baseline.json 需要更新：1 个查询不在基线里（不检查），1 个查询新进了前3名，基线里有 1 个查询已不在查询集中。确认后运行 npm run bench:search -- --no-build --update-baseline');
  });

  it('writes the baseline as valid JSON, one line per query in the order of the set', () => {
    const runs = [run('组织法18条', ['/law/organic-2022/#art-18']), run('质询案', ['/a/']), run('票决制', ['/a/', VOTE])];
    const text = baselineJson(queries, runs);
    expect(JSON.parse(text).queries).toEqual([{ q: '票决制', rank: 2 }, { q: '质询案', rank: null }, { q: '组织法18条', rank: 1 }]);
    expect(text).toContain('\n    { "q": "票决制", "rank": 2 },\n    { "q": "质询案", "rank": null },\n');
    expect(() => baselineJson(queries, runs.slice(1))).toThrow(/needs the whole query set/);
  });
});
