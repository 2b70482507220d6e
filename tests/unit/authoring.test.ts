/**
 * The author's tools generated from the schemas: `npm run new` templates and the field tables
 * in content/README.md. A template fails the checker, one line per placeholder, until it is
 * filled; filled with its own examples, it passes. The README's tables match the schemas.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECKED_COLLECTIONS, checkContent, collectionFields } from '../../src/lib/checker/check-content.ts';
import { formatProblem } from '../../src/lib/checker/problem.ts';
import { entryTemplate, fillPlaceholders } from '../../src/lib/authoring/template.ts';
import { COLLECTION_LABELS } from '../../src/lib/authoring/collection-labels.ts';
import { fieldTable, withFieldTables } from '../../src/lib/authoring/field-table.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'authoring-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });

describe('npm run new templates', () => {
  const templates = CHECKED_COLLECTIONS.map((collection) => [collection, entryTemplate(collection, 'zz-new-entry', COLLECTION_LABELS[collection], collectionFields(collection))] as const);
  for (const [collection, text] of templates) writeFileSync(join(dir, 'content', collection, 'zz-new-entry.mdx'), text);
  const unfilled = checkContent(dir).problems;

  it.each(templates)('%s: every field has its note, and each placeholder left is one clear line', (collection, text) => {
    const lines = unfilled.filter((problem) => problem.file === `content/${collection}/zz-new-entry.mdx`);
    expect(lines.length).toBeGreaterThan(2);
    for (const problem of lines) expect(formatProblem(problem)).toMatch(new RegExp(`^content/${collection}/zz-new-entry\\.mdx:\\d+ · \\S+ · 还没填：把「【待填：.*】」换成你的内容`));
    // The lines named are the lines with placeholders.
    const textLines = text.split('\n');
    for (const problem of lines) expect(textLines[problem.line! - 1]).toContain('【待填');
    for (const [field, info] of Object.entries(collectionFields(collection).fields ?? {})) {
      if (info.kind !== 'never' && !info.advanced) expect(text, field).toMatch(new RegExp(`^# ${field}[：（]`, 'm'));
    }
  });

  it('filled in with its examples, every template passes the checker', () => {
    for (const [collection, text] of templates) writeFileSync(join(dir, 'content', collection, 'zz-new-entry.mdx'), fillPlaceholders(text));
    expect(checkContent(dir).problems.map(formatProblem)).toEqual([]);
  });

  it('npm run new writes the file, and refuses a bad id or an existing file', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'scripts/new-entry.ts'), ...args], { cwd: root, encoding: 'utf8' });
    const bad = run('procedures', 'Budget_Hearing');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('只用小写英文字母、数字和连字符');
    const existing = run('powers', 'budget');
    expect(existing.status).toBe(1);
    expect(existing.stderr).toContain('content/powers/budget.mdx 已经存在，没有改动它');
    const unknown = run('procedure', 'x');
    expect(unknown.stderr).toContain('没有「procedure」这个类别');
  });
});

describe('content/README.md field tables', () => {
  it('match the schemas (run npm run docs:content after changing a schema)', () => {
    const readme = readFileSync(join(root, 'content/README.md'), 'utf8');
    const tables = Object.fromEntries(CHECKED_COLLECTIONS.map((collection) => [collection, fieldTable(collectionFields(collection))]));
    expect(withFieldTables(readme, tables) === readme, 'content/README.md field tables differ from the schemas: run npm run docs:content').toBe(true);
  });
});
