/**
 * Tables in report text: Markdown pipe tables (also what readDocument makes of an HTML
 * <table>), aligned-text tables (columns separated by tabs or runs of spaces) and HTML markup.
 * A numeric cell has no unit of its own: its header, its row label or the caption (above, or a
 * 表N / 单位 line below) says what it counts, where and when (table-axes.ts). Spans are offsets
 * into the text given, so evidence still points at the cell in the original.
 */
import { findHtmlTables } from './html-tables';
import type { Span } from './sentences';
import { NUMERIC_CELL, type TableCell } from './table-cell';
import { linesOf, TITLE_LINE, type Line } from './table-lines';

export { NUMERIC_CELL, type TableCell };

export interface TextTable {
  /** The nearest text line above the header (a heading or the sentence introducing the table). */
  caption: Span | null;
  /** A 表N title or 单位 line just under the table, when there is one. */
  captionBelow?: Span | null;
  header: TableCell[];
  /** A header over several rows, top to bottom, each as wide as the table; else absent. */
  headerBands?: TableCell[][];
  rows: { line: Span; cells: TableCell[] }[];
}

const isNumeric = (c: TableCell) => NUMERIC_CELL.test(c.text);
/** A header cell that is a bare year (| 县名 | 2022 | 2023 |) heads a column; it is no figure. */
const isYear = (c: TableCell) => /^(?:19|20)\d{2}$/.test(c.text.normalize('NFKC'));
/** A cell left empty on purpose: —, -, /, …. */
const EMPTY_MARK = /^(?:[—–\-－/／…·]+|\.{3,})$/;

/** A block of consecutive row lines → a table, when it has a header and figures under it. */
function tableOf(text: string, block: Line[], above: Line[], below: Line[]): TextTable | null {
  const rows = block.filter((l) => !l.separator && l.cells);
  const piped = block.some((l) => l.separator || text.slice(l.start, l.end).includes('|'));
  const [head] = rows;
  if (!head?.cells || head.cells.some((c) => isNumeric(c) && !isYear(c))) return null;
  if (head.cells.every(isNumeric)) return null;
  // A header over two or three rows (培训班 over 期数 | 人次): the rows above the first figure.
  let bands = 1;
  // Its lower rows leave the corner over the row labels empty (merged with the cell above).
  const underHeader = (r: Line | undefined) =>
    !!r?.cells && !r.cells[0]?.text && !r.cells.some(isNumeric);
  while (piped && bands < 3 && rows[bands + 1] && underHeader(rows[bands])) bands++;
  const body = rows.slice(bands);
  const width = Math.max(...rows.slice(0, bands).map((r) => r.cells?.length ?? 0));
  // In a pipe table a row of empty marks (| 甲县 | — | / |) is a row without figures.
  const counted = (c: TableCell) => isNumeric(c) || (piped && EMPTY_MARK.test(c.text));
  const data = body.filter(
    (r) => r.cells && r.cells.length <= width && r.cells.length >= 2 && r.cells.some(counted),
  );
  // Prose with double spaces can look like two columns; aligned text needs a real grid.
  if (data.length < (piped ? 1 : 2) || data.length < body.length) return null;
  // The caption: the text lines just above (a heading, 单位：万元, the sentence introducing it).
  // A title with an ideographic space (表1 …（单位：个）) looks like two cells but has no figure.
  const lines = above.filter(
    (l) => !l.separator && !l.cells?.some(isNumeric) && text.slice(l.start, l.end).trim(),
  );
  // A table with a title of its own (表1 …) is captioned from that title down, not by the prose above.
  const titled = lines.findIndex((l) => /^\s*附?表/.test(text.slice(l.start, l.end)));
  const written = titled > 0 ? lines.slice(titled) : lines;
  const first = written[0];
  const last = written.at(-1);
  const caption = first && last ? trim(text, { start: first.start, end: last.end }) : null;
  // A title or 单位 line written under the table.
  const under = below.find((l) => text.slice(l.start, l.end).trim());
  const captionBelow =
    under && TITLE_LINE.test(text.slice(under.start, under.end)) ? trim(text, under) : null;
  const headerBands = headerBandsOf(rows.slice(0, bands), width);
  return {
    caption,
    captionBelow,
    header: headerBands.at(-1) ?? [],
    ...(bands > 1 ? { headerBands } : {}),
    rows: carryRowLabels(data.map((r) => ({ line: trim(text, r), cells: r.cells ?? [] }))),
  };
}

/**
 * Header rows as bands of one width. An empty cell of an upper band is the label on its left
 * spread over it (a merged cell: | 培训班 |  | over | 期数 | 人次 |); missing cells are empty.
 */
function headerBandsOf(rows: Line[], width: number): TableCell[][] {
  return rows.map((row, band) => {
    const cells: TableCell[] = [];
    for (let i = 0; i < width; i++) {
      const own = row.cells?.[i] ?? { start: row.end, end: row.end, text: '' };
      const left = cells[i - 1];
      const spread = band < rows.length - 1 && !own.text && i > 1 && left?.text;
      cells.push(spread ? left : own);
    }
    return cells;
  });
}

/** A row whose label cell is empty stands under the label above it (a cell merged down). */
function carryRowLabels(rows: TextTable['rows']): TextTable['rows'] {
  let label: TableCell | undefined;
  return rows.map((row) => {
    const [first, ...rest] = row.cells;
    if (first?.text || !label || !first) {
      label = first;
      return row;
    }
    return { ...row, cells: [label, ...rest] };
  });
}

function trim(text: string, span: Span): Span {
  const s = text.slice(span.start, span.end);
  const lead = s.length - s.trimStart().length;
  return { start: span.start + lead, end: span.start + lead + s.trim().length };
}

export function findTables(text: string): TextTable[] {
  const lines = linesOf(text);
  const tables: TextTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]?.cells) continue;
    // A pipe table and an aligned line above it (表2 2023年…, split at its ideographic space)
    // are two blocks: the title is the caption, not the header.
    const piped = (l: Line | undefined) =>
      !!l && (l.separator || text.slice(l.start, l.end).includes('|'));
    const kind = piped(lines[i]);
    let j = i;
    while (j < lines.length && (lines[j]?.cells || lines[j]?.separator) && piped(lines[j]) === kind)
      j++;
    const table = tableOf(
      text,
      lines.slice(i, j),
      lines.slice(Math.max(0, i - 3), i),
      lines.slice(j, j + 2),
    );
    if (table) tables.push(table);
    i = j - 1;
  }
  return [...tables, ...findHtmlTables(text)];
}

/** The unit a column header names: 资金（万元）, 金额/万元, 人数(人); null when it names none. */
export function headerUnitWord(header: string): string | null {
  const bracketed = /[(（]\s*([^()（）]{1,6}?)\s*[)）]\s*$/.exec(header);
  if (bracketed?.[1]) return bracketed[1].replace(/^单位[:：]?/, '');
  const slashed = /[/／]\s*([^/／]{1,4})\s*$/.exec(header);
  return slashed?.[1] ?? null;
}

/** 单位：万元 written over a whole table. */
export function tableUnitWord(caption: string): string | null {
  return /单位[:：]\s*([^\s,;，；)）]{1,4})/.exec(caption)?.[1] ?? null;
}
