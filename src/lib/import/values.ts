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

const FOOTNOTE = /\[[a-z0-9]{1,3}\]|[（(](?:注)?[a-z0-9]{1}[)）]$|[*†‡#①-⑩¹²³⁴-⁹ᵃ-ᶻ]+/gi;
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const SPACED = /^[+-]?\d{1,3}(?: \d{3})+(?:\.\d+)?$/;

/** Full-width digits and signs → ASCII; the various minus signs → '-'. */
export function foldNumberText(raw: string): string {
  if (!/[^\u0020-\u007e]/.test(raw)) return raw;
  return raw
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[，]/g, ',')
    .replace(/[．]/g, '.')
    .replace(/[％]/g, '%')
    .replace(/[−－–]/g, '-')
    .replace(/[＋]/g, '+');
}

/** `=`, `@`, or a sign before letters: Excel would run it as a formula (CSV injection). */
export function isFormulaText(raw: string): boolean {
  return /^[=@]/.test(raw) || /^[+-]\s*[a-z(]/i.test(raw) || /^\t|^\r/.test(raw);
}

function toNumber(text: string): number | null {
  if (PLAIN.test(text)) return Number(text);
  if (GROUPED.test(text)) return Number(text.replace(/,/g, ''));
  if (SPACED.test(text)) return Number(text.replace(/ /g, ''));
  return null;
}

/** Avoids 1.1万 → 11000.000000000002. */
function scaled(value: number, factor: number): number {
  return Number((value * factor).toPrecision(15));
}

/**
 * Reads a value cell. Numbers may carry thousands separators, a trailing %, a 万/亿
 * suffix and footnote marks ([a], *, ①); placeholders (…, —, NA, ?) are junk, never zero.
 */
export function parseValue(raw: string): ParsedValue {
  const trimmed = raw.trim();
  if (trimmed === '') return { kind: 'empty' };
  // The common case, a plain number, skips the folding and footnote passes.
  if (PLAIN.test(trimmed))
    return { kind: 'number', value: Number(trimmed), percent: false, footnote: false };
  if (isFormulaText(trimmed)) return { kind: 'text', raw: trimmed, formula: true };
  const folded = foldNumberText(trimmed);
  const stripped = folded.replace(FOOTNOTE, '').trim();
  const footnote = stripped !== folded;
  if (
    JUNK.has(folded.toLowerCase()) ||
    JUNK.has(stripped.toLowerCase()) ||
    (stripped === '' && footnote)
  )
    return { kind: 'junk', raw: trimmed };
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
  const value = toNumber(body);
  if (value === null || !Number.isFinite(value))
    return { kind: 'text', raw: trimmed, formula: false };
  return { kind: 'number', value: factor === 1 ? value : scaled(value, factor), percent, footnote };
}

/** A year in a header or cell: 2022, 2022年, 2022 年度, Y2022, FY2022, ２０２２年, 2O22 (letter O). */
export function parseYear(raw: string): number | null {
  if (raw.length > 24 || raw.length < 4) return null;
  let folded = foldNumberText(raw.trim());
  if (/[oO]/.test(folded))
    folded = folded.replace(/(?<=\d)[oO](?=\d)|(?<=^|[^a-z])[oO](?=\d{3})/g, '0');
  folded = folded.replace(/\s+/g, '');
  const m = /^(?:fy|y|年份)?((?:19|20)\d{2})(?:年度?|年年|y|nian)?(?:[[(（].{0,12}[\])）])?$/i.exec(
    folded,
  );
  return m ? Number(m[1]) : null;
}
