/**
 * Links the first use of each glossary term on a page to its definition on /glossary/,
 * with the definition shown on hover, focus or tap (the same pattern as citations).
 * Runs over the built pages after the search index is made, so the index holds the
 * plain text. Skips headings, links, citations, quoted law text, form controls and the
 * glossary and law pages themselves.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { select } from 'hast-util-select';
import type { Element, ElementContent, Root, Text } from 'hast';

export interface GlossaryTerm {
  id: string;
  /** Spellings that link to the term, longest first when matching. */
  names: string[];
  definition: string;
}

const SKIP_TAGS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'button', 'label', 'script', 'style', 'summary', 'input', 'textarea', 'select', 'legend', 'dt', 'th', 'kbd']);
// Summaries, fact lists and link lists stay plain: links there would crowd out the text.
const SKIP_CLASSES = ['citation', 'law-quote', 'basis', 'term-ref', 'entry__kind', 'entry__summary', 'facts', 'step__facts', 'checklist__meta', 'related', 'entry-list', 'document__sample', 'document-card__sample', 'document-library', 'search', 'expressive-code'];
/** Single characters (届) match inside too many words to link safely. */
const MIN_LENGTH = 2;

function skipped(element: Element): boolean {
  if (SKIP_TAGS.has(element.tagName)) return true;
  // No links inside what assistive technology is told to skip (e.g. Starlight's aside titles).
  if (String(element.properties?.ariaHidden) === 'true') return true;
  const classes = element.properties?.className;
  return Array.isArray(classes) && classes.some((name) => SKIP_CLASSES.includes(String(name)));
}

function termElement(term: GlossaryTerm, text: string, href: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['term-ref'] },
    children: [
      { type: 'element', tagName: 'a', properties: { className: ['term-ref__link'], href, dataTerm: term.id }, children: [{ type: 'text', value: text }] },
      { type: 'element', tagName: 'span', properties: { className: ['term-ref__def'], role: 'tooltip', ariaHidden: 'true' }, children: [{ type: 'text', value: term.definition }] },
    ],
  };
}

/** Links first uses of terms inside `root` in place; returns the ids linked. */
export function linkTermsInTree(root: Element | Root, terms: GlossaryTerm[], glossaryHref: string): string[] {
  const names = terms
    .flatMap((term) => term.names.filter((name) => name.length >= MIN_LENGTH).map((name) => ({ name, term })))
    .sort((a, b) => b.name.length - a.name.length);
  const linked = new Set<string>();

  const visit = (parent: Element | Root) => {
    for (let index = 0; index < parent.children.length; index++) {
      const child = parent.children[index]!;
      if (child.type === 'element') {
        if (!skipped(child)) visit(child);
        continue;
      }
      if (child.type !== 'text') continue;
      // Earliest match in this text among terms not yet linked; longer names win ties.
      let best: { at: number; name: string; term: GlossaryTerm } | undefined;
      for (const candidate of names) {
        if (linked.has(candidate.term.id)) continue;
        const at = (child as Text).value.indexOf(candidate.name);
        if (at >= 0 && (!best || at < best.at)) best = { at, ...candidate };
      }
      if (!best) continue;
      const value = (child as Text).value;
      linked.add(best.term.id);
      const pieces: ElementContent[] = [];
      if (best.at > 0) pieces.push({ type: 'text', value: value.slice(0, best.at) });
      pieces.push(termElement(best.term, best.name, `${glossaryHref}#${best.term.id}`));
      const rest = value.slice(best.at + best.name.length);
      if (rest) pieces.push({ type: 'text', value: rest });
      parent.children.splice(index, 1, ...(pieces as typeof parent.children));
      // Continue with the remaining text (the next pieces), which may hold other terms.
      index += best.at > 0 ? 1 : 0;
    }
  };
  visit(root);
  return [...linked];
}

/** Rewrites a built page; returns it unchanged when it has no content area. */
export function linkTermsInPage(html: string, terms: GlossaryTerm[], glossaryHref: string): string {
  // Parsing is the expensive part: skip pages whose content area mentions no term at all.
  // (Only the content area: the sidebar, which lists every entry, would make this quadratic.)
  const start = html.indexOf('sl-markdown-content');
  if (start < 0) return html;
  const end = html.indexOf('</main>', start);
  const region = html.slice(start, end > 0 ? end : undefined);
  if (!terms.some((term) => term.names.some((name) => name.length >= MIN_LENGTH && region.includes(name)))) return html;
  const tree = fromHtml(html);
  const content = select('.sl-markdown-content', tree);
  if (!content) return html;
  const linked = linkTermsInTree(content, terms, glossaryHref);
  return linked.length ? toHtml(tree, { allowDangerousHtml: true }) : html;
}
