import {
  decimalEvidenceOf,
  digitsToNumber,
  foldNumberText,
  splitSign,
  type DecimalEvidence,
  type DecimalMark,
} from './numbers';

/** What a value cell holds once footnote marks, separators and suffixes are read. */
export type ParsedValue =
  | { kind: 'number'; value: number; percent: boolean; footnote: boolean }
  | { kind: 'empty' }
  | { kind: 'junk'; raw: string }
  | { kind: 'text'; raw: string; formula: boolean };

/** Placeholders statistical tables print for "not available", "not applicable" or "nil". */
const JUNK = new Set([
  '…',
  '……',
  '...',
  '..',
  '—',
  '——',
  '–',
  '-',
  '--',
  '－',
  '?',
  '？',
  '/',
  'x',
  'na',
  'n/a',
  'n.a.',
  'nan',
  'null',
  'none',
  '#n/a',
  '#error',
  '#div/0!',
  '#value!',
  '#ref!',
  '不详',
  '无',
  '无数据',
  '暂无',
  '空',
]);

const SCALE: Record<string, number> = {
  千: 1e3,
  万: 1e4,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  万亿: 1e12,
};

const MARKS = /\[[a-z0-9]{1,3}\]|[*†‡#①-⑩¹²³⁴-⁹ᵃ-ᶻ]+/gi;
/** `12(1)`, `12（注a）`: a one-character note in brackets after the number. */
const BRACKET_NOTE = /[(](?:注)?[a-z0-9][)]$/i;
/** `(1,234)`: an accounting negative, not a footnote, even when it is `(5)`. */
const ACCOUNTING = /^\(\s*\d[\d.,\s]*\)$/;
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const EITHER = /^[+-]?[1-9]\d{0,2}\.\d{3}$/;

export { foldNumberText };

/** `=`, `@`, or a sign before letters: Excel would run it as a formula (CSV injection). */
export function isFormulaText(raw: string): boolean {
  return /^[=@]/.test(raw) || /^[+-]\s*[a-z(]/i.test(raw) || /^\t|^\r/.test(raw);
}

function stripFootnotes(folded: string): string {
  const marked = folded.replace(MARKS, '').trim();
  return ACCOUNTING.test(marked) ? marked : marked.replace(BRACKET_NOTE, '').trim();
}

/** Avoids 1.1万 → 11000.000000000002. */
function scaled(value: number, factor: number): number {
  return Number((value * factor).toPrecision(15));
}

type Parts =
  | { kind: 'junk' | 'text' }
  | {
      kind: 'parts';
      negative: boolean;
      digits: string;
      percent: boolean;
      factor: number;
      footnote: boolean;
    };

/** Sign, digits, %, 万/亿 and footnote marks of a trimmed cell that is not a plain number. */
function partsOf(trimmed: string): Parts {
  const folded = foldNumberText(trimmed);
  const stripped = stripFootnotes(folded);
  const footnote = stripped !== folded;
  if (
    JUNK.has(folded.toLowerCase()) ||
    JUNK.has(stripped.toLowerCase()) ||
    (stripped === '' && footnote)
  )
    return { kind: 'junk' };
  let body = stripped;
  let percent = false;
  let factor = 1;
  if (body.endsWith('%')) {
    percent = true;
    body = body.slice(0, -1).trim();
  } else {
    const suffix = /(万亿|百万|千万|万|亿|千)$/.exec(body);
    if (suffix) {
      factor = SCALE[suffix[1] ?? ''] ?? 1;
      body = body.slice(0, -suffix[0].length).trim();
    }
  }
  const signed = splitSign(body);
  if (!signed) return { kind: 'text' };
  return {
    kind: 'parts',
    negative: signed.negative,
    digits: signed.body,
    percent,
    factor,
    footnote,
  };
}

/**
 * Reads a value cell. Numbers may carry a sign (`-`, `−`, or accounting parentheses
 * `(1,234)`), thousands separators, a trailing %, a 万/亿 suffix and footnote marks
 * ([a], *, ①); placeholders (…, —, NA, ?) are junk, never zero. `mark` settles cells that
 * read either way (`1,234`: 1234 with a decimal point, 1.234 with a decimal comma).
 */
export function parseValue(raw: string, mark: DecimalMark = '.'): ParsedValue {
  const trimmed = raw.trim();
  if (trimmed === '') return { kind: 'empty' };
  // The common case, a plain number, skips the folding and footnote passes.
  if (PLAIN.test(trimmed) && (mark === '.' || !EITHER.test(trimmed)))
    return { kind: 'number', value: Number(trimmed), percent: false, footnote: false };
  if (isFormulaText(trimmed)) return { kind: 'text', raw: trimmed, formula: true };
  const parts = partsOf(trimmed);
  if (parts.kind === 'junk') return { kind: 'junk', raw: trimmed };
  const magnitude = parts.kind === 'parts' ? digitsToNumber(parts.digits, mark) : null;
  if (parts.kind !== 'parts' || magnitude === null)
    return { kind: 'text', raw: trimmed, formula: false };
  const { negative, factor, percent, footnote } = parts;
  const value = negative ? -magnitude : magnitude;
  return { kind: 'number', value: factor === 1 ? value : scaled(value, factor), percent, footnote };
}

/** What a value cell's separators say about the decimal mark; null for none (12, 1 234, text). */
export function decimalEvidence(raw: string): DecimalEvidence | null {
  const trimmed = raw.trim();
  if (!/[.,，．]/.test(trimmed)) return null;
  // Plain numbers (most cells) skip the folding and footnote passes.
  if (PLAIN.test(trimmed)) return EITHER.test(trimmed) ? 'either' : 'point';
  if (isFormulaText(trimmed)) return null;
  const parts = partsOf(trimmed);
  if (parts.kind !== 'parts') return null;
  const evidence = decimalEvidenceOf(parts.digits);
  return evidence === 'invalid' ? null : evidence;
}
