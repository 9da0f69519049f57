import type { RegionLevel, Theme } from './vocab';

/**
 * The staged long table of an import: what the import worker sends as Arrow batches, the
 * staging tables DuckDB reads them into, and what IndexedDB keeps. Shared by lib/import,
 * lib/store, lib/db and the SQL that turns staged rows into facts.
 */

/** One region name as written in the file, and what it was matched to. */
export interface StagedRegionRow {
  source_name: string;
  region_code: string | null;
  region_name: string;
  region_level: RegionLevel | null;
}

/** What the user chose for one indicator of the file. */
export interface StagedChoice {
  /** The indicator's name as the import found it. */
  indicator: string;
  indicator_id: string;
  theme: Theme;
  unit: string;
}

/**
 * Columns of a staged long-table chunk, in order: the Arrow batches the import worker
 * writes, the staging table DuckDB reads them into, and what IndexedDB keeps.
 */
export const STAGED_COLUMNS = [
  { name: 'row_index', type: 'INTEGER' },
  { name: 'source_name', type: 'VARCHAR' },
  { name: 'year', type: 'INTEGER' },
  { name: 'indicator', type: 'VARCHAR' },
  { name: 'value', type: 'DOUBLE' },
  { name: 'unit', type: 'VARCHAR' },
  { name: 'line', type: 'INTEGER' },
  { name: 'col', type: 'INTEGER' },
] as const;
