/**
 * The file `npm run new -- <collection> <id>` writes: every field of the collection's schema,
 * each with its note in Chinese (required or optional, limits, allowed values), required fields
 * filled with 【待填：例子】 placeholders and optional ones commented out. Generated from the
 * schemas' notes (`.meta({ description, examples })`), so the templates never drift from them.
 * The checker reports every 【待填 left in a file (check-content.ts).
 */
import type { FieldInfo } from '../checker/schema-walk.ts';
import { kindWords, requiredWords, yamlValue } from './field-words.ts';

export const PLACEHOLDER = '【待填';
const placeholder = (example: string) => `${PLACEHOLDER}：${example}】`;

/** Replaces every placeholder by its example: what an author's filled-in file looks like, for tests. */
export function fillPlaceholders(text: string): string {
  return text.replace(/【待填：([^】]*)】/g, '$1');
}

function note(name: string, info: FieldInfo): string {
  const parts = [requiredWords(info), kindWords(info)].filter(Boolean).join('，');
  return `${name}${info.description ? `：${info.description}` : ''}（${parts}）`;
}

function exampleOf(info: FieldInfo, copy: number): unknown {
  if (info.example !== undefined) {
    // A list of items with ids (checklist items): each copy gets its own id.
    if (copy > 1 && typeof info.example === 'string' && info.pattern) return `${info.example}-${copy}`;
    return info.example;
  }
  if (info.kind === 'enum') return info.values?.[0];
  if (info.kind === 'boolean') return false;
  if (info.kind === 'array') return info.element?.example !== undefined ? [info.element.example] : [];
  return undefined;
}

/** Whether the field is written as an indented block (a list of objects, or an object) rather than on one line. */
function isBlock(info: FieldInfo): boolean {
  if (info.example !== undefined) return false;
  return info.kind === 'object' || (info.kind === 'array' && info.element?.kind === 'object');
}

/** A template line: a field's note, or YAML (possibly commented out). */
interface Line { indent: string; text: string; note?: boolean; off?: boolean }

const render = (line: Line) => (line.note ? `${line.indent}# ${line.text}` : line.off ? `${line.indent}# ${line.text}` : `${line.indent}${line.text}`);
const commentOut = (lines: Line[]): Line[] => lines.map((line) => (line.note ? line : { ...line, off: true }));

/**
 * The lines of one field. `fill`: the field is part of what the author must write, so a
 * required field gets a 【待填】 placeholder; an optional one is commented out, with its example.
 */
function fieldLines(name: string, info: FieldInfo, indent: string, fill: boolean, copy = 1): Line[] {
  if (info.kind === 'never') return [];
  // Notes once: the second and third step of a template repeat the first without them.
  const lines: Line[] = copy > 1 ? [] : [{ indent, text: note(name, info), note: true }];
  const active = fill && info.required;
  const child = (key: string, field: FieldInfo, childIndent: string, index: number) => {
    // The second and third item of a template list: only what must be written.
    if (index > 1 && !field.required) return [];
    const inner = fieldLines(key, field, childIndent, active, index);
    return active && !field.required ? commentOut(inner) : inner;
  };
  if (isBlock(info)) {
    lines.push({ indent, text: `${name}:` });
    if (info.kind === 'object') {
      for (const [key, field] of Object.entries(info.fields ?? {})) lines.push(...child(key, field, `${indent}  `, copy));
    } else {
      for (let index = 1; index <= Math.max(1, info.min ?? 0); index++) {
        const item = Object.entries(info.element?.fields ?? {}).flatMap(([key, field]) => child(key, field, `${indent}    `, index));
        // The item's first written field carries the list's "- ".
        const first = item.find((line) => !line.note && !line.off) ?? item.find((line) => !line.note);
        if (first) {
          first.indent = `${indent}  `;
          first.text = `- ${first.text}`;
        }
        lines.push(...item);
      }
    }
    return fill && !info.required ? commentOut(lines) : lines;
  }
  const example = exampleOf(info, copy);
  const written = example === undefined ? '' : yamlValue(example);
  const value = active ? placeholder(written) : written;
  lines.push({ indent, text: `${name}: ${value}`.trimEnd() });
  return fill && !info.required ? commentOut(lines) : lines;
}

const BODY = `
{/* 正文从这里写，写完删掉这段说明。
    先写读者要做的事，句子要短。引用法律用 <Citation law="organic-2022" article={14} paragraph={1} />，
    整段引用原文用 <LawQuote law="organic-2022" article={14} paragraph={1} />（不要手打法律原文）。
    术语表里的词第一次在正文出现时会自动链接到术语表。 */}

## ${placeholder('第一个小标题')}

${placeholder('第一段正文')}
`;

export function entryTemplate(collection: string, id: string, label: string, schema: FieldInfo): string {
  const header = [
    `# 新${label}：content/${collection}/${id}.mdx`,
    '# 每个字段上面一行是说明。把「【待填：……】」换成你的内容（冒号后面是一个例子）；',
    '# 选填字段前面有 #：要用时删掉字段行的 # 和它后面的空格（说明行可以留着）。写完运行 npm run check:content 检查。',
  ];
  const fields = Object.entries(schema.fields ?? {});
  const required = fields.filter(([, info]) => info.required);
  const optional = fields.filter(([, info]) => !info.required && info.kind !== 'never');
  const lines = [
    '---',
    ...header,
    '',
    ...required.flatMap(([name, info]) => fieldLines(name, info, '', true)).map(render),
    '',
    '# —— 选填字段 ——',
    ...optional.flatMap(([name, info]) => fieldLines(name, info, '', true)).map(render),
    '---',
  ];
  return `${lines.join('\n')}\n${BODY}`;
}
