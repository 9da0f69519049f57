import { filledCells, type Grid } from './grid';
import { parseYear } from './period';
import { splitUnit } from './units';

export { splitUnit };

/** What the lines around the table say: NBS `数据库：`, `指标：`, `时间：`, `单位：`, and a title. */
export interface TableNotes {
  database: string | null;
  indicator: string | null;
  unit: string | null;
  year: number | null;
  title: string | null;
  /** Footnotes and source lines, as written. */
  footnotes: string[];
  /** True when the NBS data portal's metadata block was found. */
  nbs: boolean;
}

const META = /^(数据库|指标|时间|地区|单位|database|indicator|time|region|unit)\s*[：:]\s*(.*)$/i;
const NOTE =
  /^(注|附注|数据来源|资料来源|来源|说明|备注|note|notes|source|sources)\s*[：:0-9１-９、.]|^注\s/i;

const KEYS: Record<string, keyof TableNotes> = {
  数据库: 'database',
  database: 'database',
  指标: 'indicator',
  indicator: 'indicator',
  单位: 'unit',
  unit: 'unit',
};

export function isNoteRow(row: readonly string[]): boolean {
  const first = filledCells(row)[0];
  return first !== undefined && NOTE.test(first);
}

function readMeta(cell: string, notes: TableNotes): boolean {
  const m = META.exec(cell);
  if (!m) return false;
  const key = (m[1] ?? '').toLowerCase();
  const value = (m[2] ?? '').trim();
  notes.nbs ||= key === '数据库';
  if (key === '时间' || key === 'time') notes.year = parseYear(value);
  const field = KEYS[key];
  if (field === 'indicator' && value) {
    const { name, unit } = splitUnit(value);
    notes.indicator = name;
    notes.unit ??= unit;
  } else if (field === 'database' || field === 'unit') notes[field] = value || null;
  return true;
}

/**
 * Takes the metadata lines above the table and the footnotes anywhere in it out of the grid.
 * A single-cell line at the top that is not metadata is the title.
 */
export function extractNotes(grid: Grid): {
  grid: Grid;
  notes: TableNotes;
  /** Where the title was, to name it in warnings. */
  titleCell: { line: number; column: number } | null;
} {
  let titleCell: { line: number; column: number } | null = null;
  const notes: TableNotes = {
    database: null,
    indicator: null,
    unit: null,
    year: null,
    title: null,
    footnotes: [],
    nbs: false,
  };
  const wide = grid.columns.length > 2;
  let top = 0;
  for (; top < grid.rows.length; top++) {
    const cells = filledCells(grid.rows[top] ?? []);
    const first = cells[0] ?? '';
    if (readMeta(first, notes)) continue;
    // `表3-12 …`, `3-12 …` and `2022年各州市…` are titles, though they open with digits.
    const numbered = /^\d+[-—–.]\d+\s+\S|^(?:19|20)\d{2}\s*年\S/.test(first);
    if (
      wide &&
      cells.length === 1 &&
      top < 5 &&
      parseYear(first) === null &&
      (numbered || !/^\d/.test(first))
    ) {
      if (notes.title === null) {
        const row = grid.rows[top] ?? [];
        const col = row.findIndex((c) => c !== '');
        titleCell = { line: grid.lines[top] ?? top + 1, column: grid.columns[col] ?? col + 1 };
      }
      notes.title ??= first;
      const { name, unit } = splitUnit(first);
      if (unit && !notes.indicator) [notes.indicator, notes.unit] = [name, unit];
      continue;
    }
    break;
  }
  const keep: number[] = [];
  for (let r = top; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    if (isNoteRow(row)) notes.footnotes.push(filledCells(row).join(', '));
    else keep.push(r);
  }
  // Continuation lines of a footnote: single text cells after the last data row.
  while (keep.length > 0 && notes.footnotes.length > 0) {
    const last = grid.rows[keep[keep.length - 1] ?? 0] ?? [];
    const cells = filledCells(last);
    if (cells.length !== 1 || !wide || (cells[0]?.length ?? 0) < 12) break;
    notes.footnotes.push(cells[0] ?? '');
    keep.pop();
  }
  return {
    grid: {
      ...grid,
      rows: keep.map((r) => grid.rows[r] ?? []),
      lines: keep.map((r) => grid.lines[r] ?? r + 1),
    },
    notes,
    titleCell,
  };
}
