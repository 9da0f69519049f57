/** A query that DuckDB rejected or that failed in the worker; carries the SQL for the console. */
export class QueryError extends Error {
  override readonly name = 'QueryError';
  constructor(
    message: string,
    readonly sql: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** The embedded database is of another schema version than this build reads. */
export interface SchemaProblem {
  found: number | null;
  expected: number;
  missing: string[];
}

/**
 * The engine or the embedded database could not be loaded (network, wasm, file), or is of
 * another schema version (`schema`: shown translated, error-display.ts).
 */
export class DataLoadError extends Error {
  override readonly name = 'DataLoadError';
  constructor(
    message: string,
    readonly url: string,
    override readonly cause?: unknown,
    readonly schema?: SchemaProblem,
  ) {
    super(message);
  }
}

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
