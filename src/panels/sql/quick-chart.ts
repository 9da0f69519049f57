import type { RegionValue, Series } from '../../lib/charts';
import type { Cell, ResultColumn, ResultRows } from './arrow-to-rows';

/** Column positions a quick chart reads. */
export type QuickChart =
  | { kind: 'bar'; label: number; value: number }
  | { kind: 'line'; year: number; value: number; series: number | null };

export const QUICK_CHART_LIMITS = { bars: 30, series: 12, minYear: 1000, maxYear: 2999 };

const isNumeric = (c: ResultColumn | undefined): boolean => c?.kind === 'number';
const isText = (c: ResultColumn | undefined): boolean => c?.kind === 'text';

/** Whole numbers in a plausible calendar range (DuckDB's BIGINT arrives as a double). */
export function isYearColumn(result: ResultRows, index: number): boolean {
  if (!isNumeric(result.columns[index])) return false;
  let seen = 0;
  for (const row of result.rows) {
    const v = row[index];
    if (v === null || v === undefined) continue;
    if (typeof v !== 'number' || !Number.isInteger(v)) return false;
    if (v < QUICK_CHART_LIMITS.minYear || v > QUICK_CHART_LIMITS.maxYear) return false;
    seen++;
  }
  return seen > 0;
}

function uniqueKeys(rows: Cell[][], key: (row: Cell[]) => string): boolean {
  const keys = new Set(rows.map(key));
  return keys.size === rows.length;
}

function lineChart(result: ResultRows): QuickChart | null {
  const { columns, rows } = result;
  const year = columns.findIndex((_, i) => isYearColumn(result, i));
  if (year < 0) return null;
  const value = columns.findIndex((c, i) => i !== year && isNumeric(c));
  if (value < 0) return null;
  const series = columns.length === 3 ? columns.findIndex((c) => isText(c)) : null;
  if (columns.length === 3 && series === -1) return null;
  if (series !== null) {
    const names = new Set(rows.map((r) => String(r[series])));
    if (names.size > QUICK_CHART_LIMITS.series) return null;
  }
  const key = (r: Cell[]): string => JSON.stringify([series === null ? '' : r[series], r[year]]);
  return uniqueKeys(rows, key) ? { kind: 'line', year, value, series } : null;
}

/**
 * The charts a result can be drawn as: a bar ranking for (text, number), a trend line for
 * (year, number) or (text series, year, number). Anything else gets no chart.
 */
export function detectQuickCharts(result: ResultRows): QuickChart[] {
  const { columns, rows } = result;
  if (rows.length === 0 || columns.length < 2 || columns.length > 3) return [];
  const charts: QuickChart[] = [];
  const line = lineChart(result);
  if (line) charts.push(line);
  if (columns.length === 2) {
    const label = columns.findIndex(isText);
    const value = columns.findIndex(isNumeric);
    if (label >= 0 && value >= 0) charts.push({ kind: 'bar', label, value });
  }
  return charts;
}

const numberOrNull = (v: Cell | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/** Bars in the query's own order; ids are row positions, since labels may repeat. */
export function toRankingValues(
  result: ResultRows,
  chart: Extract<QuickChart, { kind: 'bar' }>,
  nullLabel: string,
): RegionValue[] {
  return result.rows.slice(0, QUICK_CHART_LIMITS.bars).map((row, i) => ({
    code: `row-${i}`,
    name: row[chart.label] === null ? nullLabel : String(row[chart.label]),
    value: numberOrNull(row[chart.value]),
    qualifier: 'exact',
  }));
}

export function toTrendSeries(
  result: ResultRows,
  chart: Extract<QuickChart, { kind: 'line' }>,
  nullLabel: string,
): Series[] {
  const bySeries = new Map<string, Series>();
  for (const row of result.rows) {
    const year = numberOrNull(row[chart.year]);
    if (year === null) continue;
    const raw = chart.series === null ? result.columns[chart.value]!.name : row[chart.series];
    const name = raw === null || raw === undefined ? nullLabel : String(raw);
    let series = bySeries.get(name);
    if (!series) bySeries.set(name, (series = { name, points: [] }));
    series.points.push({
      year,
      value: numberOrNull(row[chart.value]),
      qualifier: 'exact',
      kind: 'outturn',
    });
  }
  for (const s of bySeries.values()) s.points.sort((a, b) => a.year - b.year);
  return [...bySeries.values()];
}
