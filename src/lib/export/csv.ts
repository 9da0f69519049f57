export interface CsvColumn {
  key: string;
  label: string;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Characters that make Excel/LibreOffice/Sheets read a cell as a formula (OWASP
 * "CSV Injection"). Checked after leading whitespace too, since some spreadsheets
 * trim it before evaluating.
 */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV with CRLF line ends and a UTF-8 BOM so Excel opens Chinese text correctly.
 * Only strings are neutralised against formula injection; numbers (−3.5) stay numbers.
 */
export function toCsv(
  columns: readonly CsvColumn[],
  rows: readonly Record<string, unknown>[],
): string {
  const lines = [columns.map((c) => quote(cellText(c.label))).join(',')];
  for (const row of rows) {
    // hasOwn: a column named "constructor" must not read Object.prototype.
    lines.push(
      columns
        .map((c) => quote(cellText(Object.hasOwn(row, c.key) ? row[c.key] : undefined)))
        .join(','),
    );
  }
  return BOM + lines.join(CRLF) + CRLF;
}
