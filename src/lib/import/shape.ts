import { filledCells, type Grid } from './grid';
import {
  columnsLayout,
  isYearHeader,
  transposedLayout,
  wideLayout,
  type IsRegion,
  type Layout,
} from './layout';
import { splitUnit, type TableNotes } from './notes';
import { parseValue } from './values';

/** One table: header rows, then body rows. Stacked indicators give several blocks. */
export interface Block {
  /** The block's rows, header first. */
  grid: Grid;
  headerRows: number;
  indicator: string | null;
  unit: string | null;
  layout: Layout;
  /** True when labels sit in a second header row (above or below the years). */
  multiHeader: boolean;
}

export type ShapeKind = 'wide' | 'transposed' | 'long' | 'attributes';

export interface Shape {
  kind: ShapeKind;
  nbs: boolean;
  multiHeader: boolean;
  blocks: Block[];
}

const rowsOf = (grid: Grid, from: number, to: number): Grid => ({
  ...grid,
  rows: grid.rows.slice(from, to),
  lines: grid.lines.slice(from, to),
});

/** A row of labels above the years: two or more cells, none of them numbers, not a region row. */
function isLabelRow(row: readonly string[], isRegion: IsRegion): boolean {
  const cells = filledCells(row);
  return (
    cells.length >= 2 &&
    !isRegion(row[0] ?? '') &&
    cells.every((c) => parseValue(c).kind === 'text')
  );
}

/** `指标：地区生产总值(亿元)` or just `地区生产总值（亿元）` on a line of its own. */
function titleOf(row: readonly string[]): { name: string; unit: string | null } | null {
  const cells = filledCells(row);
  if (cells.length !== 1 || parseValue(cells[0] ?? '').kind !== 'text') return null;
  return splitUnit((cells[0] ?? '').replace(/^(指标|indicator)\s*[：:]\s*/i, ''));
}

interface BlockSpan {
  start: number;
  header: number;
  above: string[] | null;
  title: { name: string; unit: string | null } | null;
}

/** Every header of years starts a block; a label row and a title line just above belong to it. */
function yearBlockSpans(grid: Grid, isRegion: IsRegion): BlockSpan[] {
  const spans: BlockSpan[] = [];
  let floor = 0;
  grid.rows.forEach((row, r) => {
    if (!isYearHeader(row)) return;
    let start = r;
    let above: string[] | null = null;
    const prev = grid.rows[r - 1];
    if (prev && r - 1 >= floor && isLabelRow(prev, isRegion)) {
      above = prev;
      start = r - 1;
    }
    const before = grid.rows[start - 1];
    const title = before && start - 1 >= floor ? titleOf(before) : null;
    if (title) start -= 1;
    spans.push({ start, header: r, above, title });
    floor = r + 1;
  });
  return spans;
}

function kindOf(layout: Layout): ShapeKind {
  if (layout.kind === 'transposed') return 'transposed';
  if (layout.values.some((v) => v.year !== null)) return 'wide';
  return layout.yearCol !== null || layout.indicatorCol !== null ? 'long' : 'attributes';
}

/**
 * Finds the table(s) in a grid whose notes are already removed: wide (years across,
 * perhaps under or over indicator labels), transposed (regions across), or named columns
 * (long/tidy, or one column per indicator). Returns null when no column of regions shows.
 */
export function detectShape(grid: Grid, notes: TableNotes, isRegion: IsRegion): Shape | null {
  const spans = yearBlockSpans(grid, isRegion);
  const blocks: Block[] = [];
  spans.forEach((span, i) => {
    const end = spans[i + 1]?.start ?? grid.rows.length;
    const part = rowsOf(grid, span.header, end);
    const wide = wideLayout(part, isRegion, span.above);
    if (!wide) return;
    blocks.push({
      grid: part,
      headerRows: wide.headerRows,
      indicator: span.title?.name ?? notes.indicator,
      unit: span.title?.unit ?? notes.unit,
      layout: wide.layout,
      multiHeader: span.above !== null || wide.headerRows > 1,
    });
  });
  if (blocks.length === 0) {
    const layout = transposedLayout(grid, isRegion) ?? columnsLayout(grid, isRegion);
    if (!layout) return null;
    blocks.push({
      grid,
      headerRows: 1,
      indicator: notes.indicator,
      unit: notes.unit,
      layout,
      multiHeader: false,
    });
  }
  const first = blocks[0];
  if (!first) return null;
  return {
    kind: kindOf(first.layout),
    nbs: notes.nbs,
    multiHeader: blocks.some((b) => b.multiHeader),
    blocks,
  };
}
