import { parsePeriod, type Period } from './period';
import { splitUnit, unitLabelOf } from './units';

/** A header cell, by its row in the block and its column. */
export interface HeaderCell {
  row: number;
  col: number;
  text: string;
}

/** What the header rows above one value column say about it. */
export interface HeaderColumn {
  col: number;
  /** Combined over the rows: 2023年 over 1月 is a month of 2023. */
  period: Period | null;
  /** The cell the period was read from, to name it in warnings. */
  periodCell: HeaderCell | null;
  indicator: string | null;
  unit: string | null;
  /** The cell of the deepest label, when labels of several rows were joined. */
  joinedCell: HeaderCell | null;
}

/** Joins the levels of a multi-row header: 示范单位 over 国家级 → 示范单位/国家级. */
export const LEVEL_JOINER = '/';
/** A total under a label means the label itself: 常住人口 over 合计 is 常住人口. */
const TOTAL = /^(?:合计|总计|小计|计|总数|总量|全部|total|all)$/i;
const SUB_ITEM = /^(?:其中|内|含|#)\s*[：:]?\s*/;

/**
 * Fills the blanks merged cells leave in a header written out as text: a blank takes its
 * left neighbour's label, unless a row above starts a new span in that column (then the
 * blank is the lower part of a label merged downwards).
 */
export function fillHeaderBand(rows: readonly (readonly string[])[], from: number): string[][] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const filled = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
  filled.forEach((row, r) => {
    for (let c = from + 1; c < width; c++) {
      if (row[c] !== '') continue;
      const opensSpan = rows.slice(0, r).some((above) => (above[c] ?? '') !== '');
      if (!opensSpan) row[c] = row[c - 1] ?? '';
    }
  });
  return filled;
}

/** 2023年 over 1月 is a month of 2023; 2023年 over 全年 is 2023. */
function combine(outer: Period | null, inner: Period): Period {
  if (outer?.kind === 'sub') return outer;
  if (outer?.kind === 'year' && inner.year === null) return { ...inner, year: outer.year };
  return inner;
}

/** Reads one column of a filled header band, top to bottom. */
function readColumn(band: readonly string[][], col: number): HeaderColumn {
  const labels: { name: string; row: number }[] = [];
  let unit: string | null = null;
  let period: Period | null = null;
  let periodCell: HeaderCell | null = null;
  for (let r = 0; r < band.length; r++) {
    const text = band[r]?.[col] ?? '';
    if (!text) continue;
    const p = parsePeriod(text);
    if (p) {
      period = combine(period, p);
      periodCell = { row: r, col, text };
      continue;
    }
    const unitOnly = unitLabelOf(text);
    if (unitOnly) {
      unit = unitOnly;
      continue;
    }
    const split = splitUnit(text);
    unit = split.unit ?? unit;
    const name = split.name.replace(SUB_ITEM, '').trim();
    if (!name || name === labels.at(-1)?.name) continue;
    if (labels.length > 0 && TOTAL.test(name)) continue;
    labels.push({ name, row: r });
  }
  const deepest = labels.at(-1);
  return {
    col,
    period,
    periodCell,
    indicator: labels.map((l) => l.name).join(LEVEL_JOINER) || null,
    unit,
    joinedCell:
      labels.length > 1 && deepest
        ? { row: deepest.row, col, text: labels.map((l) => l.name).join(LEVEL_JOINER) }
        : null,
  };
}

/**
 * The header rows of a block, read per value column: periods, indicator labels joined
 * across levels, units from brackets or unit-only cells. `from` is the first value column;
 * blanks are filled rightwards from there.
 */
export function readHeaderBand(
  rows: readonly (readonly string[])[],
  from: number,
  cols: readonly number[],
): HeaderColumn[] {
  const band = fillHeaderBand(rows, from);
  return cols.map((col) => readColumn(band, col));
}
