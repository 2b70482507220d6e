/**
 * Calendar arithmetic for the session planner, on plain dates (YYYY-MM-DD, no time zone, so
 * a date never shifts by a day on a computer set to another zone).
 *
 * Counting follows the law's wording as the handbook reads it:
 * - 「选举日的二十日以前」: the date 20 days before; 「两个月内」: the same day two months on.
 * - A month later from the 31st is the last day of a shorter month (1月31日 + 1 个月 =
 *   2月28日, or 29日 in a leap year): the limit never runs past the month.
 * - A limit that falls on a Saturday or Sunday stays where it is; the planner says so and
 *   suggests acting earlier. Legal deadlines are never moved.
 */
import type { Offset } from '../../schemas/planner.ts';

export interface PlainDate { year: number; month: number; day: number }

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2027-02-28" → { 2027, 2, 28 }, or undefined when it is not a real date. */
export function parseDate(text: string): PlainDate | undefined {
  const match = ISO.exec(text.trim());
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month) ? date : undefined;
}

export const formatIso = ({ year, month, day }: PlainDate) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** 2027年3月1日 */
export const formatChinese = ({ year, month, day }: PlainDate) => `${year}年${month}月${day}日`;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Days since 1970-01-01 (proleptic Gregorian), computed in UTC so that no time zone enters. */
const dayNumber = ({ year, month, day }: PlainDate) => Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
const fromDayNumber = (days: number): PlainDate => {
  const date = new Date(days * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Same day `months` later (or earlier, when negative), kept within the month: 1-31 + 1 → 2-28/29. */
export function addMonths(date: PlainDate, months: number): PlainDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (date: PlainDate) => new Date(dayNumber(date) * 86_400_000).getUTCDay();
export const isWeekend = (date: PlainDate) => [0, 6].includes(weekday(date));
export const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: PlainDate, to: PlainDate) => dayNumber(to) - dayNumber(from);

export const compareDates = (a: PlainDate, b: PlainDate) => dayNumber(a) - dayNumber(b);

/** The date an offset names, given the entered dates; undefined when its starting date is not entered. */
export function resolveOffset(offset: Offset, dates: Partial<Record<string, PlainDate>>): PlainDate | undefined {
  const anchor = offset.before ?? offset.after;
  const start = anchor ? dates[anchor] : undefined;
  if (!start) return undefined;
  const sign = offset.before ? -1 : 1;
  return offset.months !== undefined ? addMonths(start, sign * offset.months) : addDays(start, sign * (offset.days ?? 0));
}

/** 「选举日前20天」「会议举行日期后2个月」「会议举行日期当天」, for lists and print. */
export function describeOffset(offset: Offset, anchorNames: Record<string, string>): string {
  const anchor = (offset.before ?? offset.after)!;
  const name = anchorNames[anchor] ?? anchor;
  if (offset.days === 0) return `${name}当天`;
  const amount = offset.months !== undefined ? `${offset.months}个月` : `${offset.days}天`;
  return `${name}${offset.before ? '前' : '后'}${amount}`;
}
