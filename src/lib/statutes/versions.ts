/**
 * How the handbook names a law version and the time it was in force: 地方组织法（2022年修正）,
 * 2015年8月29日至2022年3月11日. Used by the law pages, the comparison pages, the review
 * note under each page and the formal citations.
 */
import { STATUTES, type StatuteRecord } from './statute-data.ts';

/** 2022-03-11 → 2022年3月11日 */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** The law's name without a version in brackets: 地方组织法（2015） → 地方组织法. */
export function baseName(statute: Pick<StatuteRecord, 'shortTitle'>): string {
  return statute.shortTitle.replace(/（[^）]*）$/, '');
}

/** The full title without a version in brackets, for 《…》. */
export function formalTitle(statute: Pick<StatuteRecord, 'title'>): string {
  return statute.title.replace(/（\d{4}年修[正订]）$/, '');
}

/** 2022年修正, or 2020年修订 for a regulation that was revised as a whole. */
export function amendmentLabel(statute: Pick<StatuteRecord, 'amended' | 'description'>): string {
  if (!statute.amended) return '';
  return `${statute.amended.slice(0, 4)}年${/修订/.test(statute.description) ? '修订' : '修正'}`;
}

/** 地方组织法（2022年修正） */
export function versionLabel(statute: StatuteRecord): string {
  const amendment = amendmentLabel(statute);
  return amendment ? `${baseName(statute)}（${amendment}）` : baseName(statute);
}

/** The day before an ISO date. */
function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** When a version was in force: from its effective day to the day before its successor took effect. */
export function inForce(statute: StatuteRecord): { from?: string; until?: string; successor?: StatuteRecord } {
  const successor = statute.supersededBy ? STATUTES.get(statute.supersededBy) : undefined;
  const from = statute.effective ?? statute.amended;
  const start = successor?.effective ?? successor?.amended;
  return {
    ...(from ? { from } : {}),
    ...(start ? { until: dayBefore(start) } : {}),
    ...(successor ? { successor } : {}),
  };
}
