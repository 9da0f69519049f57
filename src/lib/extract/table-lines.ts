/**
 * The lines of a text as table rows: pipe rows (| 甲县 | 12 |), separator rows (|---|) and
 * aligned columns (tabs, runs of spaces, an ideographic space). Cell spans are offsets into
 * the text given.
 */
import type { Span } from './sentences';
import type { TableCell } from './table-cell';

export interface Line extends Span {
  cells: TableCell[] | null;
  separator: boolean;
}

const SEPARATOR_ROW = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*\|?\s*$/;
/** A table's title or unit line: 表2 …, 附表1 …, 单位：万元. */
export const TITLE_LINE = /^\s*(?:附?表(?:\s*[\d０-９]+|[\s\u3000]+\S)|[(（]?\s*单位\s*[:：])/;
/** Column breaks of aligned text: a tab, two spaces or more, or an ideographic space. */
const ALIGNED_BREAK = /\t+|[ \u00a0]{2,}|\u3000+/g;

function cellsBetween(line: string, lineStart: number, breaks: RegExp): TableCell[] {
  const cells: TableCell[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text)
      cells.push({
        start: lineStart + from + lead,
        end: lineStart + from + lead + text.length,
        text,
      });
  };
  for (const m of line.matchAll(breaks)) {
    push(m.index ?? 0);
    from = (m.index ?? 0) + m[0].length;
  }
  push(line.length);
  return cells;
}

/**
 * The cells between the bars of a pipe row. An empty cell (| 甲县 |  | 12 |) keeps its place, so
 * later figures stay under their own headers; the edges outside the outer bars are not cells.
 */
function pipeCells(line: string, lineStart: number): TableCell[] {
  const cells: TableCell[] = [];
  const bars = [...line.matchAll(/\|/g)].map((m) => m.index ?? 0);
  const edges = [
    ...(/^\s*\|/.test(line) ? [] : [-1]),
    ...bars,
    ...(/\|\s*$/.test(line) ? [] : [line.length]),
  ];
  for (let k = 0; k + 1 < edges.length; k++) {
    const from = (edges[k] ?? 0) + 1;
    const raw = line.slice(from, edges[k + 1]);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const at = lineStart + from + (text ? lead : 0);
    cells.push({ start: at, end: at + text.length, text });
  }
  return cells;
}

function readLine(text: string, start: number, end: number): Line {
  const line = text.slice(start, end);
  if (SEPARATOR_ROW.test(line) && line.includes('-')) {
    return { start, end, cells: null, separator: true };
  }
  const pipes = (line.match(/\|/g) ?? []).length;
  if (pipes >= 2 || (pipes === 1 && /^\s*\|/.test(line))) {
    return { start, end, cells: pipeCells(line, start), separator: false };
  }
  // 表1 各县宣讲场次（场）: a title split at its ideographic space is no row of the table.
  if (TITLE_LINE.test(line)) return { start, end, cells: null, separator: false };
  const aligned = cellsBetween(line, start, ALIGNED_BREAK);
  return { start, end, cells: aligned.length >= 2 ? aligned : null, separator: false };
}

export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push(readLine(text, start, start + part.length));
    start += part.length + 1;
  }
  return lines;
}
