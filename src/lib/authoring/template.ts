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

/** Whether the field is written as an indented block rather than on one line: lists of objects, and objects without an example. */
function isBlock(info: FieldInfo): boolean {
  if (info.kind === 'array') return info.element?.kind === 'object';
  return info.kind === 'object' && info.example === undefined;
}

/** A template line: a field's note, or YAML (possibly commented out). */
interface Line { indent: string; text: string; note?: boolean; off?: boolean }

const render = (line: Line) => (line.note || line.off ? `${line.indent}# ${line.text}` : `${line.indent}${line.text}`);
const commentOut = (lines: Line[]): Line[] => lines.map((line) => (line.note ? line : { ...line, off: true }));

interface FieldOptions {
  /** Part of what the author writes (not inside a commented-out field). */
  fill: boolean;
  /** Written even though optional: the example item has it (a step's basis). */
  written?: boolean;
  /** Show the field's note (only the first item of a list carries notes). */
  notes: boolean;
  /** Which copy of a list item this is, from 1 (ids of repeated items get -2, -3). */
  copy: number;
}

/**
 * The lines of one field. A field the author must write gets a 【待填：例子】 placeholder; an
 * optional one is commented out, with its example. A list of objects is written item by item
 * from its example (a procedure's example steps), or as many items as it needs at least.
 */
function fieldLines(name: string, info: FieldInfo, indent: string, options: FieldOptions): Line[] {
  if (info.kind === 'never') return [];
  const lines: Line[] = options.notes ? [{ indent, text: note(name, info), note: true }] : [];
  const active = options.fill && (info.required || Boolean(options.written));
  if (isBlock(info)) {
    lines.push({ indent, text: `${name}:` });
    if (info.kind === 'object') {
      for (const [key, field] of Object.entries(info.fields ?? {})) {
        const inner = fieldLines(key, field, `${indent}  `, { fill: active, notes: options.notes, copy: options.copy });
        lines.push(...(active && !field.required ? commentOut(inner) : inner));
      }
    } else {
      const samples = Array.isArray(info.example) && info.example.length ? (info.example as Array<Record<string, unknown>>) : undefined;
      const count = !active ? 1 : samples ? samples.length : Math.max(1, info.min ?? 0);
      for (let index = 1; index <= count; index++) {
        const sample = samples?.[index - 1];
        const item = Object.entries(info.element?.fields ?? {}).flatMap(([key, field]) => {
          const value = sample?.[key];
          const written = value !== undefined;
          // After the first item, only what must be written.
          if (index > 1 && !field.required && !written) return [];
          const inner = fieldLines(key, written ? { ...field, example: value } : field, `${indent}    `, { fill: active, written, notes: index === 1, copy: written ? 1 : index });
          return active && !field.required && !written ? commentOut(inner) : inner;
        });
        // The item's first written field carries the list's "- ".
        const first = item.find((line) => !line.note && !line.off) ?? item.find((line) => !line.note);
        if (first) {
          first.indent = `${indent}  `;
          first.text = `- ${first.text}`;
        }
        lines.push(...item);
      }
    }
    return options.fill && !active ? commentOut(lines) : lines;
  }
  const example = exampleOf(info, options.copy);
  // Text of several lines (a document's sample) as a YAML block, as the content files write it.
  if (typeof example === 'string' && example.includes('\n')) {
    const text = active ? placeholder(example) : example;
    lines.push({ indent, text: `${name}: |` }, ...text.split('\n').map((line) => ({ indent: `${indent}  `, text: line })));
    return options.fill && !active ? commentOut(lines) : lines;
  }
  const written = example === undefined ? '' : yamlValue(example);
  lines.push({ indent, text: `${name}: ${active ? placeholder(written) : written}`.trimEnd() });
  return options.fill && !active ? commentOut(lines) : lines;
}

const BODY = `
{/* 正文从这里写，写完删掉这段说明。
    先写读者要做的事，句子要短。引用法律用 <Citation law="organic-2022" article={14} paragraph={1} />，
    整段引用原文用 <LawQuote law="organic-2022" article={14} paragraph={1} />（不要手打法律原文）。
    术语表里的词第一次在正文出现时会自动链接到术语表。 */}

## ${placeholder('第一个小标题')}

${placeholder('第一段正文')}
`;

/** A glossary term's body is extra explanation under its definition: no headings (the glossary page uses them for the terms). */
const GLOSSARY_BODY = `
{/* 正文可以不写。要写的话，是定义之后的补充说明：一两段话，不用 ## 小标题（术语表页面用小标题排列术语）。写完删掉这段说明。 */}
`;

export function entryTemplate(collection: string, id: string, label: string, schema: FieldInfo): string {
  const header = [
    `# 新${label}：content/${collection}/${id}.mdx`,
    '# 每个字段上面一行是说明。把「【待填：……】」换成你的内容（冒号后面是一个例子）；',
    '# 选填字段前面有 #：要用时删掉字段行的 # 和它后面的空格（说明行可以留着）。写完运行 npm run check:content 检查。',
  ];
  const fields = Object.entries(schema.fields ?? {});
  const required = fields.filter(([, info]) => info.required);
  const optional = fields.filter(([, info]) => !info.required && info.kind !== 'never' && !info.advanced);
  const lines = [
    '---',
    ...header,
    '',
    ...required.flatMap(([name, info]) => fieldLines(name, info, '', { fill: true, notes: true, copy: 1 })).map(render),
    '',
    '# —— 选填字段 ——',
    ...optional.flatMap(([name, info]) => fieldLines(name, info, '', { fill: true, notes: true, copy: 1 })).map(render),
    '---',
  ];
  return `${lines.join('\n')}\n${collection === 'glossary' ? GLOSSARY_BODY : BODY}`;
}
