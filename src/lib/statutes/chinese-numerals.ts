/**
 * Chinese numerals as used in PRC statute numbering (第一百零三条, （十四）, 第二款).
 * Statutes never go beyond the hundreds, so this handles 0–9999.
 */
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Parses 一 … 九千九百九十九 into a number; throws on anything else. */
export function parseChineseNumeral(text: string): number {
  if (!text) throw new Error('empty numeral');
  let total = 0;
  let pending = 0;
  for (const char of text) {
    if (char in DIGITS) {
      pending = DIGITS[char]!;
    } else if (char in UNITS) {
      // 十 alone at the start means 一十 (十二 = 12).
      total += (pending || 1) * UNITS[char]!;
      pending = 0;
    } else {
      throw new Error(`not a Chinese numeral: "${text}"`);
    }
  }
  return total + pending;
}

/** An article, paragraph or item number as readers type it: 51 or 五十一. Throws on anything else. */
export function parseArticleNumber(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
}

const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Formats 1–9999 the way statutes do: 12 → 十二, 103 → 一百零三, 110 → 一百一十. */
export function toChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 9999) {
    throw new RangeError(`cannot format ${value} as a statute numeral`);
  }
  if (value < 10) return DIGIT_CHARS[value]!;
  if (value < 20) return '十' + (value % 10 ? DIGIT_CHARS[value % 10] : '');
  const parts: string[] = [];
  const units: Array<[number, string]> = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let rest = value;
  let needZero = false;
  let started = false;
  for (const [unit, name] of units) {
    const digit = Math.floor(rest / unit);
    rest %= unit;
    if (digit === 0) {
      if (started && rest > 0) needZero = true;
      continue;
    }
    if (needZero) parts.push('零');
    needZero = false;
    started = true;
    parts.push(DIGIT_CHARS[digit]! + name);
  }
  return parts.join('');
}
