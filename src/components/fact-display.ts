import {
  componentMessages,
  createFormatters,
  getMessages,
  type Lang,
  regionLabel,
} from '../lib/i18n';
import { isKind, isQualifier, isUnit } from '../lib/schema';
import type { FactListRow } from '../lib/sql';

/** The fields FactListRow and RegionFactRow share (conflict_group only on the latter). */
export type FactLike = Pick<
  FactListRow,
  | 'fact_id'
  | 'indicator_id'
  | 'indicator_name_zh'
  | 'indicator_name_en'
  | 'unit'
  | 'region_code'
  | 'region_name'
  | 'region_short_name'
  | 'region_name_en'
  | 'region_name_raw'
  | 'value'
  | 'qualifier'
  | 'kind'
  | 'period_start'
  | 'period_end'
  | 'date'
  | 'evidence'
  | 'notes'
  | 'source_id'
  | 'source_title'
  | 'source_url'
  | 'reliability'
> & { conflict_group?: string | null };

export interface Period {
  period_start: number | null;
  period_end: number | null;
  date?: string | null;
}

/** "2023", "2012–2024", "—" when no period (with the report date when there is one). */
export function periodText({ period_start: start, period_end: end, date }: Period): string {
  if (start !== null && end !== null) return start === end ? `${end}` : `${start}–${end}`;
  if (end !== null) return `${end}`;
  if (start !== null) return `${start}–`;
  return date ? `— (${date})` : '—';
}

export interface ValueText {
  /** Short form with a mark: ≈12个, >3.5亿元. */
  text: string;
  /** The qualifier in words, for a tooltip and screen readers: 约12个; '' when exact. */
  words: string;
}

/** A figure with its unit and qualifier; units outside the vocabulary are printed as stored. */
export function valueText(
  v: { value: number | null; unit: string; qualifier: string | null },
  lang: Lang,
): ValueText {
  const f = createFormatters(lang);
  const base = isUnit(v.unit)
    ? f.value(v.value, v.unit)
    : v.value === null
      ? getMessages(lang).noData
      : `${f.number(v.value)}${lang === 'zh' ? '' : ' '}${v.unit}`.trim();
  if (v.value === null || !isQualifier(v.qualifier) || v.qualifier === 'exact') {
    return { text: base, words: '' };
  }
  return {
    text: f.withQualifier(base, v.qualifier, 'symbol'),
    words: f.withQualifier(base, v.qualifier, 'words'),
  };
}

/** Only absolute http(s) URLs become links; javascript:, data:, relative paths stay text. */
export function isSafeUrl(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url.trim());
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export interface Badge {
  label: string;
  /** A shape that tells badges apart without colour. */
  mark: string;
  /** CSS class suffix: badge-target, badge-low… */
  tone: string;
}

const MARKS: Record<string, string> = {
  target: '◎',
  cumulative: 'Σ',
  policy: '§',
  repost: '↻',
  low: '⚠',
};

/** Targets, cumulative stocks and policy parameters are flagged; outturns are the default. */
export function kindBadge(kind: string | null, lang: Lang): Badge | null {
  if (!isKind(kind) || kind === 'outturn') return null;
  return { label: getMessages(lang).kinds[kind], mark: MARKS[kind] ?? '', tone: kind };
}

/** Reposts and low-reliability sources are flagged; official ones are the default. */
export function reliabilityBadge(reliability: string | null, lang: Lang): Badge | null {
  if (reliability !== 'repost' && reliability !== 'low') return null;
  const label = getMessages(lang).reliability[reliability];
  return { label, mark: MARKS[reliability] ?? '', tone: reliability };
}

export function indicatorText(row: FactLike, lang: Lang): string {
  return lang === 'en' && row.indicator_name_en.trim()
    ? row.indicator_name_en
    : row.indicator_name_zh;
}

/** Gazetteer name when the region is coded, else the name as the source wrote it. */
export function regionText(row: FactLike, lang: Lang): string {
  if (row.region_name === null) return row.region_name_raw;
  const names = {
    name: row.region_name,
    short_name: row.region_short_name ?? '',
    name_en: row.region_name_en ?? '',
  };
  return regionLabel(names, lang);
}

export function sourceText(row: FactLike): string {
  return row.source_title?.trim() || row.source_id;
}

export const FACT_COLUMNS = ['indicator', 'region', 'period', 'value', 'kind', 'source'] as const;
export type FactColumn = (typeof FACT_COLUMNS)[number];
export type SortDir = 'ascending' | 'descending';

export function columnLabel(column: FactColumn, lang: Lang): string {
  return componentMessages[lang].columns[column];
}

/** Missing periods sort last in both directions. */
function comparePeriod(a: FactLike, b: FactLike): number {
  const ae = a.period_end ?? a.period_start;
  const be = b.period_end ?? b.period_start;
  if (ae === null || be === null) return ae === be ? 0 : ae === null ? 1 : -1;
  return ae - be || (a.period_start ?? ae) - (b.period_start ?? be);
}

/** A sorted copy; ties keep the incoming (SQL) order. */
export function sortFacts<T extends FactLike>(
  rows: readonly T[],
  column: FactColumn | null,
  dir: SortDir,
  lang: Lang,
): T[] {
  if (column === null) return [...rows];
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en-US', { numeric: true });
  const text: Record<Exclude<FactColumn, 'period' | 'value'>, (r: FactLike) => string> = {
    indicator: (r) => indicatorText(r, lang),
    region: (r) => regionText(r, lang),
    kind: (r) => r.kind,
    source: (r) => sourceText(r),
  };
  const sign = dir === 'ascending' ? 1 : -1;
  const cmp = (a: FactLike, b: FactLike): number => {
    if (column === 'period') {
      const missing = (a.period_end ?? a.period_start) === null;
      const other = (b.period_end ?? b.period_start) === null;
      if (missing || other) return comparePeriod(a, b);
      return sign * comparePeriod(a, b);
    }
    if (column === 'value') return sign * (a.value - b.value);
    return sign * collator.compare(text[column](a), text[column](b));
  };
  return [...rows].sort(cmp);
}
