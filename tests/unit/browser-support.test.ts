import { describe, expect, test } from 'vitest';
import postcss from 'postcss';
import { readFileSync } from 'node:fs';
import { esbuildTargets, parseBrowserFloor, readBrowserFloor } from '../../src/lib/browser-support/browser-floor.ts';
import { flattenCascadeLayers, idCount, readLayerOrder } from '../../src/lib/browser-support/flatten-layers.ts';
import { floorPostcssPlugins } from '../../src/lib/browser-support/css-pipeline.ts';

const flatten = async (css: string, order = ['a', 'b', 'c'], maxIds = 1) =>
  (await postcss(flattenCascadeLayers({ order, maxIds })).process(css, { from: 'test.css' })).css.replace(/\s+/g, ' ').trim();
/** How many :not(#\#) raises the first selector of the rule for `marker` carries. */
const raises = (css: string, marker: string) => {
  const rule = css.split('}').find((part) => part.includes(marker))!;
  return (rule.match(/:not\(#\\#\)/g) ?? []).length;
};

describe('the browser floor', () => {
  test('is read from package.json and becomes the build tools’ targets', () => {
    const floor = readBrowserFloor(new URL('../../package.json', import.meta.url));
    expect(floor.versions.chrome).toBe(86);
    expect(esbuildTargets(floor)).toContain('chrome86');
    expect(esbuildTargets(parseBrowserFloor(['chrome >= 90', 'and_chr >= 86', 'ios_saf >= 14']))).toEqual(['chrome86', 'ios14']);
  });

  test('a query the build tools cannot follow is refused with the accepted form', () => {
    expect(() => parseBrowserFloor(['> 0.5%'])).toThrow(/"> 0.5%" is not understood. Write "<browser> >= <major version>"/);
    expect(() => parseBrowserFloor([])).toThrow(/non-empty list/);
  });

  test('README states the same floor as package.json', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain('Chromium 86');
  });
});

describe('flattening cascade layers', () => {
  test('later layers and unlayered rules are raised in layer order', async () => {
    const css = await flatten('@layer c { .in-c { color: red } } @layer a { .in-a { color: blue } } .plain { color: green }');
    expect(css).not.toContain('@layer');
    expect(raises(css, 'in-a')).toBe(0);
    expect(raises(css, 'in-c')).toBe(4); // two layers below it, (maxIds + 1) each
    expect(raises(css, 'plain')).toBe(6);
  });

  test('stylesheets flattened separately compare as they would in their layers', async () => {
    // A component's own file (no layers at all) and Starlight's (one layer): the unlayered
    // rule must still beat the layered one, however specific, as it does with real layers.
    const component = await flatten('.note { margin: 0 }');
    const starlight = await flatten('@layer c { main .sl-markdown-content .note { margin: 1rem } }');
    expect(raises(component, 'note')).toBeGreaterThan(raises(starlight, 'note'));
  });

  test('a stylesheet handed over again is not raised twice', async () => {
    const once = await flatten('.x { color: red }');
    expect(await flatten(once)).toBe(once);
  });

  test('the frame’s placeholder never reaches the output', async () => {
    expect(await flatten('.x { color: red }')).not.toMatch(/handbook-frame|--handbook-layer-frame/);
  });

  test('a selector more specific than the frame allows stops the build, naming the limit', async () => {
    await expect(flatten('#a #b .x { color: red }')).rejects.toThrow(/2 ID selectors; the cascade-layer frame allows 1/);
  });

  test('ID counting ignores raises, escapes and attribute values', () => {
    expect(idCount('body:has(#starlight__sidebar:popover-open)')).toBe(1);
    expect(idCount('.x:not(#\\#):not(#\\#)')).toBe(0);
    expect(idCount('a[href="#top"]')).toBe(0);
  });

  test('Starlight’s layer order is read from its own declaration', () => {
    const order = readLayerOrder(new URL('../../node_modules/@astrojs/starlight/dist/style/layers.css', import.meta.url));
    expect(order[0]).toBe('starlight.base');
    expect(order).toContain('starlight.utils');
  });
});

describe('the CSS pipeline', () => {
  test('logical properties become left/right for this left-to-right site; var() values are left alone', async () => {
    const css = (await postcss(floorPostcssPlugins({ order: ['a'], maxIds: 0 })).process('.x { inset-inline-start: 0; margin-inline: var(--m, auto) }', { from: 'x.css' })).css;
    expect(css).toMatch(/left: 0/);
    expect(css).toMatch(/margin-inline: var\(--m, auto\)/);
  });
});
