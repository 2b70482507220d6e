/**
 * Reads MDX bodies as a syntax tree (remark + remark-mdx + remark-gfm), for three jobs
 * done outside the page render: plain text for the export and search, and the statute
 * citations and internal links in a body, so that they can be checked before the build
 * with the file and line named.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import type { Root, RootContent } from 'mdast';
import { formatCitation, citedText, resolveCitation, type Citation } from './citations.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export function parseMdx(source: string): Root {
  return parser.parse(source) as Root;
}

interface JsxAttribute { type: string; name?: string; value?: unknown }
interface JsxNode { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null; attributes: JsxAttribute[]; children: RootContent[]; position?: { start: { line: number; column: number } } }

const CITING_COMPONENTS = new Set(['Citation', 'LawQuote']);

/** Reads a JSX attribute's literal value: "text" or {12}. Expressions other than numbers are returned as raw text. */
function attributeValue(attribute: JsxAttribute): string | number | undefined {
  const value = attribute.value;
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value) {
    const raw = String((value as { value: unknown }).value).trim();
    return /^\d+$/.test(raw) ? Number(raw) : raw;
  }
  return undefined;
}

function jsxAttributes(node: JsxNode): Record<string, string | number | undefined> {
  return Object.fromEntries(node.attributes.filter((a) => a.type === 'mdxJsxAttribute' && a.name).map((a) => [a.name!, attributeValue(a)]));
}

export interface BodyCitation {
  component: string;
  citation: Citation;
  excerpt?: string;
  line: number;
}

const treesByBody = new Map<string, Root | Error>();
/**
 * A body's syntax tree, parsed once however many checks ask (the citation, review, link and
 * heading checks all read the same bodies, and parsing is most of their time). Throws the parse
 * error, every time, for a body that is not valid MDX.
 */
export function parsedBody(body: string): Root {
  let tree = treesByBody.get(body);
  if (!tree) {
    try {
      tree = parseMdx(body);
    } catch (error) {
      tree = error as Error;
    }
    treesByBody.set(body, tree);
  }
  if (tree instanceof Error) throw tree;
  return tree;
}

/** The citations in a body (lines counted from the body's first line), from its cached tree; throws for a body that is not valid MDX. */
export function citationsInBody(body: string): BodyCitation[] {
  return bodyCitations(parsedBody(body));
}

/** Every <Citation> and <LawQuote> in a body, with its line. */
export function bodyCitations(tree: Root): BodyCitation[] {
  const found: BodyCitation[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const jsx = node as unknown as JsxNode;
    if (!jsx.name || !CITING_COMPONENTS.has(jsx.name)) return;
    const attrs = jsxAttributes(jsx);
    const citation: Citation = {
      law: String(attrs.law ?? ''),
      article: Number(attrs.article),
      ...(attrs.paragraph !== undefined ? { paragraph: Number(attrs.paragraph) } : {}),
      ...(attrs.item !== undefined ? { item: Number(attrs.item) } : {}),
    };
    found.push({
      component: jsx.name,
      citation,
      ...(typeof attrs.excerpt === 'string' ? { excerpt: attrs.excerpt } : {}),
      line: jsx.position?.start.line ?? 0,
    });
  });
  return found;
}

export interface BodyLink { href: string; line: number }

/** Every Markdown link and JSX href in a body. */
export function bodyLinks(tree: Root): BodyLink[] {
  const found: BodyLink[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') {
      found.push({ href: (node as { url: string }).url, line: node.position?.start.line ?? 0 });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const href = jsxAttributes(node as unknown as JsxNode).href;
      if (typeof href === 'string') found.push({ href, line: node.position?.start.line ?? 0 });
    }
  });
  return found;
}

/** The body as plain text: citations spelled out, quotes with their statute text, no markup. */
export function mdxToPlainText(source: string): string {
  const tree = parseMdx(source);
  const blocks: string[] = [];
  const text = (node: RootContent | Root): string => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'code':
        return node.value;
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'html':
        return '';
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const jsx = node as unknown as JsxNode;
        if (jsx.name && CITING_COMPONENTS.has(jsx.name)) {
          const [found] = bodyCitations({ type: 'root', children: [node] } as Root);
          if (!found) return '';
          const resolved = resolveCitation(found.citation);
          const label = formatCitation(found.citation);
          if (jsx.name === 'LawQuote' && resolved.ok) return `${found.excerpt ?? citedText(resolved.value)}（${label}）`;
          return label;
        }
        return jsx.children.map(text).join('');
      }
      default:
        return 'children' in node ? (node.children as RootContent[]).map(text).join(isBlockContainer(node) ? '\n' : '') : '';
    }
  };
  for (const node of tree.children) {
    const value = text(node).trim();
    if (value) blocks.push(value);
  }
  return blocks.join('\n').replace(/\n{2,}/g, '\n');
}

function isBlockContainer(node: RootContent | Root): boolean {
  return ['list', 'listItem', 'blockquote', 'table', 'tableRow', 'mdxJsxFlowElement', 'root'].includes(node.type);
}
