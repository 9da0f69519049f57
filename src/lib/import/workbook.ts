import { read, utils, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { importError, type Result } from './errors';
import { buildGrid, type Grid } from './grid';

export interface WorkbookGrid {
  grid: Grid;
  /** Every sheet name, in order, for a picker. */
  sheets: string[];
  /** Formula cells, read as the value Excel saved with them (never evaluated). */
  formulaCells: number;
  /** Rows dropped as watermarks, by sheet row. */
  watermarkRows: number[];
}

const NOTES_SHEET = /注|说明|备注|附录|来源|元数据|notes?|readme|about|metadata|sources?|info/i;
const WATERMARK =
  /仅供|内部资料|内部使用|水印|机密|保密|草稿|样本|版权所有|watermark|confidential|draft|sample|do not distribute/i;

function cellText(cell: CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return cell?.t === 'e' ? '#ERROR' : '';
  if (cell.t === 'e') return cell.w ?? '#ERROR';
  if (cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  if (typeof cell.v === 'boolean') return cell.v ? 'TRUE' : 'FALSE';
  return String(cell.v);
}

/**
 * Label merges (a two-row header's 人口 over 2021 and 2022) are filled across; numbers
 * are not copied, and neither is a merge that is all its row holds (a title or a
 * `单位：万元` line spread over the table's width stays one cell).
 */
function fillMerges(ws: WorkSheet, rows: string[][]): void {
  for (const m of ws['!merges'] ?? []) {
    const value = rows[m.s.r]?.[m.s.c] ?? '';
    if (value === '' || /^[-+\d.,\s%]+$/.test(value)) continue;
    const row = rows[m.s.r] ?? [];
    const alone = m.s.r === m.e.r && row.every((c, i) => !c || (i >= m.s.c && i <= m.e.c));
    if (alone) continue;
    for (let r = m.s.r; r <= m.e.r; r++)
      for (let c = m.s.c; c <= m.e.c; c++) {
        const cells = (rows[r] ??= []);
        if (!cells[c]) cells[c] = value;
      }
  }
}

interface SheetRows {
  rows: string[][];
  numeric: number;
  formulas: number;
  maxColumn: number;
}

/** Reads stored cells only: a sheet's !ref may claim a million formatted-but-empty rows. */
function sheetRows(ws: WorkSheet): SheetRows {
  const rows: string[][] = [];
  let numeric = 0;
  let formulas = 0;
  let maxColumn = 0;
  for (const key of Object.keys(ws)) {
    if (key.startsWith('!')) continue;
    const cell = ws[key] as CellObject;
    const { r, c } = utils.decode_cell(key);
    const text = cellText(cell);
    if (cell.f) formulas++;
    if (cell.t === 'n') numeric++;
    maxColumn = Math.max(maxColumn, c + 1);
    (rows[r] ??= [])[c] = text;
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { rows, numeric, formulas, maxColumn };
}

function pickSheet(wb: WorkBook, named: string | undefined): string | null {
  if (named !== undefined) return wb.SheetNames.includes(named) ? named : null;
  const numericOf = (name: string) => {
    const ws = wb.Sheets[name];
    return ws ? sheetRows(ws).numeric : 0;
  };
  const data = wb.SheetNames.filter((n) => !NOTES_SHEET.test(n));
  const pool = data.length ? data : wb.SheetNames;
  let best = pool[0] ?? null;
  let bestCount = -1;
  for (const name of pool) {
    const count = numericOf(name);
    if (count > bestCount) [best, bestCount] = [name, count];
  }
  return best;
}

/** .xlsx, .xls (BIFF8, as written by Excel and WPS) and .ods → the grid of the data sheet or the one named. */
export function readWorkbook(
  bytes: Uint8Array,
  file: string,
  opts: { sheet?: string; maxColumns: number },
): Result<WorkbookGrid> {
  let wb: WorkBook;
  try {
    wb = read(bytes, { type: 'array', cellFormula: true, cellHTML: false, cellDates: true });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: importError('workbook_invalid', `Cannot read workbook: ${why}`, file),
    };
  }
  const name = pickSheet(wb, opts.sheet);
  const ws = name === null ? undefined : wb.Sheets[name];
  if (name === null || !ws) {
    const list = wb.SheetNames.map((n) => `"${n}"`).join(', ');
    const message = opts.sheet
      ? `No sheet named "${opts.sheet}"; sheets: ${list}.`
      : 'The workbook has no sheets.';
    return { ok: false, error: importError('sheet_not_found', message, file) };
  }
  const { rows, formulas, maxColumn } = sheetRows(ws);
  if (maxColumn > opts.maxColumns)
    return {
      ok: false,
      error: importError(
        'too_many_columns',
        `Sheet "${name}" has ${maxColumn} columns; the limit is ${opts.maxColumns}.`,
        file,
        { line: 1, column: opts.maxColumns + 1 },
      ),
    };
  fillMerges(ws, rows);
  const watermarkRows: number[] = [];
  const kept: string[][] = [];
  const lines: number[] = [];
  rows.forEach((row, r) => {
    const filled = row.filter((c) => c && c.trim() !== '');
    if (filled.length > 0 && filled.every((c) => WATERMARK.test(c))) watermarkRows.push(r + 1);
    else {
      kept.push(Array.from(row, (c) => c ?? ''));
      lines.push(r + 1);
    }
  });
  const grid = { ...buildGrid(kept, lines), sheet: name };
  return {
    ok: true,
    value: { grid, sheets: wb.SheetNames, formulaCells: formulas, watermarkRows },
  };
}
