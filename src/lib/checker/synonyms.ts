/**
 * The search synonym table (content/search/synonyms.yaml), checked like the entries: YAML with
 * the editor's line, each row against its schema (rows numbered from 1), every `means` a word the
 * handbook's pages use, and every reader's phrase listed once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isSeq, type Node } from 'yaml';
import { synonymSchema } from '../../schemas/search.ts';
import { showValue } from './field-label.ts';
import type { Problem } from './problem.ts';

export const SYNONYMS_FILE = 'content/search/synonyms.yaml';

/** `handbookText`: every entry's frontmatter and body, to find the words the pages use. */
export function synonymProblems(root: string, handbookText: string): Problem[] {
  const path = join(root, SYNONYMS_FILE);
  if (!existsSync(path)) return [];
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter, prettyErrors: true });
  const file = SYNONYMS_FILE;
  if (document.errors.length) {
    const error = document.errors[0]!;
    return [{ file, ...(error.linePos ? { line: error.linePos[0].line } : {}), field: 'YAML', message: `YAML 格式有误（${error.code}: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}）` }];
  }
  const rows = document.toJS() as unknown;
  if (!Array.isArray(rows)) return [{ file, line: 1, field: 'YAML', message: '这个文件应是一个列表：每条以「- say: [...]」开头，下一行「  means: ...」' }];
  const sequence = document.contents;
  const lineOf = (index: number) => {
    const node = isSeq(sequence) ? (sequence.items[index] as Node | undefined) : undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  const problems: Problem[] = [];
  const add = (index: number, field: string, message: string, found?: unknown) => {
    const line = lineOf(index);
    const shown = showValue(found);
    problems.push({ file, ...(line ? { line } : {}), field: `第${index + 1}条 ${field}`.trim(), ...(shown !== undefined ? { found: shown } : {}), message });
  };
  const seen = new Map<string, number>();
  rows.forEach((row: unknown, index) => {
    const result = synonymSchema.safeParse(row);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const missing = issue.code === 'invalid_type' && (row as Record<PropertyKey, unknown> | null)?.[issue.path[0] as PropertyKey] === undefined;
        add(index, issue.path.map(String).join(' '), missing ? '必填，还没有写' : issue.code === 'unrecognized_keys' ? `没有这个字段：${issue.keys.join('、')}（这里可写：say、means、note）` : issue.message);
      }
      return;
    }
    if (!handbookText.includes(result.data.means)) add(index, 'means', '手册的页面里没有这个词：means 要写页面上实际用的词，搜索才会找到它', result.data.means);
    for (const phrase of result.data.say) {
      const earlier = seen.get(phrase);
      if (earlier !== undefined) add(index, 'say', `这个说法第${earlier + 1}条已经有了：每个说法只写一次`, phrase);
      else seen.set(phrase, index);
    }
  });
  return problems;
}
