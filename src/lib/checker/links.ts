/**
 * Internal links in MDX bodies, checked from the sources — before any build — so an author
 * learns of a mistyped address in seconds, with the file, the line and the nearest address that
 * exists. Knows the handbook's routes (ROUTES below, kept in step with src/pages by a unit test)
 * and the anchors an entry's page will carry: its headings, its steps, items, deadlines and
 * documents, and each article, paragraph and item of a law. The full build checks the built pages
 * again (src/lib/link-check.ts), which also covers links made by components.
 */
import GithubSlugger from 'github-slugger';
import { resolveCitation } from '../citations.ts';
import { LAW_IDS } from '../statutes/statute-data.ts';
import { parsedBody } from '../mdx-body.ts';
import { visit } from 'unist-util-visit';
import { nearest } from './problem.ts';

/** An entry as the link check needs it. */
export interface LinkTarget {
  collection: string;
  id: string;
  data: Record<string, unknown> | undefined;
  body: string;
}

/**
 * Every page template in src/pages and the addresses it makes. `entries` pages take one
 * address per entry of a collection; `fixed` pages have one address.
 */
export const ROUTES: Record<string, { fixed: string } | { entries: string; path: (id: string) => string[] } | { laws: 'all' | 'changes' } | { files: string }> = {
  'index.astro': { fixed: '/' },
  '404.astro': { fixed: '/404/' },
  'glossary.astro': { fixed: '/glossary/' },
  'planner.astro': { fixed: '/planner/' },
  'search.astro': { fixed: '/search/' },
  'handbook.json.ts': { files: '/handbook.json' },
  'search-data.js.ts': { files: '/search-data.js' },
  '[listing]/index.astro': { entries: 'listings', path: (id) => [`/${id}/`] },
  'powers/index.astro': { fixed: '/powers/' },
  'powers/[id].astro': { entries: 'powers', path: (id) => [`/powers/${id}/`] },
  'procedures/index.astro': { fixed: '/procedures/' },
  'procedures/[id].astro': { entries: 'procedures', path: (id) => [`/procedures/${id}/`] },
  'checklists/[id].astro': { entries: 'checklists', path: (id) => [`/checklists/${id}/`] },
  'cases/[id].astro': { entries: 'cases', path: (id) => [`/cases/${id}/`] },
  'documents/index.astro': { fixed: '/documents/' },
  'documents/[id]/[name].ts': { files: '/documents/' },
  'law/index.astro': { fixed: '/law/' },
  'law/[lawId].astro': { laws: 'all' },
  'law/[lawId]/changes.astro': { laws: 'changes' },
  'training/plan.astro': { fixed: '/training/plan/' },
  'training/[id]/index.astro': { entries: 'training', path: (id) => [`/training/${id}/`] },
  'training/[id]/[version].astro': { entries: 'training', path: (id) => [`/training/${id}/handout/`, `/training/${id}/trainer/`] },
  'training/[id]/answers.astro': { entries: 'training', path: (id) => [`/training/${id}/answers/`] },
  'training/[id]/feedback.astro': { entries: 'training', path: (id) => [`/training/${id}/feedback/`] },
  'training/[id]/sheets.astro': { entries: 'training', path: (id) => [`/training/${id}/sheets/`] },
  'training/[id]/sign-in.astro': { entries: 'training', path: (id) => [`/training/${id}/sign-in/`] },
  'training/[id]/slides.astro': { entries: 'training', path: (id) => [`/training/${id}/slides/`] },
  // Starlight renders the guides (the docs collection) itself.
  '(starlight) guides': { entries: 'guides', path: (id) => [`/guides/${id}/`] },
};

/** Section anchors an entry page always has, whichever sections it shows. */
const SECTION_IDS = ['_top', 'steps', 'basis', 'documents', 'deadlines', 'items', 'sources', 'practices', 'objectives', 'agenda', 'activities', 'questions', 'quiz', 'materials'];

export interface SiteMap {
  /** Address → the anchors the page is known to have, or null when they cannot be known from the sources. */
  pages: Map<string, Set<string> | null>;
  /** Address prefixes of generated files (downloads). */
  filePrefixes: string[];
}

/** The headings' anchors in an MDX body, as Astro makes them (github-slugger over the heading text). */
export function headingAnchors(body: string): string[] {
  const slugger = new GithubSlugger();
  const anchors: string[] = [];
  let tree;
  try {
    tree = parsedBody(body);
  } catch {
    return anchors;
  }
  visit(tree, 'heading', (node) => {
    let text = '';
    visit(node, (child) => {
      if (child.type === 'text' || child.type === 'inlineCode') text += (child as { value: string }).value;
    });
    anchors.push(slugger.slug(text));
  });
  return anchors;
}

function entryAnchors(target: LinkTarget): Set<string> {
  const anchors = new Set([...SECTION_IDS, ...headingAnchors(target.body)]);
  const data = target.data ?? {};
  const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as Array<Record<string, unknown>>) : []);
  list('steps').forEach((_, index) => anchors.add(`step-${index + 1}`));
  for (const item of list('items')) if (typeof item.id === 'string') anchors.add(`item-${item.id}`);
  for (const deadline of list('deadlines')) if (typeof deadline.id === 'string') anchors.add(`deadline-${deadline.id}`);
  return anchors;
}

export function siteMap(targets: LinkTarget[], lawChangeIds: string[]): SiteMap {
  const pages = new Map<string, Set<string> | null>();
  const filePrefixes: string[] = ['/downloads/', '/_astro/', '/pagefind/'];
  const byCollection = new Map<string, LinkTarget[]>();
  for (const target of targets) byCollection.set(target.collection, [...(byCollection.get(target.collection) ?? []), target]);
  for (const route of Object.values(ROUTES)) {
    if ('fixed' in route) pages.set(route.fixed, null);
    else if ('files' in route) filePrefixes.push(route.files);
    else if ('laws' in route) {
      for (const law of route.laws === 'all' ? LAW_IDS : lawChangeIds) pages.set(route.laws === 'all' ? `/law/${law}/` : `/law/${law}/changes/`, null);
    } else if (route.entries === 'listings') {
      for (const listing of ['checklists', 'cases', 'training']) pages.set(`/${listing}/`, null);
    } else {
      for (const target of byCollection.get(route.entries) ?? []) {
        const [main, ...others] = route.path(target.id);
        pages.set(main!, entryAnchors(target));
        for (const other of others) pages.set(other, null);
      }
    }
  }
  // The glossary page carries one anchor per term.
  pages.set('/glossary/', new Set(['_top', ...(byCollection.get('glossary') ?? []).map((term) => term.id)]));
  return { pages, filePrefixes };
}

/** A law page's anchors are checked against the statute data: art-12, art-14-p2, art-12-4. */
function lawAnchorProblem(law: string, fragment: string, changes: boolean): string | undefined {
  const match = /^art-(\d+)(?:-p(\d+)|-(\d+))?(?:-title)?$/.exec(fragment);
  if (!match) return undefined; // chapters and sections: known only once built
  if (changes) return undefined; // the comparison numbers articles of both versions
  const citation = { law, article: Number(match[1]), ...(match[2] ? { paragraph: Number(match[2]) } : {}), ...(match[3] ? { item: Number(match[3]) } : {}) };
  const resolved = resolveCitation(citation);
  return resolved.ok ? undefined : resolved.problem;
}

/**
 * What is wrong with an internal link, in words, or undefined when it lands.
 * `from` is the address of the page the link is on (for relative links and bare #anchors).
 */
export function linkProblem(href: string, from: string, map: SiteMap): string | undefined {
  if (!href || /^(https?:|mailto:|tel:|javascript:|data:)/i.test(href)) return undefined;
  const [rawPath, rawFragment] = href.split('#') as [string, string | undefined];
  const pathOnly = rawPath.split('?')[0]!;
  let path = pathOnly === '' ? from : pathOnly.startsWith('/') ? pathOnly : new URL(pathOnly, `http://x${from}`).pathname;
  if (map.filePrefixes.some((prefix) => path.startsWith(prefix))) return undefined;
  if (path.endsWith('/index.html')) path = path.slice(0, -'index.html'.length);
  if (!map.pages.has(path)) {
    if (map.pages.has(`${path}/`)) return `地址末尾少了「/」：写成 ${path}/${rawFragment ? `#${rawFragment}` : ''}`;
    const guess = nearest(path, [...map.pages.keys()]);
    return `没有这个页面${guess ? `；是不是 ${guess}？` : ''}`;
  }
  if (rawFragment === undefined || rawFragment === '') return undefined;
  let fragment: string;
  try {
    fragment = decodeURIComponent(rawFragment);
  } catch {
    fragment = rawFragment;
  }
  const law = /^\/law\/([^/]+)\/(changes\/)?$/.exec(path);
  if (law) {
    const problem = lawAnchorProblem(law[1]!, fragment, Boolean(law[2]));
    return problem ? `页面在，但没有 #${fragment}：${problem}` : undefined;
  }
  const anchors = map.pages.get(path);
  if (!anchors || anchors.has(fragment)) return undefined;
  const guess = nearest(fragment, [...anchors]);
  return `页面在，但没有 #${fragment} 这个位置${guess ? `；是不是 #${guess}？` : '；标题的锚点就是标题文字（去掉标点）'}`;
}
