/**
 * Links the first use of each glossary term on a page to its definition on /glossary/,
 * with the definition shown on hover, focus or tap (the same pattern as citations).
 * Runs over the built pages before the search index is made; the definitions are marked
 * data-pagefind-ignore, so the index holds the page's own text. Skips headings, links, citations, quoted law text, form controls and the
 * glossary and law pages themselves.
 */

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

interface Candidate { name: string; term: GlossaryTerm }

/**
 * Finds terms in text by their first character, longest name first: the work per character
 * stays the same however many terms the glossary has (a scan of every name for every text
 * would grow with pages × terms).
 */
class TermMatcher {
  private readonly byFirst = new Map<string, Candidate[]>();

  constructor(terms: GlossaryTerm[]) {
    for (const term of terms) {
      for (const name of term.names) {
        if (name.length < MIN_LENGTH) continue;
        const list = this.byFirst.get(name[0]!) ?? [];
        list.push({ name, term });
        this.byFirst.set(name[0]!, list);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.name.length - a.name.length);
  }

  /** The earliest name in `text` whose term is not in `linked`; at the same place the longer name wins. */
  first(text: string, linked: ReadonlySet<string> = new Set()): (Candidate & { at: number }) | undefined {
    for (let at = 0; at < text.length; at++) {
      const candidates = this.byFirst.get(text[at]!);
      if (!candidates) continue;
      for (const candidate of candidates) {
        if (!linked.has(candidate.term.id) && text.startsWith(candidate.name, at)) return { at, ...candidate };
      }
    }
    return undefined;
  }
}

const matchers = new WeakMap<GlossaryTerm[], TermMatcher>();
/** One matcher per glossary: the build passes the same list for every page. */
function matcherFor(terms: GlossaryTerm[]): TermMatcher {
  let matcher = matchers.get(terms);
  if (!matcher) matchers.set(terms, (matcher = new TermMatcher(terms)));
  return matcher;
}

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/**
 * A linked term: the link, and its definition for the pop-up — hidden from screen readers, which
 * follow the link, and from the search index, so a page is not found by its terms' definitions.
 */
function termHtml(term: GlossaryTerm, text: string, href: string): string {
  return `<span class="term-ref"><a class="term-ref__link" href="${escapeAttribute(href)}" data-term="${escapeAttribute(term.id)}">${text}</a><span class="term-ref__def" role="tooltip" aria-hidden="true" data-pagefind-ignore>${escapeText(term.definition)}</span></span>`;
}

/**
 * Whether an opening tag (name and attribute text) starts a part of the page where terms stay
 * plain; also what assistive technology is told to skip (aria-hidden, e.g. Starlight's aside titles).
 */
function skippedTag(name: string, attributes: string): boolean {
  if (SKIP_TAGS.has(name)) return true;
  if (/\saria-hidden\s*=\s*["']?true\b/i.test(attributes)) return true;
  const classes = /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
  return !!classes && (classes[1] ?? classes[2] ?? classes[3] ?? '').split(/\s+/).some((name) => SKIP_CLASSES.includes(name));
}

const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)([^>]*)>|[^<]+|</g;

/**
 * Rewrites a built page; returns it unchanged when it has no content area. Works on the page's
 * text with a small tag scanner rather than a parsed tree: the built pages are well formed, and
 * parsing and printing every page again was most of this step's time on a large handbook.
 */
export function linkTermsInPage(html: string, terms: GlossaryTerm[], glossaryHref: string): string {
  const marker = html.search(/<div[^>]*\sclass="[^"]*\bsl-markdown-content\b/);
  if (marker < 0) return html;
  const matcher = matcherFor(terms);
  const linked = new Set<string>();
  const out: string[] = [html.slice(0, marker)];
  // Open elements inside the content area: whether each starts a skipped part.
  const open: Array<{ name: string; skip: boolean }> = [];
  let skipping = 0;
  TOKEN.lastIndex = marker;
  let token: RegExpExecArray | null;
  let end = html.length;
  while ((token = TOKEN.exec(html))) {
    const [text, closing, rawName, attributes = ''] = token;
    if (rawName) {
      const name = rawName.toLowerCase();
      out.push(text);
      if (closing) {
        // Close up to the matching element (the built HTML closes what it opens).
        const at = open.map((element) => element.name).lastIndexOf(name);
        if (at >= 0) for (const element of open.splice(at)) if (element.skip) skipping--;
        if (!open.length) {
          end = TOKEN.lastIndex;
          break;
        }
      } else if (name === 'script' || name === 'style') {
        const close = html.indexOf(`</${name}`, TOKEN.lastIndex);
        const stop = close < 0 ? html.length : close;
        out.push(html.slice(TOKEN.lastIndex, stop));
        TOKEN.lastIndex = stop;
      } else if (!VOID_TAGS.has(name) && !attributes.endsWith('/')) {
        const skip = skippedTag(name, attributes);
        if (skip) skipping++;
        open.push({ name, skip });
      }
      continue;
    }
    if (skipping || text.startsWith('<')) {
      out.push(text);
      continue;
    }
    // Text: link each term's first use, earliest first, longer names winning ties.
    let rest = text;
    let best = matcher.first(rest, linked);
    while (best) {
      linked.add(best.term.id);
      out.push(rest.slice(0, best.at), termHtml(best.term, best.name, `${glossaryHref}#${best.term.id}`));
      rest = rest.slice(best.at + best.name.length);
      best = matcher.first(rest, linked);
    }
    out.push(rest);
  }
  if (!linked.size) return html;
  out.push(html.slice(end));
  return out.join('');
}
