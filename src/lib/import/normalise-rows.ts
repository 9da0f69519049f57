import type { CellLog } from './cell-log';
import { periodInText } from './period';
import type { RawRow } from './reshape';
import { normaliseUnit } from './units';

/**
 * Rows without a year take the one the title names (`2022年各州市…`), when no header,
 * column or `时间：` line gave any. A title naming months (`2023年1-6月`) gives none: the
 * rows keep no year and the warning says why.
 */
export function applyTitleYear(
  rows: RawRow[],
  title: { text: string; line: number; column: number } | null,
  log: CellLog,
): void {
  if (!title || rows.some((r) => r.year !== null)) return;
  const period = periodInText(title.text);
  if (!period) return;
  const cell = { line: title.line, column: title.column, text: title.text };
  if (period.kind === 'sub') {
    log.add('sub_year_periods', cell);
    return;
  }
  for (const r of rows) r.year = period.year;
  log.add('year_from_title', cell);
}

/** Avoids 1.1 × 1e4 → 11000.000000000002. */
const times = (value: number, factor: number) => Number((value * factor).toPrecision(15));

/** Money in 万元, 亿元… → 元 with the values multiplied; each conversion named once. */
export function convertMoney(rows: RawRow[], log: CellLog): void {
  const seen = new Set<string>();
  for (const r of rows) {
    const { unit, factor } = normaliseUnit(r.unit);
    if (unit === r.unit) continue;
    const from = r.unit ?? '';
    const key = `${r.indicator}\u0001${from}`;
    const first = !seen.has(key);
    seen.add(key);
    const text = `${r.indicator}: ${from} → 元 ×${factor}`;
    log.add('units_converted', first ? { line: r.line, column: r.column, text } : undefined);
    r.unit = unit;
    if (r.value !== null && factor !== 1) r.value = times(r.value, factor);
  }
}
