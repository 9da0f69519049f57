/**
 * HTML <table> markup read in place: a page's source pasted or scored as it is, where each
 * row is a <tr> and each cell a <td>/<th>. Spans point into the markup itself, so a cell's
 * evidence runs from its row's label through the tags to the figure.
 */
import type { Span } from './sentences';
import { NUMERIC_CELL, type TableCell } from './table-cell';
import type { TextTable } from './tables';

const TABLE = /<table\b[^>]*>([\s\S]*?)<\/table\s*>/gi;
const ROW = /<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/tr\s*>|$)/gi;
const CELL = /<t([hd])\b[^>]*>([\s\S]*?)(?=<t[hd]\b|<\/t[hd]\s*>|<\/tr\s*>|$)/gi;
const CAPTION = /<caption\b[^>]*>([\s\S]*?)<\/caption\s*>/i;
/** How far before a table its introducing words are looked for (heading, 单位：万元, a sentence). */
const CAPTION_REACH = 300;

/** A cell's text without its inner tags, spanning its first to its last written character. */
function cellOf(html: string, from: number, to: number): TableCell | null {
  const pieces: Span[] = [];
  const inner = html.slice(from, to);
  let last = 0;
  for (const tag of inner.matchAll(/<[^>]*>|&nbsp;/g)) {
    pieces.push({ start: last, end: tag.index ?? 0 });
    last = (tag.index ?? 0) + tag[0].length;
  }
  pieces.push({ start: last, end: inner.length });
  const written = pieces.filter((p) => inner.slice(p.start, p.end).trim());
  const first = written[0];
  const lastPiece = written.at(-1);
  if (!first || !lastPiece) return null;
  const text = written
    .map((p) => inner.slice(p.start, p.end).trim())
    .join('')
    .replace(/\s+/g, ' ');
  const lead = inner.slice(first.start).length - inner.slice(first.start).trimStart().length;
  const tail =
    inner.slice(0, lastPiece.end).length - inner.slice(0, lastPiece.end).trimEnd().length;
  return { start: from + first.start + lead, end: from + lastPiece.end - tail, text };
}

/** The words before a table that introduce it: after the previous table, within reach. */
function captionBefore(html: string, tableStart: number, floor: number): Span | null {
  const from = Math.max(floor, tableStart - CAPTION_REACH);
  const before = html.slice(from, tableStart);
  if (!before.replace(/<[^>]*>/g, '').trim()) return null;
  return { start: from, end: tableStart };
}

/** rowspan="2", colspan=3: how many rows or columns a cell covers (1 when not written). */
function spanOf(tag: string, name: 'rowspan' | 'colspan'): number {
  const m = new RegExp(`\\b${name}\\s*=\\s*["']?(\\d{1,2})`, 'i').exec(tag);
  return Math.max(1, Math.min(20, Number(m?.[1] ?? 1)));
}

interface ParsedCell {
  cell: TableCell;
  rows: number;
  cols: number;
}

/**
 * Rows of cells → a grid: a cell spanning columns fills each of them, one spanning rows is
 * carried down into the rows below, so every figure sits under its own header.
 */
function toGrid(parsed: ParsedCell[][]): TableCell[][] {
  const carried = new Map<number, { cell: TableCell; left: number }>();
  return parsed.map((cells) => {
    const row: TableCell[] = [];
    let col = 0;
    const carry = () => {
      for (let c = carried.get(col); c && c.left > 0; c = carried.get(col)) {
        row[col++] = c.cell;
        c.left--;
      }
    };
    for (const { cell, rows, cols } of cells) {
      carry();
      for (let k = 0; k < cols; k++, col++) {
        row[col] = cell;
        if (rows > 1) carried.set(col, { cell, left: rows - 1 });
      }
    }
    carry();
    return row;
  });
}

const isFigure = (c: TableCell) => NUMERIC_CELL.test(c.text) && !/^(?:19|20)\d{2}$/.test(c.text);

export function findHtmlTables(html: string): TextTable[] {
  const tables: TextTable[] = [];
  let floor = 0;
  for (const t of html.matchAll(TABLE)) {
    const start = t.index ?? 0;
    const bodyStart = start + t[0].indexOf('>') + 1;
    const body = t[1] ?? '';
    const own = CAPTION.exec(body);
    const caption =
      own?.[1] !== undefined
        ? { start: bodyStart + (own.index ?? 0), end: bodyStart + (own.index ?? 0) + own[0].length }
        : captionBefore(html, start, floor);
    floor = start + t[0].length;
    const lines: Span[] = [];
    const parsed: ParsedCell[][] = [];
    for (const r of body.matchAll(ROW)) {
      const rowStart = bodyStart + (r.index ?? 0);
      const cells: ParsedCell[] = [];
      const rowBody = r[1] ?? '';
      const cellsStart = rowStart + r[0].length - rowBody.length;
      for (const c of rowBody.matchAll(CELL)) {
        const innerStart = cellsStart + (c.index ?? 0) + c[0].length - (c[2] ?? '').length;
        const cell = cellOf(html, innerStart, innerStart + (c[2] ?? '').length);
        const tag = c[0].slice(0, c[0].length - (c[2] ?? '').length);
        // An empty cell keeps its column: later cells stay under their own headers.
        cells.push({
          cell: cell ?? { start: innerStart, end: innerStart, text: '' },
          rows: spanOf(tag, 'rowspan'),
          cols: spanOf(tag, 'colspan'),
        });
      }
      if (cells.length) {
        lines.push({ start: rowStart, end: rowStart + r[0].length });
        parsed.push(cells);
      }
    }
    const grid = toGrid(parsed);
    // A header over two or three rows (培训班 over 期数 | 人次): the rows above the first figure.
    let bands = 1;
    while (bands < Math.min(3, grid.length - 1) && !grid[bands]?.some(isFigure)) bands++;
    const head = grid[bands - 1];
    const data = grid.slice(bands).map((cells, i) => ({ line: lines[i + bands] as Span, cells }));
    if (!head || !data.length) continue;
    tables.push({
      caption,
      header: head,
      ...(bands > 1 ? { headerBands: grid.slice(0, bands) } : {}),
      rows: data,
    });
  }
  return tables;
}
