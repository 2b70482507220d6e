import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyEntry, entryFolders, growCorpus, shareOut } from '../../scripts/lib/synthetic-corpus.ts';
import { projectRoot } from '../support/fixture-project.ts';

const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;

describe('shareOut', () => {
  it('shares copies in proportion to folder sizes and adds up exactly', () => {
    const shares = shareOut(new Map([['glossary', 72], ['procedures', 32], ['cases', 3]]), 1000);
    expect([...shares.values()].reduce((a, b) => a + b, 0)).toBe(1000);
    expect(shares.get('glossary')).toBeGreaterThan(shares.get('procedures')!);
    expect(shares.get('cases')).toBeGreaterThanOrEqual(28);
  });

  it('gives every folder at least one copy when there are enough to go round', () => {
    const shares = shareOut(new Map([['glossary', 200], ['cases', 1], ['guides', 1]]), 10);
    expect([...shares.values()].reduce((a, b) => a + b, 0)).toBe(10);
    expect(shares.get('cases')).toBe(1);
    expect(shares.get('guides')).toBe(1);
  });
});

describe('copyEntry', () => {
  it('numbers the title and keeps the rest of the entry', () => {
    const copy = copyEntry('---\ntitle: 预算调整\nphase: 随时\n---\n\n正文\n', 3);
    expect(frontmatter(copy)).toEqual({ title: '预算调整·样本3', phase: '随时' });
    expect(copy.endsWith('\n---\n\n正文\n')).toBe(true);
  });

  it('numbers a glossary term and drops its aliases, which may name one term only', () => {
    const copy = copyEntry("---\nterm: '议程'\naliases:\n  - 会议议程\n  - 大会议程\ndefinition: 事项清单。\n---\n", 12);
    expect(frontmatter(copy)).toEqual({ term: '议程样本12', definition: '事项清单。' });
  });
});

describe('growCorpus', () => {
  let root: string | undefined;
  afterEach(() => root && rmSync(root, { recursive: true, force: true }));

  it('finds the collections on disk, and every copy is a real entry under a new name', () => {
    root = mkdtempSync(join(tmpdir(), 'corpus-'));
    for (const [folder, names] of [['powers', ['budget.mdx', 'supervision.mdx']], ['guides', ['start-here.mdx']], ['statutes', []]] as const) {
      mkdirSync(join(root, 'content', folder), { recursive: true });
      for (const name of names) writeFileSync(join(root, 'content', folder, name), `---\ntitle: ${name}\n---\n正文\n`);
    }
    writeFileSync(join(root, 'content', 'statutes', 'organic-2022.json'), '{}');
    const growth = growCorpus(root, 6);
    expect(growth).toEqual({ real: 3, added: 6, byFolder: { powers: 4, guides: 2 } });
    expect(readdirSync(join(root, 'content', 'powers')).sort()).toEqual(['budget-s1.mdx', 'budget-s3.mdx', 'budget.mdx', 'supervision-s2.mdx', 'supervision-s4.mdx', 'supervision.mdx']);
    expect(readFileSync(join(root, 'content', 'guides', 'start-here-s2.mdx'), 'utf8')).toBe('---\ntitle: start-here.mdx·样本2\n---\n正文\n');
  });

  it('sees every MDX collection of the real handbook', () => {
    expect([...entryFolders(projectRoot).keys()].sort()).toEqual(expect.arrayContaining(['cases', 'checklists', 'glossary', 'guides', 'powers', 'procedures', 'training']));
  });
});
