import { CellLog, hasMarkup, type WarningCode } from './cell-log';
import { filledCells, type Grid } from './grid';
import type { HeaderCell } from './header';
import type { DecimalMark } from './numbers';
import { parsePeriod, type Period } from './period';
import type { Block } from './shape';
import { splitUnit } from './units';
import { isFormulaText, parseValue } from './values';

/** A long row before its region name is mapped to a code. */
export interface RawRow {
  region: string;
  year: number | null;
  indicator: string;
  value: number | null;
  unit: string | null;
  /** Source line (or sheet row) and column of the value, 1-based. */
  line: number;
  column: number;
  /** Source column of the region name (of the value, for regions across the header). */
  regionColumn: number;
}

interface Cell {
  row: number;
  col: number;
}

/** The decimal mark each value column of a block reads ambiguous cells with. */
export type MarkOf = (col: number) => DecimalMark;

/** `其中：` alone on a row: the rows after it are parts of the row before. */
const SUB_ITEM_MARKER = /^(?:其中|内|#)\s*[：:]?$/;

function sourceOf(grid: Grid, { row, col }: Cell) {
  return { line: grid.lines[row] ?? row + 1, column: grid.columns[col] ?? col + 1 };
}

function logCell(log: CellLog, code: WarningCode, grid: Grid, cell: HeaderCell): void {
  log.add(code, { ...sourceOf(grid, cell), text: cell.text });
}

/** Flags label cells (region names, indicator names) that carry markup or formulas. */
function checkLabel(grid: Grid, cell: Cell, text: string, log: CellLog): void {
  if (!text || !/^[=+\-@\t\r]|</.test(text)) return;
  const ref = { ...sourceOf(grid, cell), text };
  if (hasMarkup(text)) log.add('markup_text', ref);
  if (isFormulaText(text)) log.add('formula_text', ref);
}

function logValue(log: CellLog, code: WarningCode, grid: Grid, cell: Cell, text: string): void {
  log.add(code, { ...sourceOf(grid, cell), text });
}

/** Reads one value cell; anything not a number becomes null, counted and named. */
function readValue(
  grid: Grid,
  cell: Cell,
  log: CellLog,
  mark: DecimalMark,
): { value: number | null; percent: boolean } {
  const text = grid.rows[cell.row]?.[cell.col] ?? '';
  const parsed = parseValue(text, mark);
  switch (parsed.kind) {
    case 'number':
      if (parsed.footnote) logValue(log, 'footnote_marks', grid, cell, text);
      return { value: parsed.value, percent: parsed.percent };
    case 'empty':
      logValue(log, 'empty_values', grid, cell, text);
      return { value: null, percent: false };
    case 'junk':
      logValue(log, 'junk_values', grid, cell, text);
      return { value: null, percent: false };
    case 'text':
      logValue(log, parsed.formula ? 'formula_text' : 'text_values', grid, cell, text);
      if (hasMarkup(text)) logValue(log, 'markup_text', grid, cell, text);
      return { value: null, percent: false };
  }
}

type Base = Omit<RawRow, 'value' | 'line' | 'column' | 'regionColumn'> & { regionCol: number };

/**
 * A period cell of a long or transposed table: a year, or null for none. Months and
 * quarters are named and their rows left out (`skip`): a fact holds whole years.
 */
function readPeriod(grid: Grid, cell: Cell, log: CellLog, cache: Map<string, Period | null>) {
  const text = grid.rows[cell.row]?.[cell.col] ?? '';
  let period = cache.get(text);
  if (period === undefined) cache.set(text, (period = parsePeriod(text)));
  if (period?.kind === 'sub') {
    logCell(log, 'sub_year_periods', grid, { ...cell, text });
    return { skip: true, year: null };
  }
  if (period?.wholeYear) logCell(log, 'whole_year_periods', grid, { ...cell, text });
  return { skip: false, year: period?.year ?? null };
}

function reshapeTransposed(block: Block, ctx: ReshapeContext): RawRow[] {
  const { grid, layout } = block;
  if (layout.kind !== 'transposed') return [];
  const out: RawRow[] = [];
  const periods = new Map<string, Period | null>();
  for (let r = block.headerRows; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const label = row[layout.labelCol] ?? '';
    const cell = { row: r, col: layout.labelCol };
    const period = layout.labels === 'year' ? readPeriod(grid, cell, ctx.log, periods) : null;
    if (period && (period.skip || period.year === null)) continue;
    const named = layout.labels === 'indicator' && label ? splitUnit(label) : null;
    checkLabel(grid, cell, label, ctx.log);
    for (const { col, name } of layout.regions) {
      const base = {
        region: name,
        regionCol: col,
        year: period?.year ?? null,
        indicator: named?.name ?? block.indicator ?? ctx.fallback,
        unit: named?.unit ?? block.unit,
      };
      ctx.push(out, { row: r, col }, base);
    }
  }
  return out;
}

interface ReshapeContext {
  fallback: string;
  log: CellLog;
  push: (out: RawRow[], cell: Cell, base: Base) => void;
}

function reshapeColumns(block: Block, ctx: ReshapeContext): RawRow[] {
  const { grid, layout } = block;
  if (layout.kind !== 'columns') return [];
  const { log } = ctx;
  for (const cell of layout.header.subYear) logCell(log, 'sub_year_periods', grid, cell);
  for (const cell of layout.header.wholeYear) logCell(log, 'whole_year_periods', grid, cell);
  for (const cell of layout.header.joined) logCell(log, 'header_levels_joined', grid, cell);
  const out: RawRow[] = [];
  const periods = new Map<string, Period | null>();
  for (let r = block.headerRows; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const region = row[layout.regionCol] ?? '';
    if (!region || SUB_ITEM_MARKER.test(region)) {
      const stray = layout.values.filter((v) => (row[v.col] ?? '') !== '');
      if (stray.length > 0 && filledCells(row).length > 0)
        log.add('rows_without_region', {
          ...sourceOf(grid, { row: r, col: layout.regionCol }),
          text: filledCells(row).slice(0, 3).join(' | '),
        });
      continue;
    }
    checkLabel(grid, { row: r, col: layout.regionCol }, region, log);
    if (layout.subPeriodCol !== null && (row[layout.subPeriodCol] ?? '') !== '') {
      const col = layout.subPeriodCol;
      logCell(log, 'sub_year_periods', grid, { row: r, col, text: row[col] ?? '' });
      continue;
    }
    const year =
      layout.yearCol === null
        ? null
        : readPeriod(grid, { row: r, col: layout.yearCol }, log, periods);
    if (year?.skip) continue;
    const indicatorCell = layout.indicatorCol === null ? null : (row[layout.indicatorCol] ?? '');
    const unitCell = layout.unitCol === null ? null : (row[layout.unitCol] ?? '') || null;
    if (indicatorCell && layout.indicatorCol !== null)
      checkLabel(grid, { row: r, col: layout.indicatorCol }, indicatorCell, log);
    const named = indicatorCell ? splitUnit(indicatorCell) : null;
    for (const v of layout.values) {
      const base = {
        region,
        regionCol: layout.regionCol,
        year: v.year ?? year?.year ?? null,
        indicator: named?.name ?? v.indicator ?? block.indicator ?? ctx.fallback,
        unit: unitCell ?? named?.unit ?? v.unit ?? block.unit,
      };
      ctx.push(out, { row: r, col: v.col }, base);
    }
  }
  return out;
}

/** Turns one detected block into long rows. `fallback` names the indicator when nothing else does. */
export function reshapeBlock(
  block: Block,
  fallback: string,
  log: CellLog,
  markOf: MarkOf,
): RawRow[] {
  const { grid } = block;
  const push = (out: RawRow[], cell: Cell, base: Base) => {
    const { value, percent } = readValue(grid, cell, log, markOf(cell.col));
    out.push({
      region: base.region,
      year: base.year,
      indicator: base.indicator,
      value,
      unit: base.unit ?? (percent ? '%' : null),
      line: grid.lines[cell.row] ?? cell.row + 1,
      column: grid.columns[cell.col] ?? cell.col + 1,
      regionColumn: grid.columns[base.regionCol] ?? base.regionCol + 1,
    });
  };
  const ctx = { fallback, log, push };
  return block.layout.kind === 'transposed'
    ? reshapeTransposed(block, ctx)
    : reshapeColumns(block, ctx);
}
