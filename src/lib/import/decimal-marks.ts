import type { CellLog, CellRef } from './cell-log';
import type { DecimalEvidence, DecimalMark } from './numbers';
import type { MarkOf } from './reshape';
import type { Block } from './shape';
import { decimalEvidence } from './values';

/** Cells of one value column by what they say about the decimal mark. */
interface ColumnEvidence {
  col: number;
  cells: Record<DecimalEvidence, CellRef[]>;
  count: Record<DecimalEvidence, number>;
}

/** Cells named per column and kind; counting goes on past this. */
const NAMED = 5;

function valueCols(block: Block): number[] {
  const { layout } = block;
  return layout.kind === 'transposed'
    ? layout.regions.map((r) => r.col)
    : layout.values.map((v) => v.col);
}

function gather(block: Block): ColumnEvidence[] {
  const { grid } = block;
  return valueCols(block).map((col) => {
    const column: ColumnEvidence = {
      col,
      cells: { point: [], comma: [], either: [] },
      count: { point: 0, comma: 0, either: 0 },
    };
    for (let r = block.headerRows; r < grid.rows.length; r++) {
      const text = grid.rows[r]?.[col] ?? '';
      const evidence = text ? decimalEvidence(text) : null;
      if (!evidence) continue;
      column.count[evidence]++;
      const named = column.cells[evidence];
      if (named.length < NAMED)
        named.push({ line: grid.lines[r] ?? r + 1, column: grid.columns[col] ?? col + 1, text });
    }
    return column;
  });
}

function markOfColumn(c: ColumnEvidence, fileMark: DecimalMark): DecimalMark {
  if (c.count.comma > c.count.point) return ',';
  if (c.count.point > c.count.comma) return '.';
  return fileMark;
}

/**
 * Decides, per value column, how cells that read either way (`1,234`: 1234 or 1.234) are
 * read: by the column's own unambiguous cells (`12,5`, `1.234,5` prove a decimal comma;
 * `12.5`, `1,234,567` a decimal point), else by the whole file's, else a decimal point.
 * A cell that reads only one way is always read that way. Guesses are named in warnings.
 */
export function decideDecimalMarks(blocks: readonly Block[], log: CellLog): MarkOf[] {
  const evidence = blocks.map(gather);
  const all = evidence.flat();
  const comma = all.reduce((n, c) => n + c.count.comma, 0);
  const point = all.reduce((n, c) => n + c.count.point, 0);
  const fileMark: DecimalMark = comma > point ? ',' : '.';
  const name = (cells: CellRef[], total: number) => {
    for (const cell of cells) log.add('decimal_ambiguous', cell);
    if (total > cells.length) log.add('decimal_ambiguous', undefined, total - cells.length);
  };
  return evidence.map((columns) => {
    const marks = new Map<number, DecimalMark>();
    for (const c of columns) {
      const mark = markOfColumn(c, fileMark);
      marks.set(c.col, mark);
      const [against, againstCount] =
        mark === ',' ? [c.cells.point, c.count.point] : [c.cells.comma, c.count.comma];
      // Cells that contradict their column's mark.
      if (againstCount > 0) name(against, againstCount);
      const own = c.count.comma + c.count.point > 0;
      // Two-way cells settled by other columns' commas.
      if (!own && mark === ',') name(c.cells.either, c.count.either);
      // A consistent column whose mark differs from the file's.
      else if (own && againstCount === 0 && mark !== fileMark && comma > 0 && point > 0)
        name(mark === ',' ? c.cells.comma.slice(0, 1) : c.cells.point.slice(0, 1), 1);
      const read = c.count.comma + (mark === ',' ? c.count.either : 0);
      const first = c.cells.comma[0] ?? c.cells.either[0];
      if (mark === ',' && read > 0 && first) log.add('decimal_comma', first, read);
    }
    return (col: number) => marks.get(col) ?? fileMark;
  });
}
