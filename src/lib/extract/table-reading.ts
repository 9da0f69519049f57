/**
 * How a cell reads its row and column: the labels that lead a row, what a cell counts and in
 * which unit, and the region a bare total (合计) stands for — the parent of the places it adds up.
 */
import { ancestorsOf, type RegionLookup, type RegionRef } from './regions';
import type { Span } from './sentences';
import { captionIndicator, yearLabel, type AxisLabel } from './table-axes';
import { NUMERIC_CELL, type TableCell } from './table-cell';
import type { TextTable } from './tables';
import type { UnitMatch } from './units';

/**
 * The unit of a cell: written on its column, its row, over the table, then implied by a label.
 * A caption listing several units (单位：万元、个) gives each column the one its label implies
 * (项目数 → 个), the first (the money) to the others.
 */
export function unitOfCell(
  row: AxisLabel,
  column: AxisLabel,
  shared: UnitMatch | null,
  listed: readonly UnitMatch[] = [],
) {
  const implied = column.impliedUnit ?? row.impliedUnit;
  const fitting =
    listed.length > 1 && implied && implied.kind !== 'money'
      ? (listed.find((u) => u.unit === implied.unit) ??
        listed.find((u) => u.kind === implied.kind) ??
        implied)
      : null;
  return column.writtenUnit ?? row.writtenUnit ?? fitting ?? shared ?? implied ?? null;
}

/** What a cell counts: a column that names it, a row that names it with a unit, the title. */
export function indicatorOfCell(row: AxisLabel, column: AxisLabel, caption: string): string {
  const rowCounts = (row.writtenUnit ?? row.impliedUnit) ? row.indicator : null;
  // 资金 under a caption naming the fund (少数民族发展资金分配表): the fund is what is counted.
  const fund = /[\p{Script=Han}]{2,12}?(?:资金|经费)/u.exec(caption)?.[0];
  // A column of a place (凭祥市 under 边境县（市）) counts what its row names.
  const own = column.region && rowCounts ? rowCounts : (column.indicator ?? rowCounts);
  if (own && fund?.endsWith(own)) return fund;
  return own ?? captionIndicator(caption) ?? fund ?? row.indicator ?? '';
}

/**
 * The words that title a table: the lines above it, and a line under it — a 表N title read
 * as the title (the last line), a 单位 line read before the rest.
 */
export function captionText(table: TextTable, read: (s: Span) => string): string {
  const above = table.caption ? read(table.caption) : '';
  const below = table.captionBelow ? read(table.captionBelow) : '';
  if (!below) return above;
  if (!/^\s*附?表/.test(below)) return `${below}\n${above}`;
  // Titles written above tables: a 表N line under this one titles the next table.
  return /(?:^|\n)\s*附?表\s*\d/.test(above) ? above : `${above}\n${below}`;
}

/** A cell left empty on purpose: —, -, /, …, or nothing at all. */
const EMPTY_MARK = /^(?:[—–\-－/／…·.]+|无)?$/;

/** Cells without the repeats of one spanning several rows or columns. */
export const distinct = (cells: readonly (TableCell | undefined)[]): TableCell[] =>
  cells.filter((c, i): c is TableCell => !!c && cells.indexOf(c) === i);

/**
 * The cells that label a row: its leading words, and a bare year under a column that counts
 * nothing (| 康乐县 | 2023 | 12 | under 县 | 年份 | 期数).
 */
export function leadingLabels(
  cells: readonly TableCell[],
  columnAt: (i: number) => AxisLabel | undefined,
  read: (s: Span) => string,
): TableCell[] {
  const labels: TableCell[] = [];
  for (const [i, cell] of cells.entries()) {
    const text = read(cell);
    const column = columnAt(i);
    const yearLabelled = yearLabel(text) !== null && !column?.writtenUnit && !column?.impliedUnit;
    if ((NUMERIC_CELL.test(text) && !yearLabelled) || (i > 0 && EMPTY_MARK.test(text))) break;
    labels.push(cell);
  }
  return labels;
}

/**
 * The region a bare total (合计, 总计) of places stands for: their common parent (the county
 * rows of one prefecture add up to the prefecture); null when they have none or are fewer than two.
 */
export function parentOfPlaces(
  labels: readonly AxisLabel[],
  resolver: RegionLookup | undefined,
): RegionRef | null {
  const places = labels.filter((l) => !l.total && l.region).map((l) => l.region as RegionRef);
  const codes = new Set(places.map((p) => p.code));
  if (codes.size < 2 || !resolver?.byCode) return null;
  const [first, ...rest] = [...codes].map(ancestorsOf);
  const shared = first?.find((code) => rest.every((a) => a.includes(code)));
  return shared ? resolver.byCode(shared) : null;
}

/** A bare total takes the parent of the places on its axis, when they have one. */
export function withParent(label: AxisLabel, parent: RegionRef | null): AxisLabel {
  return label.bareTotal && parent ? { ...label, region: parent } : label;
}

/**
 * A label naming a place of several (市中区 of 济南, of 枣庄, of 内江…) is the one under the
 * parent of the other places on its axis (历下区, 槐荫区 → 济南市).
 */
export function placeAmong(
  label: AxisLabel,
  text: string | undefined,
  parent: RegionRef | null,
  resolver: RegionLookup | undefined,
): AxisLabel {
  if (label.region || label.year !== null || label.total || !parent || !text) return label;
  const place = resolver?.resolveUnder?.(parent.code, text.trim()) ?? null;
  return place ? { ...label, region: place, indicator: null, impliedUnit: null } : label;
}
