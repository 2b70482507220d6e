/**
 * The date of the content, shown on the home page, in print footers and in the export.
 * HANDBOOK_CONTENT_DATE (YYYY-MM-DD) pins it for reproducible builds; otherwise it is the build time.
 */
const pinned = process.env.HANDBOOK_CONTENT_DATE;
const date = pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned) ? new Date(`${pinned}T00:00:00Z`) : new Date();

export const CONTENT_DATE = {
  iso: date.toISOString(),
  /** 2026年11月28日 */
  label: `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`,
};
