import type { ChartLabels, Formatter, RegionValue, Series, SeriesPoint } from '../../lib/charts';
import { createFormatters, getMessages, type Lang } from '../../lib/i18n';
import type { IndicatorListRow, MapRow, TrendRow } from '../../lib/sql';
import { isQualifier, type Qualifier, type Unit } from '../../lib/schema';
import type { ViewState } from '../../lib/state';

/** Pure conversions from query rows to what the chart functions draw. */

const qualifierOf = (q: string | null): Qualifier => (isQualifier(q) ? q : 'exact');

export function regionName(
  r: { name: string; short_name: string; name_en: string },
  lang: Lang,
): string {
  return lang === 'en' ? r.name_en || r.name : r.short_name || r.name;
}

export function regionValues(rows: readonly MapRow[], lang: Lang): RegionValue[] {
  return rows.map((r) => ({
    code: r.code,
    name: regionName(r, lang),
    value: r.value,
    qualifier: qualifierOf(r.qualifier),
    isTarget: r.kind === 'target',
    lowReliability: r.reliability === 'repost' || r.reliability === 'low',
  }));
}

export function valueFormatter(lang: Lang, unit: string, measure: ViewState['measure']): Formatter {
  const f = createFormatters(lang);
  if (measure === 'share') return (v) => f.percent(v * 100);
  if (measure === 'per_10m') return (v) => f.number(v);
  return (v) => f.value(v, unit as Unit);
}

const SERIES_KINDS = ['outturn', 'target', 'cumulative'] as const;

/** Outturns, targets and stocks as separate lines: a stock never continues a flow's line. */
export function trendSeries(rows: readonly TrendRow[], lang: Lang): Series[] {
  const m = getMessages(lang);
  return SERIES_KINDS.map((kind) => ({
    name: m.kinds[kind],
    points: rows
      .filter((r) => r.series === kind)
      .map((r): SeriesPoint => ({
        year: r.year,
        value: r.value,
        qualifier: qualifierOf(r.qualifier),
        kind,
      })),
  })).filter((s) => s.points.length > 0);
}

export function chartLabels(lang: Lang): ChartLabels {
  const m = getMessages(lang);
  return {
    missing: m.noData,
    target: lang === 'zh' ? '（目标）' : ' (target)',
    lowReliability:
      lang === 'zh'
        ? '来自转载或可靠性低的来源，发布前请核对原文'
        : 'from a repost or low-reliability source: verify before publication',
    highest: lang === 'zh' ? '最高' : 'Highest',
    lowest: lang === 'zh' ? '最低' : 'Lowest',
  };
}

export interface AutoText {
  title: string;
  subtitle: string;
}

/** Default title and subtitle of the view's charts; the export panel lets users edit them. */
export function autoText(
  view: ViewState,
  indicator: IndicatorListRow | null,
  time: ViewState['time'],
  year: number | null,
  regionLabel: string | null,
): AutoText {
  const m = getMessages(view.lang);
  const name = indicator ? (view.lang === 'en' ? indicator.name_en : indicator.name_zh) : '';
  // A stock view shows each region's latest figure up to the year, whatever its span.
  const when =
    year === null
      ? ''
      : time === 'stock'
        ? view.lang === 'en'
          ? `, latest reported up to ${year}`
          : `（截至${year}年的最新累计数）`
        : view.lang === 'en'
          ? `, ${year}`
          : `（${year}年）`;
  const mode = time === 'stock' ? m.time.stock : view.targets ? m.kinds.target : m.time.period;
  const parts = [mode, m.measures[view.measure]];
  if (regionLabel) parts.push(regionLabel);
  return { title: `${name}${when}`, subtitle: parts.join(' · ') };
}

/** One line naming the documents behind a chart: "来源：A；B 等 5 个来源". */
export function sourceLineOf(
  sources: readonly { title: string; publisher: string; reliability: string }[],
  lang: Lang,
  max = 3,
): string {
  if (sources.length === 0) return '';
  const names = sources.slice(0, max).map((s) => {
    const mark = s.reliability === 'official' ? '' : '†';
    return `${s.publisher || s.title}${mark}`;
  });
  const more = sources.length - max;
  if (lang === 'zh') {
    return `来源：${names.join('；')}${more > 0 ? ` 等 ${sources.length} 个来源` : ''}`;
  }
  return `Sources: ${names.join('; ')}${more > 0 ? ` and ${more} more` : ''}`;
}
