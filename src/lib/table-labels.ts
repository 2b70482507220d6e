/**
 * A build-time step for Markdown and MDX tables, so that on a phone a wide table reads as one
 * card per row (the CSS is in src/styles/handbook.css, "Tables on phones"):
 *
 * - every body cell gets `data-label`: the text of its column's header, which the phone
 *   layout prints in front of the cell as CSS generated content that screen readers skip
 *   (they still have the real header);
 * - a table of `minColumns` or more columns gets the class `table-stack`: only those stack,
 *   a two-column table fits a phone as it is;
 * - a stacked table gets `data-labels`: how many characters wide its label column must be
 *   for its longest header (`2` … `8`), or `above` when a header is too long to stand beside
 *   the values (浙江省组织实施宪法宣誓制度办法（2015年）), so labels go on their own line;
 * - a stacked table's parts get explicit roles (table, rowgroup, row, columnheader, cell),
 *   because some browsers drop a table's semantics once CSS changes its `display`.
 *
 * Desktop and print are untouched: the stacking rules apply to narrow screens only.
 *
 * Astro 7 renders Markdown and MDX with Sätteri, whose plugins are visitor objects (the
 * counterpart of a rehype plugin): nodes are read-only and changed through `ctx`. Registered
 * in astro.config.mjs as `markdown.processor: satteri({ hastPlugins: [tableLabels()] })`;
 * MDX uses the same processor, and Starlight adds its own plugins to it.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Element, ElementContent, Parents, RootContent } from 'hast';

export const STACK_CLASS = 'table-stack';

export interface TableLabelOptions {
  /** Tables with at least this many columns stack on phones (default 3). */
  minColumns?: number;
}

/** What the plugin needs of Sätteri's visitor context (see HastVisitorContext in satteri). */
interface Context {
  parent(node: Readonly<Parents>): Readonly<Parents> | undefined;
  indexOf(node: Readonly<Element>): number | undefined;
  textContent(node: Readonly<Element>): string;
  setProperty(node: Readonly<Element>, key: string, value: unknown): void;
}

type HastPlugin = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

function elements(parent: Readonly<Parents> | undefined, ...tagNames: string[]): Array<Readonly<Element>> {
  const children = (parent?.children ?? []) as ReadonlyArray<RootContent | ElementContent>;
  return children.filter((child): child is Element => child.type === 'element' && tagNames.includes(child.tagName));
}

/** The table an element (row group, row or cell) belongs to. */
function tableOf(node: Readonly<Element>, ctx: Context): Readonly<Element> | undefined {
  let current: Readonly<Parents> | undefined = node;
  while (current && !(current.type === 'element' && current.tagName === 'table')) {
    current = current.type === 'root' ? undefined : ctx.parent(current);
  }
  return current;
}

/** The header texts of a table's first head row (empty strings for empty headers). */
export function columnHeaders(table: Readonly<Element>, textOf: (node: Readonly<Element>) => string): string[] {
  const headRow = elements(elements(table, 'thead')[0], 'tr')[0];
  return elements(headRow, 'th', 'td').map((cell) => textOf(cell).replace(/\s+/g, ' ').trim());
}

/** Longest label that still stands beside its value, in characters of the label's font. */
export const MAX_SIDE_LABEL = 8;

/** How wide a label is, in ems: a Chinese character is one, a digit or Latin letter about half. */
export function labelWidth(label: string): number {
  let width = 0;
  for (const char of label) width += char.codePointAt(0)! <= 0xff ? 0.6 : 1;
  return width;
}

/** The `data-labels` value of a stacked table with these headers. */
export function labelColumn(headers: string[]): string {
  const widest = Math.max(2, ...headers.map((header) => Math.ceil(labelWidth(header))));
  return widest > MAX_SIDE_LABEL ? 'above' : String(widest);
}

const ROLES: Record<string, string> = { table: 'table', thead: 'rowgroup', tbody: 'rowgroup', tfoot: 'rowgroup', tr: 'row' };

/** The plugin: labels the cells of every table and marks wide tables for stacking. */
export function tableLabels({ minColumns = 3 }: TableLabelOptions = {}): HastPlugin {
  return {
    name: 'table-labels',
    element: {
      filter: ['table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
      visit(node: Readonly<Element>, ctx: Context) {
        const table = tableOf(node, ctx);
        if (!table) return;
        const headers = columnHeaders(table, (cell) => ctx.textContent(cell));
        const stack = headers.length >= minColumns;
        if (node.tagName === 'table') {
          if (!stack) return;
          // Then on to its role below, like its row groups and rows.
          const current = node.properties?.className;
          const classes = Array.isArray(current) ? current.map(String) : [];
          ctx.setProperty(node, 'className', [...classes, STACK_CLASS]);
          ctx.setProperty(node, 'dataLabels', labelColumn(headers));
        }
        if (node.tagName === 'th' || node.tagName === 'td') {
          const row = ctx.parent(node);
          const group = row?.type === 'element' ? ctx.parent(row) : undefined;
          const inHead = group?.type === 'element' && group.tagName === 'thead';
          // The column: elements before this cell in its row (the row also holds line breaks).
          const column = (row?.children ?? []).slice(0, ctx.indexOf(node) ?? 0).filter((child) => child.type === 'element').length;
          const label = headers[column];
          if (!inHead && label) ctx.setProperty(node, 'dataLabel', label);
          if (stack) ctx.setProperty(node, 'role', inHead ? 'columnheader' : node.tagName === 'th' ? 'rowheader' : 'cell');
          return;
        }
        if (stack) ctx.setProperty(node, 'role', ROLES[node.tagName]);
      },
    },
  } as HastPlugin;
}
