/**
 * Starlight route middleware: when the page being read is one a capped sidebar group leaves
 * out (src/lib/sidebar.ts, SIDEBAR_LIMIT), show it in its group, marked as current, just before
 * the group's 「全部 … 个」 link — so a reader on entry 57 of a long list still sees where they are.
 */
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { hiddenSidebarEntries } from './sidebar.ts';

type Entry = StarlightRouteData['sidebar'][number];
let hidden: ReturnType<typeof hiddenSidebarEntries> | undefined;

export const onRequest = defineRouteMiddleware((context) => {
  // Read once per build: the build runs from the project folder. The dev server's sidebar lists drafts too.
  hidden ??= hiddenSidebarEntries(process.cwd(), { drafts: import.meta.env.DEV });
  if (!hidden.size) return;
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const path = context.url.pathname.slice(base.length).replace(/index\.html$/, '');
  const place = hidden.get(path.endsWith('/') ? path : `${path}/`);
  if (!place) return;
  let entries: Entry[] = context.locals.starlightRoute.sidebar;
  for (const label of place.groups) {
    const group = entries.find((entry): entry is Extract<Entry, { type: 'group' }> => entry.type === 'group' && entry.label === label);
    if (!group) return;
    group.collapsed = false;
    entries = group.entries;
  }
  const more = entries.findIndex((entry) => entry.type === 'link' && 'data-sidebar-more' in entry.attrs);
  const current: Entry = { type: 'link', label: place.label, href: context.url.pathname, isCurrent: true, badge: undefined, attrs: {} };
  entries.splice(more >= 0 ? more : entries.length, 0, current);
});
