/** Shared setup for browser tests over the built site in dist/. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from './fixture-project.ts';

export const distDir = join(projectRoot, 'dist');

export function requireBuiltSite(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` first (npm test does).');
  }
}

/** Every page of the built site as a path like /powers/budget/ (404 excluded). */
export function sitePages(dir = distDir): string[] {
  const pages: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') pages.push(...sitePages(path));
    } else if (name === 'index.html') {
      pages.push(`/${relative(distDir, dir).split('\\').join('/')}${dir === distDir ? '' : '/'}`);
    }
  }
  return pages.sort();
}
