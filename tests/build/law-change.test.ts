/**
 * A law text changes and the handbook notices: re-importing a modified copy of 地方组织法
 * marks the changed article, the build's review report names every page that cites it,
 * and under HANDBOOK_STRICT_REVIEW=1 (as in CI) the build stops and publishes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseStatute, type StatuteArticle } from '../../src/lib/statutes/parse-statute.ts';
import { FixtureProject } from '../support/fixture-project.ts';
import { statuteSource } from '../support/statute-source.ts';

// The day the new text is imported: after every review date in the content (all of which are past days).
const importDay = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** Content entries (content/<collection>/<id>.mdx) that cite 地方组织法 (2022) Art. 14, found by reading the files as text. */
function filesCitingArticle14(root: string): string[] {
  const cites = [/law:\s*organic-2022,\s*article:\s*14\b/, /law="organic-2022"\s+article=\{14\}/];
  return readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' })
    .filter((path) => /^[^/]+\/[^/_][^/]*\.mdx$/.test(path))
    .filter((path) => cites.some((pattern) => pattern.test(readFileSync(join(root, 'content', path), 'utf8'))))
    .map((path) => `content/${path}`);
}

describe('a re-imported law text with a changed article', () => {
  let fixture: FixtureProject;
  let imported: { code: number; output: string };

  beforeAll(() => {
    fixture = new FixtureProject();
    const data = JSON.parse(readFileSync(join(fixture.root, 'content/statutes/organic-2022.json'), 'utf8')) as { title: string; articles: StatuteArticle[] };
    // The writer must give back exactly what the importer reads, or the scenario tests nothing.
    expect(parseStatute(statuteSource(data)).articles).toEqual(data.articles);
    // Words no page quotes: the pages citing the article are still right, but must be re-read.
    reimport((article14) => {
      article14.paragraphs[1]!.text = article14.paragraphs[1]!.text.replace('另行决定', '另外决定');
    });
  });

  /** Changes 地方组织法 Art. 14 in a copy of its source text and re-imports it. */
  function reimport(change: (article14: StatuteArticle) => void): void {
    const data = JSON.parse(readFileSync(join(fixture.root, 'content/statutes/organic-2022.json'), 'utf8')) as { title: string; articles: StatuteArticle[] };
    change(data.articles.find((article) => article.number === 14)!);
    const sources = join(fixture.root, '.sources');
    mkdirSync(sources, { recursive: true });
    writeFileSync(join(sources, '地方组织法_2022修正_全文.md'), statuteSource(data));
    imported = fixture.run('scripts/import-statutes.ts', ['--only', 'organic-2022'], { STATUTE_SOURCES: sources, HANDBOOK_IMPORT_DATE: importDay });
  }
  afterAll(() => fixture?.dispose());

  it('the import marks only the changed article, with the import day', () => {
    expect(imported.code).toBe(0);
    expect(imported.output).toContain(`organic-2022: 90 articles, 5 chapters; text changed in articles 14 (revised: ${importDay})`);
    const data = JSON.parse(readFileSync(join(fixture.root, 'content/statutes/organic-2022.json'), 'utf8')) as { articles: StatuteArticle[] };
    expect(data.articles.filter((article) => article.revised).map((article) => article.number)).toEqual([14]);
  });

  it('a normal build warns, naming every page that cites the article and nothing else', () => {
    const { code, output } = fixture.build({ HANDBOOK_STRICT_REVIEW: '0' });
    expect(code).toBe(0);
    const citing = filesCitingArticle14(fixture.root);
    expect(citing.length).toBeGreaterThan(3);
    const reported = [...output.matchAll(/^ {2}(content\/\S+\.mdx): 引用的地方组织法第十四条在 (\S+) 重新导入时文字有变化/gm)];
    expect(reported.map((match) => match[1]).sort()).toEqual(citing.sort());
    expect(reported.every((match) => match[2] === importDay)).toBe(true);
    expect(output).toContain(`核对提醒：${citing.length} 处，在 ${citing.length} 个文件里`);
  });

  it('a strict build (HANDBOOK_STRICT_REVIEW=1, as CI runs) stops and publishes nothing', () => {
    const dist = join(fixture.root, 'dist');
    writeFileSync(join(dist, 'index.html'), 'previous build');
    const { code, output } = fixture.build({ HANDBOOK_STRICT_REVIEW: '1' });
    expect(code).not.toBe(0);
    expect(output).toContain('核对提醒（HANDBOOK_STRICT_REVIEW=1，按错误处理）');
    expect(output).toContain('没有发布任何内容，dist/ 仍是上一次的构建');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous build');
  });

  it('a change in words that pages quote stops even a normal build, naming each quotation and where the words differ', () => {
    reimport((article14) => {
      article14.paragraphs[0]!.text = article14.paragraphs[0]!.text.replace('一般每年举行两次', '一般每年举行三次');
    });
    expect(imported.code).toBe(0);
    const { code, output } = fixture.build({ HANDBOOK_STRICT_REVIEW: '0' });
    expect(code).not.toBe(0);
    const quoting = output.split('\n').filter((line) => line.startsWith('content/') && line.includes('「一般每年举行两次」'));
    expect(quoting.length).toBeGreaterThan(3);
    for (const line of quoting) expect(line).toMatch(/^content\/\S+\.mdx:\d+ · 正文.* · 「一般每年举行两次」 · 与法律原文从第7个字起不同：你写的是「一般每年举行【两】次」，原文是「…一般每年举行【三】次。会议召开」（查的是《地方组织法》第十四条(第一款)?）$/);
  });
});
