/** The offline export as a reader gets it: handbook-offline.zip unzipped into a fresh folder. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { projectRoot } from './fixture-project.ts';

export const offlineZipPath = join(projectRoot, 'handbook-offline.zip');

/** Unzips handbook-offline.zip into a new temporary folder (named with `prefix`) and returns that folder; the caller removes it. */
export function unzipOfflineCopy(prefix: string): string {
  if (!existsSync(offlineZipPath)) throw new Error('handbook-offline.zip is missing: run `npm run export` first (npm test does).');
  const folder = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, data] of Object.entries(unzipSync(readFileSync(offlineZipPath)))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), data);
  }
  return folder;
}
