import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, toChineseNumeral } from '../../src/lib/statutes/chinese-numerals.ts';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['二十七', 27], ['一百', 100], ['一百零三', 103], ['一百一十', 110], ['一百二十五', 125],
  ])('%s ⇄ %i', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
    expect(toChineseNumeral(value)).toBe(text);
  });

  it('rejects what is not a numeral', () => {
    expect(() => parseChineseNumeral('十二条')).toThrow(/not a Chinese numeral/);
    expect(() => toChineseNumeral(0)).toThrow(RangeError);
  });
});
