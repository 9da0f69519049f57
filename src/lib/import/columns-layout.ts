import { filledCells, type Grid } from './grid';
import { readHeaderBand } from './header';
import {
  bestRegionCol,
  isNumericColumn,
  noHeaderNotes,
  toValueColumns,
  type IsRegion,
  type Layout,
} from './layout';
import { parseValue } from './values';

const SYNONYMS = {
  region:
    /^(地区|地区名称|省份|省份名称|省|省区市|省市|省市区|地市|城市|市州|区域|行政区|行政区划|region|region_name|province|area|city|prefecture|name)$/i,
  code: /^(代码|行政区划代码|区划代码|地区代码|region_code|code|adcode|gb_code|gbcode)$/i,
  year: /^(年份|年度|年|时间|year|period)$/i,
  /** A month or quarter beside the year: the row is shorter than a year. */
  subPeriod: /^(月|月份|月度|季|季度|半年|month|quarter|half)$/i,
  indicator: /^(指标|指标名称|项目|indicator|variable|series|item|measure)$/i,
  value: /^(数值|值|数据|value|values|amount)$/i,
  unit: /^(单位|计量单位|unit|units)$/i,
};

/** Header rows deeper than the first: more labels, no numbers, no region names (yearbooks' two-level headers). */
const MAX_HEADER_ROWS = 4;

function headerRowsOf(grid: Grid, isRegion: IsRegion): number {
  let n = 1;
  while (n < MAX_HEADER_ROWS) {
    const cells = filledCells(grid.rows[n] ?? []);
    if (cells.length === 0) break;
    // 合计 is a label here, though it would be an aggregate row's name in the first column.
    const lead = grid.rows[n]?.[0] ?? '';
    if ((lead && isRegion(lead)) || !cells.every((c) => parseValue(c).kind === 'text')) break;
    n++;
  }
  return n;
}

function findSynonym(band: readonly (readonly string[])[], re: RegExp): number | null {
  for (const row of band) {
    const col = row.findIndex((cell) => re.test(cell));
    if (col >= 0) return col;
  }
  return null;
}

/** Named columns: region, maybe year, indicator, unit; values in the named value column or every numeric one. */
export function columnsLayout(
  grid: Grid,
  isRegion: IsRegion,
): { layout: Layout; headerRows: number } | null {
  const headerRows = headerRowsOf(grid, isRegion);
  const band = grid.rows.slice(0, headerRows);
  const named = {
    region: findSynonym(band, SYNONYMS.region),
    code: findSynonym(band, SYNONYMS.code),
    year: findSynonym(band, SYNONYMS.year),
    subPeriod: findSynonym(band, SYNONYMS.subPeriod),
    indicator: findSynonym(band, SYNONYMS.indicator),
    value: findSynonym(band, SYNONYMS.value),
    unit: findSynonym(band, SYNONYMS.unit),
  };
  const all = (grid.rows[0] ?? []).map((_, c) => c);
  const guessed = bestRegionCol(grid, all, headerRows, isRegion);
  const regionCol = guessed >= 0 ? guessed : (named.region ?? named.code ?? -1);
  if (regionCol < 0) return null;
  const taken = new Set(
    [regionCol, named.code, named.year, named.subPeriod, named.indicator, named.unit].filter(
      (c) => c !== null,
    ),
  );
  const valueCols =
    named.value !== null
      ? [named.value]
      : all.filter((c) => !taken.has(c) && isNumericColumn(grid, c, headerRows));
  const header = noHeaderNotes();
  const columns = readHeaderBand(band, Math.min(...valueCols), valueCols).map((h) =>
    // The named value column's header (数值) is not an indicator.
    h.col === named.value ? { ...h, indicator: null, joinedCell: null } : h,
  );
  return {
    layout: {
      kind: 'columns',
      regionCol,
      yearCol: named.year,
      subPeriodCol: named.subPeriod,
      indicatorCol: named.indicator,
      unitCol: named.unit,
      values: toValueColumns(columns, header),
      header,
    },
    headerRows,
  };
}
