/** Every page of a built site as a path like /powers/budget/ (the 404 page excluded). */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function sitePages(distDir: string, dir = distDir): string[] {
  const pages: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') pages.push(...sitePages(distDir, path));
    } else if (name === 'index.html') {
      pages.push(`/${relative(distDir, dir).split('\\').join('/')}${dir === distDir ? '' : '/'}`);
    }
  }
  return pages.sort();
}
