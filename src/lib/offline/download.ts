/**
 * The offline copy published with the site (HANDBOOK_WITH_ZIP=1): where it lives and what
 * the pages say about it. scripts/build.ts writes the zip and downloads/latest.json after the
 * pages are built and fills in the size; the pages only need the names, known in advance.
 */
import { siteBase, siteOrigin } from '../site-base.ts';

export const DOWNLOADS = '/downloads/';
/** Written next to the zip: { date, file, bytes } of the newest copy. */
export const LATEST = `${DOWNLOADS}latest.json`;

/** handbook-offline-2026-11-29.zip: the content date in the name, ASCII for any unzip tool. */
export const zipName = (isoDate: string) => `handbook-offline-${isoDate.slice(0, 10)}.zip`;

export interface OfflineDownload {
  /** Site path of the zip, without the base. */
  path: string;
  /** Where an offline copy asks whether a newer one exists (absolute; only with HANDBOOK_SITE). */
  latestUrl?: string;
}

/** The download this build publishes, or undefined when it publishes none. */
export function offlineDownload(isoDate: string, env: Record<string, string | undefined> = process.env): OfflineDownload | undefined {
  if (env.HANDBOOK_WITH_ZIP !== '1') return undefined;
  const origin = siteOrigin(env);
  return {
    path: `${DOWNLOADS}${zipName(isoDate)}`,
    ...(origin ? { latestUrl: `${origin}${siteBase(env).replace(/\/$/, '')}${LATEST}` } : {}),
  };
}

/** 6.4 MB */
export const sizeLabel = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
