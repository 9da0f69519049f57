import { CellLog, hasMarkup } from './cell-log';
import { filledCells, type Grid } from './grid';
import { splitUnit } from './notes';
import type { Block } from './shape';
import { isFormulaText, parseValue, parseYear } from './values';

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
}

interface Cell {
  row: number;
  col: number;
}

function sourceOf(grid: Grid, { row, col }: Cell) {
  return { line: grid.lines[row] ?? row + 1, column: grid.columns[col] ?? col + 1 };
}

/** Flags label cells (region names, indicator names) that carry markup or formulas. */
function checkLabel(grid: Grid, cell: Cell, text: string, log: CellLog): void {
  if (!text || !/^[=+\-@\t\r]|</.test(text)) return;
  const ref = { ...sourceOf(grid, cell), text };
  if (hasMarkup(text)) log.add('markup_text', ref);
  if (isFormulaText(text)) log.add('formula_text', ref);
}

/** Reads one value cell; anything not a number becomes null, counted and named. */
function readValue(
  grid: Grid,
  cell: Cell,
  log: CellLog,
): { value: number | null; percent: boolean } {
  const text = grid.rows[cell.row]?.[cell.col] ?? '';
  const parsed = parseValue(text);
  const ref = () => ({ ...sourceOf(grid, cell), text });
  switch (parsed.kind) {
    case 'number':
      if (parsed.footnote) log.add('footnote_marks', ref());
      return { value: parsed.value, percent: parsed.percent };
    case 'empty':
      log.add('empty_values', ref());
      return { value: null, percent: false };
    case 'junk':
      log.add('junk_values', ref());
      return { value: null, percent: false };
    case 'text':
      log.add(parsed.formula ? 'formula_text' : 'text_values', ref());
      if (hasMarkup(text)) log.add('markup_text', ref());
      return { value: null, percent: false };
  }
}

function push(
  out: RawRow[],
  grid: Grid,
  cell: Cell,
  base: Omit<RawRow, 'value' | 'line' | 'column'>,
  log: CellLog,
): void {
  const { value, percent } = readValue(grid, cell, log);
  out.push({
    region: base.region,
    year: base.year,
    indicator: base.indicator,
    value,
    unit: base.unit ?? (percent ? '%' : null),
    line: grid.lines[cell.row] ?? cell.row + 1,
    column: grid.columns[cell.col] ?? cell.col + 1,
  });
}

/** Turns one detected block into long rows. `fallback` names the indicator when nothing else does. */
export function reshapeBlock(block: Block, fallback: string, log: CellLog): RawRow[] {
  const { grid, layout } = block;
  const out: RawRow[] = [];
  const indicatorOf = (name: string | null) => name ?? block.indicator ?? fallback;
  const years = new Map<string, number | null>();
  const yearOf = (text: string) => {
    let year = years.get(text);
    if (year === undefined) years.set(text, (year = parseYear(text)));
    return year;
  };
  if (layout.kind === 'transposed') {
    for (let r = block.headerRows; r < grid.rows.length; r++) {
      const row = grid.rows[r] ?? [];
      const label = row[layout.labelCol] ?? '';
      const year = layout.labels === 'year' ? parseYear(label) : null;
      const named = layout.labels === 'indicator' && label ? splitUnit(label) : null;
      if (layout.labels === 'year' && year === null) continue;
      checkLabel(grid, { row: r, col: layout.labelCol }, label, log);
      for (const { col, name } of layout.regions) {
        const base = {
          region: name,
          year,
          indicator: indicatorOf(named?.name ?? null),
          unit: named?.unit ?? block.unit,
        };
        push(out, grid, { row: r, col }, base, log);
      }
    }
    return out;
  }
  for (let r = block.headerRows; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const region = row[layout.regionCol] ?? '';
    if (!region) {
      const stray = layout.values.filter((v) => (row[v.col] ?? '') !== '');
      if (stray.length > 0 && filledCells(row).length > 0)
        log.add('rows_without_region', {
          ...sourceOf(grid, { row: r, col: layout.regionCol }),
          text: filledCells(row).slice(0, 3).join(' | '),
        });
      continue;
    }
    checkLabel(grid, { row: r, col: layout.regionCol }, region, log);
    const yearCell = layout.yearCol === null ? null : (row[layout.yearCol] ?? '');
    const indicatorCell = layout.indicatorCol === null ? null : (row[layout.indicatorCol] ?? '');
    const unitCell = layout.unitCol === null ? null : (row[layout.unitCol] ?? '') || null;
    if (indicatorCell && layout.indicatorCol !== null)
      checkLabel(grid, { row: r, col: layout.indicatorCol }, indicatorCell, log);
    for (const v of layout.values) {
      const named = indicatorCell ? splitUnit(indicatorCell) : null;
      const base = {
        region,
        year: v.year ?? (yearCell !== null ? yearOf(yearCell) : null),
        indicator: indicatorOf(named?.name ?? v.indicator),
        unit: unitCell ?? named?.unit ?? v.unit ?? block.unit,
      };
      push(out, grid, { row: r, col: v.col }, base, log);
    }
  }
  return out;
}
