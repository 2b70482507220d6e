/** Shared setup for browser tests over the built site in dist/. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './fixture-project.ts';
import { sitePages as pagesOf } from '../../scripts/lib/site-pages.ts';

export const distDir = join(projectRoot, 'dist');

export function requireBuiltSite(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` first (npm test does).');
  }
}

/** Every page of the built site as a path like /powers/budget/ (404 excluded). */
export function sitePages(): string[] {
  return pagesOf(distDir);
}
