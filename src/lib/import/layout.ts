import { filledCells, type Grid } from './grid';
import { readHeaderBand, type HeaderCell, type HeaderColumn } from './header';
import { parsePeriod } from './period';
import { parseValue } from './values';

/** A column holding values, and what its header says about them. */
export interface ValueColumn {
  col: number;
  year: number | null;
  indicator: string | null;
  unit: string | null;
}

/** What reading the header decided, for warnings that name the cells. */
export interface HeaderNotes {
  /** Months, quarters, dates: a fact holds whole years, so these columns are left out. */
  subYear: HeaderCell[];
  /** `2023年1-12月`, `2023年全年`: read as the year. */
  wholeYear: HeaderCell[];
  /** Labels of several header rows joined into one indicator name. */
  joined: HeaderCell[];
}

export type Layout =
  /** One row per region (or per region-year with `yearCol`); values in `values`. */
  | {
      kind: 'columns';
      regionCol: number;
      yearCol: number | null;
      /** A month or quarter column of a long table: rows with one are left out. */
      subPeriodCol: number | null;
      indicatorCol: number | null;
      unitCol: number | null;
      values: ValueColumn[];
      header: HeaderNotes;
    }
  /** Regions across the header; each row a period or an indicator named in `labelCol`. */
  | {
      kind: 'transposed';
      labelCol: number;
      labels: 'year' | 'indicator';
      regions: { col: number; name: string }[];
    };

export type IsRegion = (name: string) => boolean;

const SAMPLE = 200;
/** Header rows under the row of periods (2021年 over 人口 over 合计). */
const MAX_ROWS_BELOW = 2;

export const noHeaderNotes = (): HeaderNotes => ({ subYear: [], wholeYear: [], joined: [] });

export const periodCells = (row: readonly string[]) =>
  row.map((cell, col) => ({ col, period: parsePeriod(cell) })).filter((c) => c.period !== null);

/**
 * A header of periods: at least two, periods are most of what is written, and no other
 * cell is a number (北京,2021,2022,12.5 is a row of data, as is 北京,2023-01-01,2023-12-31,5).
 */
export function isPeriodHeader(row: readonly string[]): boolean {
  const periods = periodCells(row);
  if (periods.length < 2 || periods.length < filledCells(row).length - 2) return false;
  const isPeriod = new Set(periods.map((p) => p.col));
  return row.every((cell, col) => isPeriod.has(col) || parseValue(cell).kind !== 'number');
}

export function isNumericColumn(grid: Grid, col: number, from: number): boolean {
  let numbers = 0;
  let filled = 0;
  for (let r = from; r < Math.min(grid.rows.length, from + SAMPLE); r++) {
    const kind = parseValue(grid.rows[r]?.[col] ?? '').kind;
    if (kind === 'empty') continue;
    filled++;
    if (kind === 'number' || kind === 'junk') numbers++;
  }
  return filled > 0 && numbers / filled >= 0.5;
}

function regionScore(grid: Grid, col: number, from: number, isRegion: IsRegion): number {
  let n = 0;
  for (let r = from; r < Math.min(grid.rows.length, from + SAMPLE); r++) {
    const cell = grid.rows[r]?.[col] ?? '';
    if (cell && parseValue(cell).kind !== 'number' && isRegion(cell)) n++;
    else if (/^\d{6}$/.test(cell) && isRegion(cell)) n += 0.5;
  }
  return n;
}

export function bestRegionCol(
  grid: Grid,
  cols: number[],
  from: number,
  isRegion: IsRegion,
): number {
  let best = -1;
  let bestScore = 0;
  for (const col of cols) {
    const score = regionScore(grid, col, from, isRegion);
    if (score > bestScore) [best, bestScore] = [col, score];
  }
  return best;
}

/** Header columns → value columns, setting aside sub-year ones and noting what was guessed. */
export function toValueColumns(
  columns: readonly HeaderColumn[],
  notes: HeaderNotes,
): ValueColumn[] {
  const values: ValueColumn[] = [];
  for (const h of columns) {
    // One name per indicator, not per year under it.
    const joined = h.joinedCell;
    if (joined && !notes.joined.some((c) => c.text === joined.text)) notes.joined.push(joined);
    if (h.period?.kind === 'sub') {
      if (h.periodCell) notes.subYear.push(h.periodCell);
      continue;
    }
    if (h.period?.wholeYear && h.periodCell) notes.wholeYear.push(h.periodCell);
    values.push({ col: h.col, year: h.period?.year ?? null, indicator: h.indicator, unit: h.unit });
  }
  return values;
}

/** A row under the periods that labels them (人口 and GDP under 2021年), not a row of data. */
function labelsBelow(row: readonly string[], first: number, periods: number, isRegion: IsRegion) {
  const labelled = row
    .map((_, col) => col)
    .filter((col) => col >= first && parseValue(row[col] ?? '').kind === 'text');
  return labelled.length >= periods && !isRegion(row[0] ?? '') ? labelled : null;
}

/**
 * Periods across the header at `periodRow`, with label rows above it (indicator,
 * sub-indicator) and up to two below (labels under each year, or months under a year).
 */
export function wideLayout(
  grid: Grid,
  isRegion: IsRegion,
  periodRow: number,
): { layout: Layout; headerRows: number } | null {
  const header = grid.rows[periodRow] ?? [];
  const periods = periodCells(header).filter((c) => c.col > 0);
  const first = periods[0]?.col ?? 0;
  let headerRows = periodRow + 1;
  // Columns labelled in any row below the periods (人口, GDP; then 合计, 城镇 under 人口).
  const labelled = new Set<number>();
  while (headerRows - periodRow <= MAX_ROWS_BELOW) {
    const below = labelsBelow(grid.rows[headerRows] ?? [], first, periods.length, isRegion);
    if (!below) break;
    for (const col of below) labelled.add(col);
    headerRows++;
  }
  const left = Array.from({ length: first }, (_, c) => c);
  const regionCol = bestRegionCol(grid, left.length ? left : [0], headerRows, isRegion);
  if (regionCol < 0) return null;
  const cols = labelled.size ? [...labelled].sort((a, b) => a - b) : periods.map((p) => p.col);
  const notes = noHeaderNotes();
  const band = readHeaderBand(grid.rows.slice(0, headerRows), first, cols);
  return {
    layout: {
      kind: 'columns',
      regionCol,
      yearCol: null,
      subPeriodCol: null,
      indicatorCol: null,
      unitCol: null,
      values: toValueColumns(band, notes),
      header: notes,
    },
    headerRows,
  };
}

/** Regions across the first row; periods or indicator names down the first column. */
export function transposedLayout(grid: Grid, isRegion: IsRegion): Layout | null {
  const header = grid.rows[0] ?? [];
  const regions = header
    .map((name, col) => ({ col, name }))
    .filter(({ col, name }) => col > 0 && name !== '' && isRegion(name));
  const filled = filledCells(header.slice(1)).length;
  if (regions.length < 2 || regions.length < filled * 0.6) return null;
  const body = grid.rows.slice(1, SAMPLE);
  const periodRows = body.filter((row) => parsePeriod(row[0] ?? '') !== null).length;
  const labels = periodRows >= body.length / 2 ? 'year' : 'indicator';
  return { kind: 'transposed', labelCol: 0, labels, regions };
}
