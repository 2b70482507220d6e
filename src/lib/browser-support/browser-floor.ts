/**
 * The oldest browsers the handbook is built for, read from package.json's `browserslist`
 * (the one place it is written, so README, Vite and Lightning CSS cannot disagree).
 * Township offices run 360安全浏览器 and 奇安信 builds on Chromium 86, Windows 7 machines
 * stuck at 109, and deputies read on older Android WebViews; see README「浏览器」.
 *
 * Only the plain form `<browser> >= <version>` is accepted: it maps one-to-one onto the
 * build tools' targets, and anything cleverer would need the browserslist database.
 */
import { readFileSync } from 'node:fs';

/** browserslist names → the names esbuild/Vite targets use. */
const ESBUILD_NAMES: Record<string, string> = {
  chrome: 'chrome',
  edge: 'edge',
  firefox: 'firefox',
  safari: 'safari',
  ios_saf: 'ios',
  and_chr: 'chrome',
  android: 'chrome',
  opera: 'opera',
};

export interface BrowserFloor {
  /** The queries as written in package.json, e.g. `chrome >= 86`. */
  queries: string[];
  /** browserslist name → oldest major version. */
  versions: Record<string, number>;
}

/** Parses `chrome >= 86`-style queries; anything else is an error naming the query and the accepted form. */
export function parseBrowserFloor(queries: unknown): BrowserFloor {
  if (!Array.isArray(queries) || queries.length === 0 || !queries.every((query) => typeof query === 'string')) {
    throw new Error('package.json "browserslist" must be a non-empty list of strings such as "chrome >= 86".');
  }
  const versions: Record<string, number> = {};
  for (const query of queries as string[]) {
    const match = /^\s*([a-z_]+)\s*>=\s*(\d+)(?:\.\d+)?\s*$/i.exec(query);
    const name = match?.[1]?.toLowerCase();
    if (!match || !name || !(name in ESBUILD_NAMES)) {
      throw new Error(`package.json "browserslist": "${query}" is not understood. Write "<browser> >= <major version>" with one of: ${Object.keys(ESBUILD_NAMES).join(', ')}.`);
    }
    versions[name] = Math.min(versions[name] ?? Infinity, Number(match[2]));
  }
  return { queries: queries as string[], versions };
}

/** The floor as Vite's `build.target`/`build.cssTarget` (esbuild names; Lightning CSS is given the same). */
export function esbuildTargets(floor: BrowserFloor): string[] {
  const targets = new Map<string, number>();
  for (const [name, version] of Object.entries(floor.versions)) {
    const target = ESBUILD_NAMES[name]!;
    targets.set(target, Math.min(targets.get(target) ?? Infinity, version));
  }
  return [...targets].map(([name, version]) => `${name}${version}`);
}

/** The project's floor, from package.json next to the given config file URL. */
export function readBrowserFloor(packageJson: URL): BrowserFloor {
  return parseBrowserFloor((JSON.parse(readFileSync(packageJson, 'utf8')) as { browserslist?: unknown }).browserslist);
}
