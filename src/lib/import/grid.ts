/** A rectangular table of trimmed text cells, remembering where each row and column came from. */
export interface Grid {
  /** Sheet name for workbooks. */
  sheet?: string;
  rows: string[][];
  /** 1-based source line (text) or sheet row (workbook) of each row. */
  lines: number[];
  /** 1-based source column of each grid column. */
  columns: number[];
}

const EDGE_SPACE = /^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000\ufeff]+$/g;

/** Trims ASCII, no-break and ideographic spaces (and a stray BOM) from both ends. */
export function cleanCell(raw: string): string {
  return raw.replace(EDGE_SPACE, '');
}

/**
 * Cleans cells, drops blank rows and blank columns, and pads short rows so every row has
 * the same width. `lines[i]` is the source line of `rows[i]`.
 */
export function buildGrid(rows: readonly string[][], lines: readonly number[]): Grid {
  const kept: string[][] = [];
  const keptLines: number[] = [];
  let width = 0;
  rows.forEach((row, i) => {
    const cells = row.map(cleanCell);
    if (!cells.some((c) => c !== '')) return;
    kept.push(cells);
    keptLines.push(lines[i] ?? i + 1);
    width = Math.max(width, cells.length);
  });
  const used: number[] = [];
  for (let c = 0; c < width; c++) if (kept.some((row) => (row[c] ?? '') !== '')) used.push(c);
  return {
    rows: kept.map((row) => used.map((c) => row[c] ?? '')),
    lines: keptLines,
    columns: used.map((c) => c + 1),
  };
}

/** Rows `from` (inclusive) to `to` (exclusive), keeping source lines and columns. */
export function sliceRows(grid: Grid, from: number, to = grid.rows.length): Grid {
  return { ...grid, rows: grid.rows.slice(from, to), lines: grid.lines.slice(from, to) };
}

/** Non-empty cells of a row. */
export function filledCells(row: readonly string[]): string[] {
  return row.filter((c) => c !== '');
}
