/**
 * Table cells as a pipe row, so the extractor reads each cell under its header. A cell
 * spanning columns (colspan) leaves empty cells after it and one spanning rows (rowspan) an
 * empty cell in the rows below, so every figure keeps its column; the table reader takes an
 * empty cell as the label merged over it.
 */
export function pipeRows() {
  let column = 0;
  let spread = 0;
  let below = new Map<number, number>();
  const empties = (n: number) => ' | '.repeat(Math.max(0, n));
  /** Empty cells for what spans into the row from above, from the current column on. */
  const carried = () => {
    let out = '';
    for (let left = below.get(column) ?? 0; left > 0; left = below.get(column) ?? 0) {
      below.set(column++, left - 1);
      out += ' | ';
    }
    return out;
  };
  const flush = () => {
    const out = empties(spread);
    column += spread;
    spread = 0;
    return out;
  };
  let inRow = false;
  /** The end of a row (its </tr>, or the next <tr> or </table> when that is left out). */
  const endRow = () => {
    const out = inRow ? flush() + carried() : '';
    inRow = false;
    column = 0;
    return out;
  };
  return {
    table: () => void (below = new Map()),
    endRow,
    startRow: () => {
      const out = endRow();
      inRow = true;
      return out;
    },
    cell: (tag: string) => {
      const span = (name: string) =>
        Math.min(20, Number(new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(tag)?.[1] ?? 1));
      inRow = true;
      const out = flush() + carried() + ' | ';
      const cols = Math.max(1, span('colspan'));
      const rows = Math.max(1, span('rowspan'));
      for (let k = 0; k < cols; k++) if (rows > 1) below.set(column + k, rows - 1);
      column += 1;
      spread = cols - 1;
      return out;
    },
  };
}
