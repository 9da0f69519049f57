import { filledCells, type Grid } from './grid';
import { splitUnit } from './notes';
import { parseValue, parseYear } from './values';

/** A column holding values, and what its header says about them. */
export interface ValueColumn {
  col: number;
  year: number | null;
  indicator: string | null;
  unit: string | null;
}

export type Layout =
  /** One row per region (or per region-year with `yearCol`); values in `values`. */
  | {
      kind: 'columns';
      regionCol: number;
      yearCol: number | null;
      indicatorCol: number | null;
      unitCol: number | null;
      values: ValueColumn[];
    }
  /** Regions across the header; each row a year or an indicator named in `labelCol`. */
  | {
      kind: 'transposed';
      labelCol: number;
      labels: 'year' | 'indicator';
      regions: { col: number; name: string }[];
    };

export type IsRegion = (name: string) => boolean;

const SAMPLE = 200;
const SYNONYMS = {
  region:
    /^(地区|地区名称|省份|省份名称|省|省区市|省市|省市区|地市|城市|市州|区域|行政区|行政区划|region|region_name|province|area|city|prefecture|name)$/i,
  code: /^(代码|行政区划代码|区划代码|地区代码|region_code|code|adcode|gb_code|gbcode)$/i,
  year: /^(年份|年度|年|时间|year|period)$/i,
  indicator: /^(指标|指标名称|项目|indicator|variable|series|item|measure)$/i,
  value: /^(数值|值|数据|value|values|amount)$/i,
  unit: /^(单位|计量单位|unit|units)$/i,
};

export const yearCells = (row: readonly string[]) =>
  row.map((cell, col) => ({ col, year: parseYear(cell) })).filter((c) => c.year !== null);

/** A header of years: at least two year cells, and years are most of what is written. */
export function isYearHeader(row: readonly string[]): boolean {
  const years = yearCells(row).length;
  return years >= 2 && years >= filledCells(row).length - 2;
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

function bestRegionCol(grid: Grid, cols: number[], from: number, isRegion: IsRegion): number {
  let best = -1;
  let bestScore = 0;
  for (const col of cols) {
    const score = regionScore(grid, col, from, isRegion);
    if (score > bestScore) [best, bestScore] = [col, score];
  }
  return best;
}

const forwardFill = (row: readonly string[]): string[] => {
  let last = '';
  return row.map((cell) => (last = cell || last));
};

/** Years across the header, perhaps with indicator names in a row above or below. */
export function wideLayout(
  grid: Grid,
  isRegion: IsRegion,
  above: readonly string[] | null,
): { layout: Layout; headerRows: number } | null {
  const header = grid.rows[0] ?? [];
  const years = yearCells(header).filter((c) => c.col > 0);
  const first = years[0]?.col ?? 0;
  const below = grid.rows[1] ?? [];
  const labelled = header
    .map((_, col) => col)
    .filter((col) => col >= first && parseValue(below[col] ?? '').kind === 'text');
  // Labels under the years (2021 over 人口 and GDP): years fill rightwards over their labels.
  const lower = labelled.length >= years.length && !isRegion(below[0] ?? '') ? below : null;
  const headerRows = lower ? 2 : 1;
  const left = Array.from({ length: first }, (_, c) => c);
  const regionCol = bestRegionCol(grid, left.length ? left : [0], headerRows, isRegion);
  if (regionCol < 0) return null;
  const upper = above ? forwardFill(above) : null;
  const filledYears = forwardFill(header).map((cell) => parseYear(cell));
  const cols = lower ? labelled : years.map((y) => y.col);
  const values = cols.map((col) => {
    const { name, unit } = splitUnit(lower?.[col] || upper?.[col] || '');
    return { col, year: filledYears[col] ?? null, indicator: name || null, unit };
  });
  return {
    layout: {
      kind: 'columns',
      regionCol,
      yearCol: null,
      indicatorCol: null,
      unitCol: null,
      values,
    },
    headerRows,
  };
}

/** Regions across the first row; years or indicator names down the first column. */
export function transposedLayout(grid: Grid, isRegion: IsRegion): Layout | null {
  const header = grid.rows[0] ?? [];
  const regions = header
    .map((name, col) => ({ col, name }))
    .filter(({ col, name }) => col > 0 && name !== '' && isRegion(name));
  const filled = filledCells(header.slice(1)).length;
  if (regions.length < 2 || regions.length < filled * 0.6) return null;
  const body = grid.rows.slice(1, SAMPLE);
  const yearRows = body.filter((row) => parseYear(row[0] ?? '') !== null).length;
  const labels = yearRows >= body.length / 2 ? 'year' : 'indicator';
  return { kind: 'transposed', labelCol: 0, labels, regions };
}

function findSynonym(header: readonly string[], re: RegExp): number | null {
  const col = header.findIndex((cell) => re.test(cell));
  return col >= 0 ? col : null;
}

/** Named columns: region, maybe year, indicator, unit; values in the named value column or every numeric one. */
export function columnsLayout(grid: Grid, isRegion: IsRegion): Layout | null {
  const header = grid.rows[0] ?? [];
  const named = {
    region: findSynonym(header, SYNONYMS.region),
    code: findSynonym(header, SYNONYMS.code),
    year: findSynonym(header, SYNONYMS.year),
    indicator: findSynonym(header, SYNONYMS.indicator),
    value: findSynonym(header, SYNONYMS.value),
    unit: findSynonym(header, SYNONYMS.unit),
  };
  const all = header.map((_, c) => c);
  const guessed = bestRegionCol(grid, all, 1, isRegion);
  const regionCol = guessed >= 0 ? guessed : (named.region ?? named.code ?? -1);
  if (regionCol < 0) return null;
  const taken = new Set(
    [regionCol, named.code, named.year, named.indicator, named.unit].filter((c) => c !== null),
  );
  const valueCols =
    named.value !== null
      ? [named.value]
      : all.filter((c) => !taken.has(c) && isNumericColumn(grid, c, 1));
  const values = valueCols.map((col) => {
    const { name, unit } = splitUnit(header[col] ?? '');
    // A lone year over a column (地区,2022) is that column's year, not an indicator.
    const year = parseYear(header[col] ?? '');
    const unnamed = col === named.value || year !== null;
    return { col, year, indicator: unnamed ? null : name || null, unit };
  });
  return {
    kind: 'columns',
    regionCol,
    yearCol: named.year,
    indicatorCol: named.indicator,
    unitCol: named.unit,
    values,
  };
}
