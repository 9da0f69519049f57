import type { Table } from './tables';
import type { CsvFile, CsvRecord, ValidationIssue } from './validate';

const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Reads one CSV file's records into typed rows, collecting every problem instead of
 * stopping at the first, so a data editor sees the whole list in one build.
 */
export class RowReader {
  constructor(
    private readonly file: string,
    private readonly issues: ValidationIssue[],
  ) {}

  private report(line: number, column: string, message: string): void {
    this.issues.push({ file: this.file, line, column, message });
  }

  text(r: CsvRecord, column: string): string {
    const v = (r.values[column] ?? '').trim();
    if (v === '') this.report(r.line, column, 'is empty');
    return v;
  }

  optionalText(r: CsvRecord, column: string): string | null {
    const v = (r.values[column] ?? '').trim();
    return v === '' ? null : v;
  }

  oneOf<T extends string>(r: CsvRecord, column: string, allowed: readonly T[]): T {
    const v = (r.values[column] ?? '').trim();
    if (!(allowed as readonly string[]).includes(v)) {
      this.report(r.line, column, `"${v}" is not one of ${allowed.join(', ')}`);
    }
    return v as T;
  }

  optionalOneOf<T extends string>(r: CsvRecord, column: string, allowed: readonly T[]): T | null {
    const v = (r.values[column] ?? '').trim();
    return v === '' ? null : this.oneOf(r, column, allowed);
  }

  number(r: CsvRecord, column: string): number {
    const raw = (r.values[column] ?? '').trim();
    const v = raw === '' ? NaN : Number(raw);
    if (!Number.isFinite(v)) this.report(r.line, column, `"${raw}" is not a finite number`);
    return v;
  }

  optionalInteger(r: CsvRecord, column: string, min: number, max: number): number | null {
    const raw = (r.values[column] ?? '').trim();
    if (raw === '') return null;
    const v = Number(raw);
    if (!Number.isInteger(v) || v < min || v > max) {
      this.report(r.line, column, `"${raw}" is not a whole number from ${min} to ${max}`);
    }
    return v;
  }

  boolean(r: CsvRecord, column: string): boolean {
    const v = (r.values[column] ?? '').trim();
    if (v !== 'true' && v !== 'false') this.report(r.line, column, `"${v}" is not true or false`);
    return v === 'true';
  }

  optionalDate(r: CsvRecord, column: string): string | null {
    const v = this.optionalText(r, column);
    if (v !== null && !DATE_RE.test(v)) {
      this.report(r.line, column, `"${v}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
    }
    return v;
  }

  fail(r: CsvRecord, column: string, message: string): void {
    this.report(r.line, column, message);
  }
}

/** Reports missing and unknown columns against the schema (line 1 is the header). */
export function checkColumns(
  csv: CsvFile,
  table: Table,
  extra: readonly string[],
  issues: ValidationIssue[],
): void {
  const expected = [...table.columns.map((c) => c.name), ...extra];
  for (const name of expected) {
    if (!csv.columns.includes(name)) {
      issues.push({ file: csv.file, line: 1, column: name, message: 'column is missing' });
    }
  }
  for (const name of csv.columns) {
    if (!expected.includes(name)) {
      issues.push({ file: csv.file, line: 1, column: name, message: 'unknown column' });
    }
  }
}

export function checkUnique(
  keys: { key: string; line: number }[],
  file: string,
  column: string,
  issues: ValidationIssue[],
): void {
  const seen = new Map<string, number>();
  for (const { key, line } of keys) {
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({
        file,
        line,
        column,
        message: `duplicate id "${key}" (first on line ${first})`,
      });
    } else seen.set(key, line);
  }
}
