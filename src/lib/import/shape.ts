import { columnsLayout } from './columns-layout';
import { filledCells, type Grid } from './grid';
import { isPeriodHeader, transposedLayout, wideLayout, type IsRegion, type Layout } from './layout';
import type { TableNotes } from './notes';
import { splitUnit } from './units';
import { parseValue } from './values';

/** One table: header rows, then body rows. Stacked indicators give several blocks. */
export interface Block {
  /** The block's rows, header first. */
  grid: Grid;
  headerRows: number;
  indicator: string | null;
  unit: string | null;
  layout: Layout;
  /** True when the header has more than one row (labels above or below the years). */
  multiHeader: boolean;
}

export type ShapeKind = 'wide' | 'transposed' | 'long' | 'attributes';

export interface Shape {
  kind: ShapeKind;
  nbs: boolean;
  multiHeader: boolean;
  blocks: Block[];
}

/** Label rows above the periods: indicator, sub-indicator (three-row headers and deeper). */
const MAX_ROWS_ABOVE = 3;

const rowsOf = (grid: Grid, from: number, to: number): Grid => ({
  ...grid,
  rows: grid.rows.slice(from, to),
  lines: grid.lines.slice(from, to),
});

/**
 * A row of labels above the periods: none of its cells numbers, not a region row, and two
 * or more cells, or one away from the first column (a label merged over the value
 * columns; alone in the first column it is a title).
 */
function isLabelRow(row: readonly string[], isRegion: IsRegion): boolean {
  const cells = filledCells(row);
  const spanning = cells.length === 1 && (row[0] ?? '') === '';
  return (
    (cells.length >= 2 || spanning) &&
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
  /** First row of the header (the top label row, or the periods). */
  start: number;
  /** The row of periods. */
  header: number;
  title: { name: string; unit: string | null } | null;
}

/**
 * Every header of periods starts a block; label rows and a title line just above belong
 * to it. A second row of periods right under the first (months under years) is its lower
 * header row, not a new block.
 */
function periodBlockSpans(grid: Grid, isRegion: IsRegion): BlockSpan[] {
  const spans: BlockSpan[] = [];
  let floor = 0;
  grid.rows.forEach((row, r) => {
    if (!isPeriodHeader(row)) return;
    if (spans.at(-1)?.header === r - 1) return;
    let start = r;
    while (
      r - start < MAX_ROWS_ABOVE &&
      start - 1 >= floor &&
      isLabelRow(grid.rows[start - 1] ?? [], isRegion)
    )
      start--;
    const before = grid.rows[start - 1];
    const title = before && start - 1 >= floor ? titleOf(before) : null;
    spans.push({ start, header: r, title });
    floor = r + 1;
  });
  return spans;
}

function kindOf(layout: Layout): ShapeKind {
  if (layout.kind === 'transposed') return 'transposed';
  if (layout.values.some((v) => v.year !== null) || layout.header.subYear.length > 0) return 'wide';
  return layout.yearCol !== null || layout.indicatorCol !== null ? 'long' : 'attributes';
}

/**
 * Finds the table(s) in a grid whose notes are already removed: wide (periods across,
 * perhaps under or over rows of indicator labels), transposed (regions across), or named
 * columns (long/tidy, or one column per indicator). Returns null when no column of
 * regions shows.
 */
export function detectShape(grid: Grid, notes: TableNotes, isRegion: IsRegion): Shape | null {
  const spans = periodBlockSpans(grid, isRegion);
  const blocks: Block[] = [];
  spans.forEach((span, i) => {
    const end = (spans[i + 1]?.start ?? grid.rows.length) - (spans[i + 1]?.title ? 1 : 0);
    const part = rowsOf(grid, span.start, end);
    const wide = wideLayout(part, isRegion, span.header - span.start);
    if (!wide) return;
    blocks.push({
      grid: part,
      headerRows: wide.headerRows,
      indicator: span.title?.name ?? notes.indicator,
      unit: span.title?.unit ?? notes.unit,
      layout: wide.layout,
      multiHeader: wide.headerRows > 1,
    });
  });
  if (blocks.length === 0) {
    const transposed = transposedLayout(grid, isRegion);
    const found = transposed
      ? { layout: transposed, headerRows: 1 }
      : columnsLayout(grid, isRegion);
    if (!found) return null;
    blocks.push({
      grid,
      headerRows: found.headerRows,
      indicator: notes.indicator,
      unit: notes.unit,
      layout: found.layout,
      multiHeader: found.headerRows > 1,
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
