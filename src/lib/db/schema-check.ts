import { DERIVED_TABLES, SCHEMA_VERSION, TABLES } from '../schema';

/** Why the embedded database cannot serve this build of the app. */
export interface SchemaMismatch {
  /** The database's schema version (manifest.json); null when the manifest has none. */
  found: number | null;
  expected: number;
  /** Tables this build reads that the database lacks. */
  missing: string[];
}

/** Every table the app reads from the embedded database. */
export const EXPECTED_TABLES: readonly string[] = [...TABLES, ...DERIVED_TABLES].map((t) => t.name);

/**
 * Checks a database against this build: its manifest's schema version, and the tables
 * actually in it (a manifest edited by hand, or a database copied without its manifest).
 * Null when they match. Pure, so the check is tested without an engine.
 */
export function checkSchema(
  manifestVersion: unknown,
  tablesInDatabase: readonly string[],
): SchemaMismatch | null {
  const found = typeof manifestVersion === 'number' ? manifestVersion : null;
  const present = new Set(tablesInDatabase);
  const missing = EXPECTED_TABLES.filter((t) => !present.has(t));
  return found === SCHEMA_VERSION && missing.length === 0
    ? null
    : { found, expected: SCHEMA_VERSION, missing };
}
