/**
 * Cascade layers for browsers without them (Chromium < 99, Safari < 15.4, the 360 and 奇安信
 * cores township offices run): Starlight puts all of its CSS in `@layer starlight.*`, which
 * such a browser drops whole, leaving every page unstyled. `@csstools/postcss-cascade-layers`
 * removes the layers and keeps their effect by raising the specificity of later layers and of
 * unlayered rules with `:not(#\#)`, which every browser understands.
 *
 * The tool works on one stylesheet at a time, and how much it raises each layer depends on
 * that stylesheet: the layers it declares and its most specific selector. Vite hands it each
 * component's styles separately, and a page combines several of them, so every stylesheet is
 * given the same frame first: the site-wide layer order, and a placeholder rule with the most
 * ID selectors any stylesheet may use. Every stylesheet then gets the same raise per layer, and
 * rules from different files compare as they would in their layers. The placeholder is removed
 * afterwards; a stylesheet with a more specific selector than the frame allows stops the build.
 */
import type { AcceptedPlugin, Plugin, Root } from 'postcss';
import cascadeLayers from '@csstools/postcss-cascade-layers';
import { readFileSync } from 'node:fs';

/** The custom property that marks the placeholder rule, so that it can be found and removed. */
const PLACEHOLDER = '--handbook-layer-frame';

export interface LayerFrame {
  /** Every layer any stylesheet uses, lowest first, e.g. Starlight's `starlight.base, …, starlight.utils`. */
  order: string[];
  /** The most ID selectors (#x) one selector may hold; each layer is raised by one more than this. */
  maxIds: number;
}

/** The layer order a stylesheet declares with `@layer a, b, c;` (Starlight's style/layers.css). */
export function readLayerOrder(cssFile: URL | string): string[] {
  const css = readFileSync(cssFile, 'utf8');
  const statement = /@layer\s+([^;{]+);/.exec(css);
  if (!statement) throw new Error(`${String(cssFile)}: no "@layer a, b, c;" statement to read the layer order from.`);
  return statement[1]!.split(',').map((name) => name.trim()).filter(Boolean);
}

/** What the tool adds to raise a rule by one ID. */
const RAISE = ':not(#\\#)';

/** How many ID selectors a selector holds (not counting raises already added, escapes or attribute values). */
export function idCount(selector: string): number {
  return (selector.split(RAISE).join('').replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, '').match(/#[\w-]/g) ?? []).length;
}

function frameStylesheet(frame: LayerFrame): Plugin {
  return {
    postcssPlugin: 'handbook-layer-frame',
    Once(root: Root, { AtRule, Rule, Declaration }) {
      // Vite may hand a stylesheet over again after it was flattened; raising it twice would
      // lift it above the others.
      if (root.toString().includes(RAISE)) return;
      let most = 0;
      root.walkRules((rule) => {
        for (const selector of rule.selectors) most = Math.max(most, idCount(selector));
      });
      if (most > frame.maxIds) {
        throw root.error(`A selector here has ${most} ID selectors; the cascade-layer frame allows ${frame.maxIds}. Use a class instead, or raise maxIds in astro.config.mjs (it makes every rule longer).`);
      }
      const placeholder = new Rule({ selector: Array.from({ length: frame.maxIds }, (_, index) => `#handbook-frame-${index}`).join('') || '*' });
      placeholder.append(new Declaration({ prop: PLACEHOLDER, value: '0' }));
      const lowest = new AtRule({ name: 'layer', params: frame.order[0]! });
      lowest.append(placeholder);
      root.prepend(new AtRule({ name: 'layer', params: frame.order.join(', ') }), lowest);
    },
  };
}

function removeFrame(): Plugin {
  return {
    postcssPlugin: 'handbook-layer-frame-remove',
    OnceExit(root: Root) {
      root.walkDecls(PLACEHOLDER, (declaration) => {
        const rule = declaration.parent;
        rule?.remove();
      });
    },
  };
}

/** The PostCSS plugins, in order, for Vite's `css.postcss.plugins`. */
export function flattenCascadeLayers(frame: LayerFrame): AcceptedPlugin[] {
  if (!frame.order.length) throw new Error('flattenCascadeLayers: the layer order is empty.');
  return [frameStylesheet(frame), cascadeLayers(), removeFrame()];
}
