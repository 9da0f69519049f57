/** Why an import failed; stable codes for translated messages in the UI. */
export type ImportErrorCode =
  | 'empty'
  | 'too_large'
  | 'too_many_columns'
  | 'line_too_long'
  | 'binary'
  | 'encoding'
  | 'unterminated_quote'
  | 'unsupported_format'
  | 'parquet_invalid'
  | 'workbook_invalid'
  | 'sheet_not_found'
  | 'json_invalid'
  | 'no_table'
  | 'no_regions'
  | 'no_values'
  | 'sub_year_periods';

/** What was wrong, and where: 1-based line (or sheet row) and column when known. */
export interface ImportError {
  code: ImportErrorCode;
  message: string;
  file: string;
  line?: number;
  column?: number;
  /** Cells or names the message lists, for translated messages. */
  names?: string[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ImportError };

export function importError(
  code: ImportErrorCode,
  message: string,
  file: string,
  where: { line?: number; column?: number; names?: string[] } = {},
): ImportError {
  return { code, message, file, ...where };
}

export function fail<T>(error: ImportError): Result<T> {
  return { ok: false, error };
}

export function succeed<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** `file:line:column: message`, the form compilers and editors link. */
export function formatImportError(error: ImportError): string {
  const where = [error.file, error.line, error.line !== undefined ? error.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  return `${where}: ${error.message}`;
}
