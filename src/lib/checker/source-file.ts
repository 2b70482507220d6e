/**
 * A content file as the checker reads it: the YAML frontmatter parsed with positions (so a
 * field's problem names the editor's line), the body and the line it starts on.
 * A YAML syntax error becomes a problem with the file and the editor's line, not an exception:
 * the other files, and this file's body, are still checked.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Document, type Node } from 'yaml';
import type { Problem } from './problem.ts';

export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Relative to the project root, with forward slashes: content/procedures/x.mdx. */
  rel: string;
  collection: string;
  /** The file name without .mdx: the entry's id and address. */
  id: string;
  source: string;
  /** The parsed frontmatter, or undefined when it has a YAML error (see problems). */
  data: Record<string, unknown> | undefined;
  body: string;
  /** File line on which the body starts (1-based). */
  bodyLine: number;
  /** YAML errors and a missing frontmatter block. */
  problems: Problem[];
  /** The editor's line of a frontmatter field, or of its nearest parent that exists. */
  lineOf(path: ReadonlyArray<string | number>): number | undefined;
}

/** Plain-words hints for the YAML mistakes authors make; the parser's own code follows in brackets. */
const YAML_HINTS: Record<string, string> = {
  BAD_INDENT: '缩进不齐：这一行开头的空格数，要和同一层的其他字段一样多',
  MISSING_CHAR: '缩进不齐或少了符号：列表的每一项以「- 」开头，同一层的字段要对齐',
  TAB_AS_INDENT: '用了 Tab 缩进：YAML 只能用空格',
  DUPLICATE_KEY: '同一个字段写了两次：删去一个',
  BLOCK_AS_IMPLICIT_KEY: '缩进不齐：上一行的值没写完，或这一行多缩进了',
  MULTILINE_IMPLICIT_KEY: '字段名后少了冒号和空格（「字段: 值」），或值里的冒号要加引号',
  UNEXPECTED_TOKEN: '这里有 YAML 不认识的符号：含有「: 」「#」「[」的文字要加引号',
  BAD_SCALAR_START: '值不能以这个符号开头：整段加上引号',
  MISSING_FLOW_MAP_END: '花括号 { } 没有配对',
  MISSING_FLOW_SEQ_END: '方括号 [ ] 没有配对',
};

/**
 * Line by line: a tab used for indentation, a Chinese colon after a field name (title：…), and a
 * value holding 「: 」 without quotes (period: 时间: 2020年) — each said in plain words, at its line.
 */
function commonMistakes(lines: string[]): Array<{ line: number; message: string }> {
  const found: Array<{ line: number; message: string }> = [];
  lines.forEach((text, index) => {
    const line = index + 1;
    if (/^\s*#/.test(text) || !text.trim()) return;
    if (/^ *\t/.test(text)) {
      found.push({ line, message: '用了 Tab 缩进：YAML 只能用空格，把这一行开头的 Tab 换成空格' });
      return;
    }
    // A template's note line with its # removed instead of the field line below it.
    const note = /^\s*(?:-\s+)?([A-Za-z][\w-]*)(?:：.*)?（(?:必填|选填)[^）]*）\s*$/.exec(text);
    if (note) {
      found.push({ line, message: `这是 ${note[1]} 的说明行，不是字段：在行首加回 #；要用这个字段，删掉它下面那一行（${note[1]}: …）的 #` });
      return;
    }
    const fullWidth = /^\s*(?:-\s+)?([A-Za-z][\w-]*)\s*：/.exec(text);
    if (fullWidth) {
      found.push({ line, message: `${fullWidth[1]} 后面用了中文冒号「：」：改成英文冒号加一个空格，写成 ${fullWidth[1]}: ……` });
      return;
    }
    // key: value, where the plain (unquoted) value itself holds ": ".
    const pair = /^\s*(?:-\s+)?([A-Za-z][\w-]*):\s+(.*)$/.exec(text);
    const value = pair?.[2] ?? '';
    if (pair && value && !/^["'{[|>&*!]/.test(value) && /: |:$/.test(value.replace(/\s+#.*$/, ''))) {
      found.push({ line, message: `${pair[1]} 的值里有「: 」（冒号加空格），YAML 会把它当成新的字段：把整个值用引号括起来，写成 ${pair[1]}: "${value.length > 60 ? `${value.slice(0, 60)}…` : value}"` });
    }
  });
  return found;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

export function readSourceFile(path: string, root: string, collection: string): SourceFile {
  const source = readFileSync(path, 'utf8');
  const rel = relative(root, path).split('\\').join('/');
  const id = path.split(/[\\/]/).pop()!.replace(/\.mdx?$/, '');
  const match = FRONTMATTER.exec(source);
  if (!match) {
    return {
      path, rel, collection, id, source, data: undefined, body: source, bodyLine: 1,
      problems: [{ file: rel, line: 1, message: '文件开头没有 frontmatter：第一行写 ---，接着是字段，再用一行 --- 结束' }],
      lineOf: () => undefined,
    };
  }
  const yamlText = match[1]!;
  const body = match[2]!;
  const bodyLine = source.slice(0, source.length - body.length).split('\n').length;
  // The YAML starts on the file's second line.
  const toFileLine = (yamlLine: number) => yamlLine + 1;
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const yamlLines = yamlText.split(/\r?\n/);
  // Mistakes a person makes that the parser reports in its own terms, found line by line first.
  const lineProblems = (document.errors.length ? commonMistakes(yamlLines) : []).map(({ line, message }) => ({ file: rel, line: toFileLine(line), field: 'YAML', message }));
  // Otherwise the parser's first error: one YAML mistake often makes several further on.
  const problems: Problem[] = lineProblems.length ? lineProblems : document.errors.slice(0, 1).map((error) => {
    const [start, end] = error.linePos ?? [];
    // The parser's own English stays out of an author's line; its code is enough to look it up.
    if (!start) return { file: rel, field: 'YAML', message: `${YAML_HINTS[error.code] ?? 'YAML 格式有误'}（${error.code}）` };
    // The parser may point at the blank or comment line before the field it stumbled on.
    let line = start.line;
    while (line < yamlLines.length && /^\s*(#.*)?$/.test(yamlLines[line - 1] ?? '')) line++;
    let hint = YAML_HINTS[error.code] ?? 'YAML 格式有误';
    if (error.code === 'DUPLICATE_KEY') {
      const key = /^\s*-?\s*([^:#\s]+)\s*:/.exec(yamlLines[line - 1] ?? '')?.[1];
      if (key) hint = `字段 ${key} 写了两次：删去一个，或把两处合在一起`;
    }
    // A field the parser notices only at the next line (indented too far): name both lines.
    const last = end && end.line > line ? end.line : /IMPLICIT_KEY/.test(error.code) ? line + 1 : undefined;
    const span = last ? `第${toFileLine(line)}–${toFileLine(last)}行：` : '';
    return { file: rel, line: toFileLine(line), field: 'YAML', message: `${span}${hint}（${error.code}）` };
  });
  let data: Record<string, unknown> | undefined;
  if (!problems.length) {
    const value = document.toJS() as unknown;
    if (value === null || value === undefined) data = {};
    else if (typeof value === 'object' && !Array.isArray(value)) data = value as Record<string, unknown>;
    else problems.push({ file: rel, line: 2, field: 'YAML', message: 'frontmatter 应是「字段: 值」的列表' });
  }
  const lineOf = (fieldPath: ReadonlyArray<string | number>) => {
    const offset = offsetOf(document, fieldPath);
    return offset === undefined ? undefined : toFileLine(lineCounter.linePos(offset).line);
  };
  return { path, rel, collection, id, source, data, body, bodyLine, problems, lineOf };
}

/** The source offset of the deepest node along the path: the key's position for a field in a map. */
function offsetOf(document: Document, path: ReadonlyArray<string | number>): number | undefined {
  let node: Node | null | undefined = document.contents as Node | null;
  let offset = node?.range?.[0];
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((candidate) => (isScalar(candidate.key) ? candidate.key.value : candidate.key) === step);
      if (!pair) break;
      const key = pair.key as Node | null;
      offset = key?.range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}
