/**
 * HTML <table> markup read in place: a page's source pasted or scored as it is, where each
 * row is a <tr> and each cell a <td>/<th>. Spans point into the markup itself, so a cell's
 * evidence runs from its row's label through the tags to the figure.
 */
import type { Span } from './sentences';
import type { TableCell, TextTable } from './tables';

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
    const rows: { line: Span; cells: TableCell[] }[] = [];
    for (const r of body.matchAll(ROW)) {
      const rowStart = bodyStart + (r.index ?? 0);
      const cells: TableCell[] = [];
      const rowBody = r[1] ?? '';
      const cellsStart = rowStart + r[0].length - rowBody.length;
      for (const c of rowBody.matchAll(CELL)) {
        const innerStart = cellsStart + (c.index ?? 0) + c[0].length - (c[2] ?? '').length;
        const cell = cellOf(html, innerStart, innerStart + (c[2] ?? '').length);
        // An empty cell keeps its column: later cells stay under their own headers.
        cells.push(cell ?? { start: innerStart, end: innerStart, text: '' });
      }
      if (cells.length)
        rows.push({ line: { start: rowStart, end: rowStart + r[0].length }, cells });
    }
    const [head, ...data] = rows;
    if (!head || !data.length) continue;
    tables.push({ caption, header: head.cells, rows: data });
  }
  return tables;
}
