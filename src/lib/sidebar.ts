/**
 * Builds Starlight's sidebar from the content folders at config time, so a new entry
 * appears in the navigation without editing the config. Reads only `title`, `order` and
 * `draft` from each file's frontmatter; the full validation happens in the content layer.
 * Drafts (draft: true) are left out, as the build leaves out their pages; `npm run dev`
 * lists them with a 「草稿」 badge (draftsInDevSidebar).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { COLLECTIONS, entryPath, type CollectionName } from './collections-meta.ts';
import { PHASES } from '../schemas/phases.ts';
import { siteBase } from './site-base.ts';
import { isDraft } from './drafts.ts';

interface SidebarLink { label: string; link: string; attrs?: Record<string, string>; badge?: { text: string; variant: 'caution' } }
interface SidebarGroup { label: string; items: Array<SidebarLink | SidebarGroup>; collapsed?: boolean }

function frontmatter(file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  try {
    return (match ? parse(match[1]!) : {}) ?? {};
  } catch {
    return {}; // the content layer reports the real error with file and line
  }
}

export interface SidebarOptions {
  /** List drafts too, with a 「草稿」 badge: only in `npm run dev`, the one place their pages exist. */
  drafts?: boolean;
}

export function listEntries(root: string, folder: string, { drafts = false }: SidebarOptions = {}) {
  const dir = join(root, 'content', folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^[^_].*\.mdx?$/.test(name))
    .map((name) => {
      const data = frontmatter(join(dir, name));
      return {
        id: name.replace(/\.mdx?$/, ''),
        title: String(data.title ?? data.term ?? name),
        phase: typeof data.phase === 'string' ? data.phase : undefined,
        // Entries have `order`; guides (Starlight pages) have `sidebar.order`.
        order: typeof data.order === 'number' ? data.order : typeof (data.sidebar as { order?: unknown } | undefined)?.order === 'number' ? (data.sidebar as { order: number }).order : 100,
        draft: isDraft(data),
      };
    })
    .filter((entry) => drafts || !entry.draft)
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'zh-CN'));
}

/** A draft's sidebar link carries a badge (only `npm run dev` lists drafts). */
const DRAFT_BADGE = { text: '草稿', variant: 'caution' } as const;
const link = (label: string, path: string, draft: boolean): SidebarLink => ({ label, link: path, ...(draft ? { badge: DRAFT_BADGE } : {}) });

/**
 * Most entries one sidebar group lists. Every page carries the whole sidebar, so a group of
 * hundreds (a provincial edition) would make every page, and the build, grow with the square
 * of the handbook. A larger group lists its first entries and links to its full list; the page
 * being read is added back to its group (src/lib/sidebar-current.ts). Today's groups are smaller.
 */
export const SIDEBAR_LIMIT = 20;

/**
 * `links` as a group shows them: all, or the first `limit` and a link to the full list (`all`),
 * or to a section of it (`section`: the id of its heading there).
 */
function capped(links: SidebarLink[], all: string | undefined, limit: number, section?: string): SidebarLink[] {
  if (links.length <= limit) return links;
  const shown = links.slice(0, limit);
  if (!all) return shown;
  const attrs: Record<string, string> = { 'data-sidebar-more': '' };
  // Starlight adds a trailing slash to a sidebar link, after a #fragment too; the href is
  // therefore given whole here (with the site's base path), where Starlight leaves it as it is.
  if (section) attrs.href = `${siteBase()}${all.replace(/^\//, '')}#${section}`;
  return [...shown, { label: `全部 ${links.length} 个 →`, link: all, attrs }];
}

/** The full list of each collection, where the handbook has one. */
const LISTINGS: Partial<Record<CollectionName, string>> = {
  powers: '/powers/',
  procedures: '/procedures/',
  checklists: '/checklists/',
  cases: '/cases/',
  training: '/training/',
};

function entryLinks(root: string, collection: CollectionName, folder: string, options: SidebarOptions): SidebarLink[] {
  return listEntries(root, folder, options).map((entry) =>
    link(collection === 'powers' ? `${entry.order}. ${entry.title}` : entry.title, entryPath(collection, collection === 'docs' ? `guides/${entry.id}` : entry.id), entry.draft),
  );
}

function group(root: string, limit: number, options: SidebarOptions, collection: CollectionName, folder: string, extra: SidebarLink[] = [], collapsed = false): SidebarGroup {
  return {
    label: COLLECTIONS[collection].label,
    collapsed,
    items: [...extra, ...capped(entryLinks(root, collection, folder, options), LISTINGS[collection], limit)],
  };
}

/**
 * Procedures, one sub-group per phase of the congress year (会前准备 … 换届), in the order of
 * PHASES: some thirty procedures in one flat list would hide the inter-session and
 * election-year ones at the bottom.
 */
function proceduresGroup(root: string, limit: number, options: SidebarOptions): SidebarGroup {
  const entries = listEntries(root, 'procedures', options);
  return {
    label: COLLECTIONS.procedures.label,
    items: [
      { label: '全部程序', link: '/procedures/' },
      ...PHASES.map((phase) => ({
        label: phase,
        collapsed: true,
        items: capped(
          entries.filter((entry) => entry.phase === phase).map((entry) => link(entry.title, entryPath('procedures', entry.id), entry.draft)),
          // The phase's section of the full list (src/pages/procedures/index.astro).
          LISTINGS.procedures,
          limit,
          `phase-${phase}`,
        ),
      })).filter((phaseGroup) => phaseGroup.items.length > 0),
    ],
  };
}

/** The desk tools, near the top: a clerk looks for 模板 and 日程 first. */
const DESK: SidebarGroup = {
  label: '文书和日程',
  items: [
    { label: '文书范本库（Word 模板）', link: '/documents/' },
    { label: '会议筹备日程', link: '/planner/' },
  ],
};

/**
 * The sidebar; `limit`: most entries per group (SIDEBAR_LIMIT; Infinity for every entry);
 * `options.drafts`: list drafts too (the dev server).
 */
export function buildSidebar(root: string, limit = SIDEBAR_LIMIT, options: SidebarOptions = {}): SidebarGroup[] {
  return [
    group(root, limit, options, 'docs', 'guides'),
    DESK,
    group(root, limit, options, 'powers', 'powers', [{ label: '十四项职权总览', link: '/powers/' }]),
    proceduresGroup(root, limit, options),
    group(root, limit, options, 'checklists', 'checklists', [{ label: '全部清单', link: '/checklists/' }], true),
    group(root, limit, options, 'cases', 'cases', [], true),
    group(root, limit, options, 'training', 'training', [{ label: '全部培训模块', link: '/training/' }], true),
    {
      label: '法律与术语',
      items: [
        { label: '术语表', link: '/glossary/' },
        { label: '法律全文', link: '/law/' },
      ],
    },
  ];
}

/**
 * The entries a capped group leaves out, by page address: the labels of the groups that lead to
 * it (['工作程序', '会议期间']) and its own label, so the page being read can be shown in place.
 */
export function hiddenSidebarEntries(root: string, options: SidebarOptions = {}): Map<string, { groups: string[]; label: string }> {
  const hidden = new Map<string, { groups: string[]; label: string }>();
  type Item = SidebarLink | SidebarGroup;
  const walk = (full: Item[], shown: Item[], groups: string[]) => {
    for (const item of full) {
      if ('items' in item) {
        const twin = shown.find((other): other is SidebarGroup => 'items' in other && other.label === item.label);
        walk(item.items, twin?.items ?? [], [...groups, item.label]);
      } else if (!shown.some((other) => 'link' in other && other.link === item.link)) {
        hidden.set(item.link, { groups, label: item.label });
      }
    }
  };
  walk(buildSidebar(root, Infinity, options), buildSidebar(root, SIDEBAR_LIMIT, options), []);
  return hidden;
}

/**
 * A Starlight plugin for the dev server (`astro dev`, whose content layer keeps drafts): the
 * sidebar then lists drafts too, each with a 「草稿」 badge. Builds keep the sidebar of
 * published entries given in the config.
 */
export function draftsInDevSidebar(root: string): StarlightPlugin {
  return {
    name: 'handbook-drafts-in-dev-sidebar',
    hooks: {
      'config:setup'({ command, updateConfig }) {
        if (command === 'dev') updateConfig({ sidebar: buildSidebar(root, SIDEBAR_LIMIT, { drafts: true }) });
      },
    },
  };
}
