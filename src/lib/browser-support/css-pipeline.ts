/**
 * How the site's CSS is made to work on the browser floor (package.json "browserslist")
 * while current browsers render exactly as before. Every step here changes nothing a
 * current browser draws:
 *
 * - logical properties (inset-inline-start, margin-inline…) become physical ones
 *   (Chromium 86 lacks the inset-* and *-inline shorthands); the handbook is Chinese and
 *   always left-to-right, so left/right is what they meant (values from var() are left alone:
 *   `margin-inline: var(--x)` may hold two values, which one physical side cannot take);
 * - cascade layers are flattened (flatten-layers.ts);
 * - Lightning CSS, which minifies, lowers what it can lower without changing a rule's
 *   specificity: media ranges, nesting, colours, the inset shorthand, vendor prefixes. It is
 *   told not to rewrite selectors (`:not(a, b)` → `:not(:-webkit-any(a, b))`, `:is()`), nor
 *   logical properties (done above without extra selectors): its rewrites raise specificity,
 *   which would reorder Starlight's rules in every browser.
 */
import type { AcceptedPlugin } from 'postcss';
import postcssLogical from 'postcss-logical';
import { Features } from 'lightningcss';
import { flattenCascadeLayers, type LayerFrame } from './flatten-layers.ts';

/** Vite's `css.postcss.plugins`. */
export function floorPostcssPlugins(frame: LayerFrame): AcceptedPlugin[] {
  // postcss-logical's default directions are left-to-right, top-to-bottom: the handbook's.
  return [postcssLogical({ ignoreCustomProperties: true }) as AcceptedPlugin, ...flattenCascadeLayers(frame)];
}

/** Lightning CSS features Vite's minifier must leave alone (`css.lightningcss.exclude`). */
export const LIGHTNINGCSS_EXCLUDE =
  Features.NotSelectorList | Features.IsSelector | Features.DirSelector | Features.LangSelectorList | Features.LogicalProperties;
