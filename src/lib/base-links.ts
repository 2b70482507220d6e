/**
 * Prefixes the base path to links written from the site root in Markdown and MDX
 * (`[筹备大会会议](/procedures/session-preparation/)` → `/rdsc/procedures/session-preparation/`),
 * so content written once works when the handbook is served under a sub-path
 * (HANDBOOK_BASE=/rdsc/). Authors keep writing `/procedures/…`; components use withBase().
 * A Sätteri hast plugin, like src/lib/table-labels.ts.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Element } from 'hast';

type HastPlugin = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

interface Context {
  setProperty(node: Readonly<Element>, key: string, value: unknown): void;
}

/** `/x/` under base `/rdsc/` → `/rdsc/x/`; other addresses (relative, #fragment, //host, already based) unchanged. */
export function prefixBase(href: string, base: string): string {
  if (base === '/' || !href.startsWith('/') || href.startsWith('//') || href.startsWith(base)) return href;
  return `${base.replace(/\/$/, '')}${href}`;
}

export function baseLinks(base: string): HastPlugin {
  return {
    name: 'base-links',
    element: {
      filter: ['a', 'img'],
      visit(node: Readonly<Element>, ctx: Context) {
        const key = node.tagName === 'a' ? 'href' : 'src';
        const value = node.properties?.[key];
        if (typeof value === 'string' && prefixBase(value, base) !== value) ctx.setProperty(node, key, prefixBase(value, base));
      },
    },
  } as HastPlugin;
}
