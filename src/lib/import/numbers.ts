/**
 * The number grammar of value cells: signs, grouping, decimal marks. A cell like `1,234`
 * reads as 1234 with a decimal point and as 1.234 with a decimal comma; only the file
 * can tell which, so such cells take the mark decided for their column (decimal-marks.ts).
 */

/** What a cell's digits say about the decimal mark. */
export type DecimalEvidence = 'point' | 'comma' | 'either';
export type DecimalMark = '.' | ',';

const FOLDED: Record<string, string> = {
  '，': ',',
  '．': '.',
  '％': '%',
  '（': '(',
  '）': ')',
  '＋': '+',
  '−': '-',
  '－': '-',
  '–': '-',
  '﹣': '-',
  '‐': '-',
  '‑': '-',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u3000': ' ',
};
const FOLDABLE = /[０-９，．％（）＋−－–﹣‐‑\u00a0\u2009\u202f\u3000]/g;

/** Full-width digits and punctuation → ASCII; the various minus signs → '-'; odd spaces → ' '. */
export function foldNumberText(raw: string): string {
  if (!/[^\u0020-\u007e]/.test(raw)) return raw;
  return raw.replace(FOLDABLE, (c) => FOLDED[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const PLAIN = /^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const COMMA_DECIMAL = /^\d+,\d+$/;
/** A group separator may follow one to three digits, never a leading zero. */
const POINT_GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/;
const COMMA_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;
const SPACE_GROUPED = /^[1-9]\d{0,2}(?: \d{3})+(?:[.,]\d+)?$/;
/** `1,234` and `1.234`: one group of three after one to three digits. */
const EITHER = /^[1-9]\d{0,2}[.,]\d{3}$/;

/** Unsigned digits with separators → the mark they prove, or null for none (`12`, `1 234`). */
export function decimalEvidenceOf(digits: string): DecimalEvidence | null | 'invalid' {
  if (EITHER.test(digits)) return 'either';
  if (PLAIN.test(digits)) return digits.includes('.') ? 'point' : null;
  if (COMMA_DECIMAL.test(digits)) return 'comma';
  if (POINT_GROUPED.test(digits)) return 'point';
  if (COMMA_GROUPED.test(digits)) return 'comma';
  if (SPACE_GROUPED.test(digits))
    return digits.includes('.') ? 'point' : digits.includes(',') ? 'comma' : null;
  return 'invalid';
}

/** Unsigned digits with separators → a number, reading an ambiguous `1,234` with `mark`. */
export function digitsToNumber(digits: string, mark: DecimalMark): number | null {
  const evidence = decimalEvidenceOf(digits);
  if (evidence === 'invalid') return null;
  const comma = evidence === 'comma' || (evidence === 'either' && mark === ',');
  const plain = comma ? digits.replace(/[. ]/g, '').replace(',', '.') : digits.replace(/[, ]/g, '');
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

/**
 * A cell's number text without sign: `(1,234)` and `-1,234` both give negative and `1,234`.
 * Returns null when the text has no such form.
 */
export function splitSign(text: string): { negative: boolean; body: string } | null {
  const parens = /^\(\s*([^()]+?)\s*\)$/.exec(text);
  if (parens) {
    const inner = parens[1] ?? '';
    // `(-5)` is not an accounting negative; leave it to fail as text.
    return /^[+-]/.test(inner) ? null : { negative: true, body: inner };
  }
  const signed = /^([+-])\s*(.*)$/.exec(text);
  if (signed) return { negative: signed[1] === '-', body: signed[2] ?? '' };
  return { negative: false, body: text };
}
