import { foldNumberText } from './numbers';

/**
 * What a header or period cell names. A fact holds whole years only (period_start and
 * period_end are years), so anything shorter is `sub`: months, quarters, halves, dates and
 * year-to-date ranges. `wholeYear` marks a year read from `1-12月` or `全年`.
 */
export type Period =
  /** `year` is null only for a lone 全年 or 1-12月, whose year a header row above gives. */
  | { kind: 'year'; year: number | null; wholeYear: boolean }
  | { kind: 'sub'; year: number | null; unit: 'month' | 'quarter' | 'half' | 'months' | 'date' };

const Y = '((?:19|20)\\d{2})';
const MONTH_NAMES =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const CN_MONTH = '(?:[一二三四五六七八九十]|十[一二])月份?';

const YEAR = new RegExp(
  `^(?:fy|y|年份)?${Y}(?:年度?|年年|y|nian)?(?:[[(（](?:[^)）\\]]{0,12})[\\])）])?$`,
  'i',
);
const WHOLE_ALONE = /^(?:全年|全年累计|1[-—–~至到]12月份?)$/;
const WHOLE = new RegExp(`^${Y}年?(?:全年|1[-—–~至到]12月份?|1-12|01-12)$`);
const DATE = new RegExp(`^${Y}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:T[\\d:.]+Z?)?$`);
const Q = '(?<q>[一二三四1-4])';
const YN = '(?<y>(?:19|20)\\d{2})';
const MONTH = [
  new RegExp(`^${YN}(?:[-/]|年|M|m)(?<m>\\d{1,2})(?:月份?)?$`),
  new RegExp(`^${YN}年?${CN_MONTH}$`),
  new RegExp(`^${YN}[-\\s]?${MONTH_NAMES}$`, 'i'),
  new RegExp(`^${MONTH_NAMES}[-\\s,]*${YN}?$`, 'i'),
  /^(?<m>\d{1,2})月份?$/,
  new RegExp(`^${CN_MONTH}$`),
];
const QUARTER = [
  new RegExp(`^${YN}年?[-\\s]?第?${Q}季度?$`),
  new RegExp(`^${YN}[-\\s]?Q${Q}$`, 'i'),
  new RegExp(`^Q${Q}[-\\s]?${YN}$`, 'i'),
  new RegExp(`^第?${Q}季度?$`),
  new RegExp(`^Q${Q}$`, 'i'),
];
const HALF = [new RegExp(`^${YN}?年?[上下]半年$`), new RegExp(`^${YN}[-\\s]?H[12]$`, 'i')];
const MONTHS = new RegExp(`^${YN}?年?\\d{1,2}[-—–~至到]\\d{1,2}月份?$`);
/** `2023年(1-3月)`: a year followed by a bracketed sub-year period. */
const BRACKETED = new RegExp(`^${Y}年?[(（[]([^)）\\]]*[月季])[)）\\]]$`);
/** A cheap first look: a year's digits (also full-width, or 2O22), 月, 季, 半年, Q1, H1 or a month's name. */
const MAYBE =
  /[12１２][0-9０-９oO]{3}|月|季|半年|全年|q\s*[1-4]|h[12]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
/** Most cells are plain numbers: only a four-digit one can be a period (a year). */
const NUMBER = /^[+-]?[\d.,]+$/;

function sub(unit: Extract<Period, { kind: 'sub' }>['unit'], year: string | undefined): Period {
  return { kind: 'sub', year: year ? Number(year) : null, unit };
}

function firstMatch(
  res: readonly RegExp[],
  text: string,
): Record<string, string | undefined> | null {
  for (const re of res) {
    const m = re.exec(text);
    if (m) return m.groups ?? {};
  }
  return null;
}

function subYear(text: string): Period | null {
  if (DATE.test(text)) return sub('date', /^\d{4}/.exec(text)?.[0]);
  const month = firstMatch(MONTH, text);
  if (month && (!month.m || (Number(month.m) >= 1 && Number(month.m) <= 12)))
    return sub('month', month.y);
  const quarter = firstMatch(QUARTER, text);
  if (quarter) return sub('quarter', quarter.y);
  const half = firstMatch(HALF, text);
  if (half) return sub('half', half.y);
  const range = MONTHS.exec(text);
  if (range) return sub('months', range.groups?.y);
  return null;
}

/**
 * Reads a period header or cell: 2022, 2022年, Y2022, ２０２２年, 2O22 (letter O) are
 * years; 2023年1月, 2023-03, 2023Q1, 2023年第一季度, 一季度, 上半年, 2023年1-6月 are shorter
 * than a year. Returns null for anything else (values, names).
 */
export function parsePeriod(raw: string): Period | null {
  if (raw.length > 24 || raw.length < 2) return null;
  if (!MAYBE.test(raw) || (NUMBER.test(raw) && !/^(?:19|20)\d{2}$/.test(raw))) return null;
  let text = foldNumberText(raw.trim()).replace(/\s+/g, ' ');
  if (/[oO]/.test(text)) text = text.replace(/(?<=\d)[oO](?=\d)|(?<=^|[^a-z])[oO](?=\d{3})/g, '0');
  const compact = text.replace(/\s+/g, '');
  if (WHOLE_ALONE.test(compact)) return { kind: 'year', year: null, wholeYear: true };
  const whole = WHOLE.exec(compact);
  if (whole) return { kind: 'year', year: Number(whole[1]), wholeYear: true };
  const bracketed = BRACKETED.exec(compact);
  if (bracketed) {
    const inner = `${bracketed[1]}年${bracketed[2]}`;
    return WHOLE.test(inner) ? parsePeriod(inner) : (subYear(inner) ?? sub('months', bracketed[1]));
  }
  const year = YEAR.exec(compact);
  if (year) return { kind: 'year', year: Number(year[1]), wholeYear: false };
  return subYear(compact) ?? subYear(text);
}

/** A year in a header or cell: 2022, 2022年, 2022 年度, Y2022, FY2022, ２０２２年, 2O22. */
export function parseYear(raw: string): number | null {
  if (raw.length > 24 || raw.length < 4) return null;
  const p = parsePeriod(raw);
  return p?.kind === 'year' ? p.year : null;
}

const IN_TEXT =
  /(?:19|20)\d{2}\s*年(?:\s*(?:\d{1,2}\s*[-—–~至到]\s*)?\d{1,2}\s*月份?|\s*第?[一二三四1-4]季度|\s*[上下]半年|\s*全年)?/g;

/** The one period a title names (`2022年各州市…`, `2023年1-6月…`); null for none, several or a range of years. */
export function periodInText(text: string): Period | null {
  if (/(?:19|20)\d{2}\s*年?\s*[-—–~至到]\s*(?:19|20)\d{2}/.test(text)) return null;
  const found = new Set([...text.matchAll(IN_TEXT)].map((m) => m[0].replace(/\s+/g, '')));
  const [only] = found;
  return found.size === 1 && only ? parsePeriod(only) : null;
}
