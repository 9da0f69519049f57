/** Arabic and Chinese numerals with 万/亿 multipliers, as written in Chinese reports. */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** 一千二百三十 → 1230, 三万五千 → 35000, 十二 → 12, 一二三 (digit by digit) → 123. */
export function parseChineseNumeral(raw: string): number | null {
  if (!raw) return null;
  const chars = Array.from(raw);
  if (chars.every((c) => c in DIGITS) && chars.length > 1) {
    return Number(chars.map((c) => DIGITS[c]).join(''));
  }
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of chars) {
    if (c in DIGITS) {
      digit = DIGITS[c] ?? 0;
    } else if (c in SMALL_UNITS) {
      section += (digit ?? 1) * (SMALL_UNITS[c] ?? 1);
      digit = null;
    } else if (c === '万') {
      wan = (section + (digit ?? 0) || 1) * 1e4;
      section = 0;
      digit = null;
    } else if (c === '亿') {
      yi = (yi + wan + section + (digit ?? 0) || 1) * 1e8;
      wan = 0;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return yi + wan + section + (digit ?? 0);
}

/** 1,234.5 → 1234.5; full-width digits are already folded by NFKC. */
export function parseArabic(raw: string): number | null {
  const clean = raw.replace(/,/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(clean)) return null;
  return Number(clean);
}

/** One numeral, Arabic or Chinese: "1.8", "12,000", "三", "一千二百". */
export function parseNumeral(raw: string): number | null {
  return /\d/.test(raw) ? parseArabic(raw) : parseChineseNumeral(raw);
}

export function multiplierOf(word: string): number {
  let factor = 1;
  for (const c of word) {
    factor *= c === '万' ? 1e4 : c === '亿' ? 1e8 : c === '千' ? 1e3 : c === '百' ? 100 : 1;
  }
  return factor;
}

/** Rounds away binary noise: 1.8 * 10000 = 18000, not 17999.999999999996. */
export function scale(value: number, factor: number): number {
  return Number((value * factor).toPrecision(12));
}
