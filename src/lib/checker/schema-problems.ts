/**
 * zod's findings on a frontmatter block, in an author's words: the field numbered from 1,
 * the value found, what is allowed and the nearest allowed value.
 */
import type { z } from 'astro/zod';
import { nearest, type Problem } from './problem.ts';
import { fieldLabel, showValue, valueAt } from './field-label.ts';
import { fieldAt, type FieldInfo } from './schema-walk.ts';
import type { SourceFile } from './source-file.ts';

const TYPE_WORDS: Record<string, string> = {
  string: '一段文字',
  number: '一个数字（不加引号）',
  boolean: 'true 或 false',
  array: '一个列表：[甲, 乙]，或每项一行、以「- 」开头',
  object: '一组字段：{ 字段: 值 }，或下一行起缩进书写',
  date: '日期，写成 2026-11-29',
};

/** zod's own English wording: replaced by ours. A schema's own message (already for authors) is kept. */
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized|Expected)/;

function example(info: FieldInfo | undefined): string {
  if (!info || info.example === undefined) return '';
  const value = typeof info.example === 'string' ? info.example : JSON.stringify(info.example).replace(/"/g, '').replace(/,/g, ', ').replace(/:/g, ': ');
  return `，例如 ${value}`;
}

/** A law written by its name (代表法) where its id is needed: the current version's id. */
const LAW_NAMES: Array<[RegExp, string]> = [
  [/^(中华人民共和国)?(地方各级人民代表大会和地方各级人民政府)?(地方)?组织法$/, 'organic-2022'],
  [/代表法$/, 'deputies-2025'],
  [/选举法$/, 'election-2020'],
  [/^(中华人民共和国)?预算法$/, 'budget-2018'],
  [/实施条例$/, 'budget-rules-2020'],
  [/宪法$/, 'constitution'],
];
function lawIdFor(name: string): string | undefined {
  const plain = name.replace(/[《》\s]/g, '');
  return LAW_NAMES.find(([pattern]) => pattern.test(plain))?.[1];
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  values?: unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  keys?: string[];
  errors?: Issue[][];
}

export function schemaProblems(file: SourceFile, schema: z.ZodType, info: FieldInfo): Problem[] {
  const result = schema.safeParse(file.data);
  if (result.success) return [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const add = (path: PropertyKey[], message: string, found?: unknown) => {
    const shown = showValue(found);
    const line = file.lineOf(path.filter((step): step is string | number => typeof step !== 'symbol'));
    const problem: Problem = { file: file.rel, ...(line ? { line } : {}), ...(path.length ? { field: fieldLabel(path) } : {}), ...(shown !== undefined ? { found: shown } : {}), message };
    const key = JSON.stringify(problem);
    if (!seen.has(key)) problems.push(problem);
    seen.add(key);
  };
  for (const issue of result.error.issues as unknown as Issue[]) {
    const path = issue.path;
    const value = valueAt(file.data, path);
    const field = fieldAt(info, path);
    const own = !ZOD_DEFAULT.test(issue.message);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = Object.keys(fieldAt(info, path)?.fields ?? {});
        for (const key of issue.keys ?? []) {
          const guess = nearest(key, allowed);
          add([...path, key], `没有这个字段${guess ? `；是不是 ${guess}？` : ''}（这里可写：${allowed.join('、')}）`);
        }
        break;
      }
      case 'invalid_type':
        if (value === undefined) add(path, `必填，还没有写${field?.description ? `：${field.description}` : ''}${example(field)}`);
        else add(path, `应是${TYPE_WORDS[issue.expected ?? ''] ?? issue.expected}${issue.expected === 'string' && typeof value === 'number' ? `：数字也要加引号，写成 '${value}'` : ''}${own ? `（${issue.message}）` : ''}`, value);
        break;
      case 'invalid_value': {
        const values = (issue.values ?? []).map(String);
        const guess = typeof value === 'string' ? (path.at(-1) === 'law' ? lawIdFor(value) : undefined) ?? nearest(value, values) : undefined;
        add(path, `${guess && guess !== value ? `是不是「${guess}」？` : '不在允许的值里。'}允许：${values.join('、')}`, value);
        break;
      }
      case 'too_small': {
        const min = Number(issue.minimum);
        const words = issue.origin === 'array'
          ? `至少要 ${min} 项，现在 ${Array.isArray(value) ? value.length : 0} 项`
          : issue.origin === 'string' ? (value === undefined || value === '' ? `必填，还没有写${example(field)}` : `太短：至少 ${min} 个字`) : `不能小于 ${min}`;
        add(path, own ? `${words}（${issue.message}）` : words, Array.isArray(value) ? undefined : value);
        break;
      }
      case 'too_big': {
        const max = Number(issue.maximum);
        const words = issue.origin === 'array' ? `最多 ${max} 项` : issue.origin === 'string' ? `太长：最多 ${max} 个字` : `不能大于 ${max}`;
        add(path, own ? `${words}（${issue.message}）` : words, Array.isArray(value) ? undefined : value);
        break;
      }
      case 'invalid_union':
        add(path, field?.kind === 'date' ? '应是日期，写成 2026-11-29' : (issue.errors?.[0]?.[0]?.message ?? issue.message), value);
        break;
      case 'invalid_format':
        add(path, own ? issue.message : `格式不对${field?.pattern ? `（应符合 ${field.pattern.source}）` : ''}`, value);
        break;
      default:
        add(path, issue.message, value);
    }
  }
  return problems;
}

