/**
 * HANDBOOK_WITH_ZIP=1: the offline copy published with the site, for scripts/build.ts.
 * After the pages are built (in the staging folder, before anything is published): the
 * export (scripts/export-offline.ts) writes downloads/handbook-offline-<date>.zip, then
 * downloads/latest.json ({ date, file, bytes }, what offline copies ask for), and the pages'
 * download links get the zip's size. Every /downloads/ link must then point at a file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOWNLOADS, LATEST, sizeLabel, zipName } from '../../src/lib/offline/download.ts';
import { siteBase } from '../../src/lib/site-base.ts';
import { htmlFiles } from '../../src/lib/html-files.ts';

export function publishOfflineCopy(root: string, staging: string): { file: string; bytes: number } {
  const date = /data-content-date="(\d{4}-\d{2}-\d{2})/.exec(readFileSync(join(staging, 'index.html'), 'utf8'))?.[1];
  if (!date) throw new Error('the home page has no content date (data-content-date)');
  const file = zipName(date);
  const zip = join(staging, DOWNLOADS, file);
  const exported = spawnSync(process.execPath, [join(root, 'scripts/export-offline.ts')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, HANDBOOK_EXPORT_FROM: staging, HANDBOOK_EXPORT_TO: zip },
  });
  if (exported.status !== 0 || !existsSync(zip)) throw new Error('the offline export failed');
  const bytes = statSync(zip).size;
  writeFileSync(join(staging, LATEST), `${JSON.stringify({ date, file, bytes })}\n`);

  const base = siteBase();
  const missing: string[] = [];
  for (const page of htmlFiles(staging)) {
    const html = readFileSync(page, 'utf8');
    if (!html.includes('data-offline-size')) continue;
    writeFileSync(page, html.replace(/(data-offline-size[^>]*>)<\/span>/g, `$1，${sizeLabel(bytes)}</span>`));
    for (const match of html.matchAll(/href="([^"]*\/downloads\/[^"]*)"/g)) {
      const path = match[1]!.startsWith(base) ? match[1]!.slice(base.length - 1) : match[1]!;
      if (!existsSync(join(staging, path))) missing.push(`${page}: ${match[1]}`);
    }
  }
  if (missing.length) throw new Error(`links to downloads that were not written:\n  ${missing.join('\n  ')}`);
  return { file, bytes };
}
