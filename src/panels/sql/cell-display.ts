import type { Formatters } from '../../lib/i18n';
import type { Cell, ResultColumn } from './arrow-to-rows';

export interface CellDisplay {
  text: string;
  /** Right-aligned, tabular figures. */
  numeric: boolean;
  isNull: boolean;
  /** The unrounded value, when the formatted text lost digits. */
  exact?: string;
}

/**
 * How a cell reads in the result table. Year-like columns are printed without grouping
 * (2,024 would read as a count); other numbers use the locale's formatter.
 */
export function displayCell(
  value: Cell,
  column: ResultColumn,
  format: Formatters,
  nullText: string,
  plainNumbers = false,
): CellDisplay {
  const numeric = column.kind === 'number';
  if (value === null) return { text: nullText, numeric, isNull: true };
  if (typeof value === 'number') {
    const raw = String(value);
    const text = plainNumbers || !Number.isFinite(value) ? raw : format.number(value);
    const rounded = Number(text.replace(/[^0-9.eE+-]/g, '')) !== value;
    return { text, numeric: true, isNull: false, ...(rounded ? { exact: raw } : {}) };
  }
  return { text: String(value), numeric, isNull: false };
}
