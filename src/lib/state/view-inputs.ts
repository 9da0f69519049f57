import type { IndicatorListRow, MapInput, TrendInput, YearRow } from '../sql';
import type { ViewState } from './view';

/**
 * Pure steps from a view to the builders' inputs. The dashboard model and the build-time
 * snapshot both use them, so the first paint's queries are exactly the live ones.
 */

/** The view's indicator when the theme offers it, else the theme's best (first) one. */
export function resolveIndicator(
  view: ViewState,
  indicators: readonly IndicatorListRow[],
): IndicatorListRow | null {
  return indicators.find((i) => i.indicator_id === view.indicator) ?? indicators[0] ?? null;
}

/** The view's time mode, unless the indicator has no data in it (then the other one). */
export function resolveTime(view: ViewState, indicator: IndicatorListRow): ViewState['time'] {
  const hasPeriod = view.targets ? indicator.has_target : indicator.has_period;
  if (view.time === 'period' && !hasPeriod && indicator.has_stock) return 'stock';
  if (view.time === 'stock' && !indicator.has_stock && hasPeriod) return 'period';
  return view.time;
}

/**
 * The year to show when the link names none. Stocks: the latest (each region's latest
 * "as of" figure up to it). Per period: the year where most regions have a figure
 * (ties → the latest), so the first map is as full as the data allow.
 */
export function defaultYear(years: readonly YearRow[], time: ViewState['time']): number | null {
  if (time === 'stock') return years.at(-1)?.year ?? null;
  let best: YearRow | null = null;
  for (const y of years) if (!best || y.n_regions >= best.n_regions) best = y;
  return best?.year ?? null;
}

export function resolveYear(
  view: ViewState,
  years: readonly YearRow[],
  time: ViewState['time'],
): number | null {
  if (view.year !== null && years.some((y) => y.year === view.year)) return view.year;
  return defaultYear(years, time);
}

/** Province whose prefectures a drill-down shows: the selected region's province. */
export function drillParent(view: ViewState): string | null {
  return view.level === 'prefecture' && view.region ? `${view.region.slice(0, 2)}0000` : null;
}

export function mapInputOf(
  view: ViewState,
  indicator: IndicatorListRow,
  year: number | null,
): MapInput {
  const parent = drillParent(view);
  return {
    indicator: indicator.indicator_id,
    time: resolveTime(view, indicator),
    year,
    level: parent ? 'prefecture' : 'province',
    parent,
    measure: view.measure,
    targets: view.targets,
  };
}

export function trendInputOf(view: ViewState, indicator: IndicatorListRow): TrendInput {
  return { indicator: indicator.indicator_id, region: view.region };
}

/** Sorted distinct fact ids: a stable parameter list (and so a stable snapshot key). */
export function factIdsOf(rows: readonly { fact_id: string | null }[]): string[] {
  return [...new Set(rows.flatMap((r) => (r.fact_id ? [r.fact_id] : [])))].sort();
}
