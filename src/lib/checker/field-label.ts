/**
 * A frontmatter path as an author reads it, numbered from 1:
 *   ['steps', 3, 'actor']            → 第4步 actor
 *   ['items', 2, 'id']               → 第3项 id
 *   ['basis', 0, 'article']          → basis 第1个 article (not 第1条: that reads as an article of law)
 *   ['activities', 1, 'sheet', 'items', 0, 'answer'] → activities 第2个 sheet 第1题 answer
 */
const UNITS: Record<string, (n: number) => string> = {
  steps: (n) => `第${n}步`,
  items: (n) => `第${n}项`,
  quiz: (n) => `quiz 第${n}题`,
  basis: (n) => `basis 第${n}个`,
  agenda: (n) => `agenda 第${n}段`,
  deadlines: (n) => `deadlines 第${n}个`,
  documents: (n) => `documents 第${n}份`,
};

export function fieldLabel(path: ReadonlyArray<PropertyKey>): string {
  const parts: string[] = [];
  for (let index = 0; index < path.length; index++) {
    const step = path[index]!;
    const next = path[index + 1];
    if (typeof step === 'string' && typeof next === 'number') {
      // items inside an exercise sheet are questions or cards, not checklist items.
      const inSheet = step === 'items' && path[index - 1] === 'sheet';
      parts.push(inSheet ? `第${next + 1}题` : (UNITS[step]?.(next + 1) ?? `${step} 第${next + 1}个`));
      index++;
    } else if (typeof step === 'number') {
      parts.push(`第${step + 1}个`);
    } else {
      parts.push(String(step));
    }
  }
  return parts.join(' ');
}

/** The value at a path in parsed frontmatter, or undefined. */
export function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = data;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

/** A value as the author wrote it, for repeating in a message. */
export function showValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  // Objects and lists as YAML's flow style, as authors write citations: { law: organic-2022, article: 12 }.
  if (Array.isArray(value)) return `[${value.map((item) => showValue(item)).join(', ')}]`;
  return `{ ${Object.entries(value as Record<string, unknown>).map(([key, item]) => `${key}: ${showValue(item)}`).join(', ')} }`;
}
