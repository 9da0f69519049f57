import {
  KINDS,
  LANGUAGES,
  QUALIFIERS,
  REGION_LEVELS,
  RELIABILITIES,
  THEMES,
  UNITS,
  UNIT_TYPES,
} from './vocab';

/**
 * Bump when a table, column or vocabulary changes; written into manifest.json, and the app
 * refuses a database of another version (lib/db checks it before the first query).
 * 2: the derived tables map_agg and indicator_stats.
 */
export const SCHEMA_VERSION = 2;

export type ColumnType = 'varchar' | 'integer' | 'double' | 'boolean' | 'enum';

export interface Column {
  name: string;
  type: ColumnType;
  /** Values of an enum column; `regionCodes` / `indicatorIds` are filled at build time. */
  values?: readonly string[] | 'regionCodes' | 'indicatorIds';
  nullable: boolean;
  doc: string;
}

export interface Table {
  name: string;
  /** The human-edited CSV under data/ this table is built from (if any). */
  csv?: string;
  key: string;
  columns: readonly Column[];
}

const col = (
  name: string,
  type: ColumnType,
  nullable: boolean,
  doc: string,
  values?: Column['values'],
): Column => ({ name, type, nullable, doc, values });

export const FACTS: Table = {
  name: 'facts',
  csv: 'facts.csv',
  key: 'fact_id',
  columns: [
    col(
      'fact_id',
      'varchar',
      false,
      'Stable id, e.g. N0001 (naming), A0001 (activity), S0001 (seed reports).',
    ),
    col('theme', 'enum', false, 'coverage | honours | trainings | funding | context', THEMES),
    col('indicator_id', 'enum', false, 'Key into indicators.', 'indicatorIds'),
    col(
      'region_code',
      'enum',
      true,
      '6-digit GB/T 2260 code; null only for groups and sub-county places.',
      'regionCodes',
    ),
    col(
      'region_name_raw',
      'varchar',
      false,
      'The region as the source names it (kept even when coded).',
    ),
    col('region_level', 'enum', false, 'Level of the region the number describes.', REGION_LEVELS),
    col(
      'period_start',
      'integer',
      true,
      'First year the number covers; null when the source gives no period.',
    ),
    col(
      'period_end',
      'integer',
      true,
      'Last year the number covers (= period_start for a single year).',
    ),
    col('date', 'varchar', true, 'Date of the event or statement: YYYY, YYYY-MM or YYYY-MM-DD.'),
    col('value', 'double', false, 'The number as a plain value in `unit` (money in 元).'),
    col('unit', 'enum', false, 'Unit of value.', UNITS),
    col('qualifier', 'enum', false, 'exact | approx | more_than | at_least | at_most', QUALIFIERS),
    col('kind', 'enum', false, 'outturn | target | cumulative | policy', KINDS),
    col(
      'batch',
      'integer',
      true,
      'Batch number of a national naming (1…12) or conference ordinal; null otherwise.',
    ),
    col(
      'unit_type',
      'enum',
      true,
      'Kind of named area/unit where the source splits by type.',
      UNIT_TYPES,
    ),
    col(
      'source_id',
      'varchar',
      false,
      'The primary source (official original preferred over reposts).',
    ),
    col(
      'conflict_group',
      'varchar',
      true,
      'Rows that report conflicting figures for the same thing share this id.',
    ),
    col(
      'evidence',
      'varchar',
      false,
      'Verbatim phrase from the source (≤ ~60 characters, … marks elisions).',
    ),
    col('notes', 'varchar', true, 'Reviewer notes: derivations, corrections, caveats.'),
  ],
};

/** Every source that reports a fact: the primary one and corroborating reposts. */
export const FACT_SOURCES: Table = {
  name: 'fact_sources',
  key: 'fact_id,source_id',
  columns: [
    col('fact_id', 'varchar', false, 'Key into facts.'),
    col('source_id', 'varchar', false, 'Key into sources.'),
    col('is_primary', 'boolean', false, 'True for the row in facts.source_id.'),
  ],
};

export const INDICATORS: Table = {
  name: 'indicators',
  csv: 'indicators.csv',
  key: 'indicator_id',
  columns: [
    col('indicator_id', 'varchar', false, 'snake_case id, e.g. demo_units_named.'),
    col('theme', 'enum', false, 'Theme the indicator belongs to.', THEMES),
    col('name_zh', 'varchar', false, 'Chinese name.'),
    col('name_en', 'varchar', false, 'English name.'),
    col('unit', 'enum', false, 'Unit every fact of this indicator uses.', UNITS),
    col('definition', 'varchar', false, 'What is counted, in one sentence.'),
    col(
      'comparable',
      'boolean',
      false,
      'True when values are comparable across regions (map, ranking).',
    ),
    col(
      'additive',
      'boolean',
      false,
      'True when values of one region may be summed over periods/batches.',
    ),
  ],
};

export const SOURCES: Table = {
  name: 'sources',
  csv: 'sources.csv',
  key: 'source_id',
  columns: [
    col('source_id', 'varchar', false, 'Stable id, e.g. src-0001.'),
    col('title', 'varchar', false, 'Title as the page or document gives it.'),
    col(
      'publisher',
      'varchar',
      false,
      'Original outlet where the page names it; the host otherwise.',
    ),
    col('date', 'varchar', true, 'Publication date: YYYY, YYYY-MM or YYYY-MM-DD.'),
    col('url', 'varchar', true, 'Page address; null for documents known only by title.'),
    col('language', 'enum', false, 'Language of the page.', LANGUAGES),
    col('reliability', 'enum', false, 'official | repost | low', RELIABILITIES),
    col('notes', 'varchar', true, 'Mirror/repost remarks, what else the page gives.'),
  ],
};

export const REGIONS: Table = {
  name: 'regions',
  key: 'code',
  columns: [
    col('code', 'varchar', false, '6-digit GB/T 2260 code.'),
    col('name', 'varchar', false, 'Full official name, e.g. 楚雄彝族自治州.'),
    col('short_name', 'varchar', false, 'Common short name, e.g. 楚雄州 / 楚雄.'),
    col('name_en', 'varchar', false, 'English name (official forms for provinces).'),
    col('level', 'enum', false, 'province | prefecture | county', REGION_LEVELS),
    col('parent_code', 'varchar', true, 'Code of the enclosing region; null for provinces.'),
    col('lon', 'double', true, 'Centroid longitude (WGS84/GCJ as in the boundary source).'),
    col('lat', 'double', true, 'Centroid latitude.'),
  ],
};

/** Resident population (2020 census) and other denominators. */
export const POPULATION: Table = {
  name: 'population',
  csv: 'population-2020.csv',
  key: 'region_code',
  columns: [
    col('region_code', 'varchar', false, 'Province code.'),
    col('year', 'integer', false, 'Census year.'),
    col('population', 'double', false, 'Resident population, persons.'),
    col('source_id', 'varchar', false, 'Key into sources.'),
  ],
};

/** facts.csv carries one more column: corroborating sources, ';'-separated (→ fact_sources). */
export const FACTS_CSV_EXTRA = ['also_source_ids'] as const;

export const TABLES = [FACTS, FACT_SOURCES, INDICATORS, SOURCES, REGIONS, POPULATION] as const;

/**
 * The map aggregate (lib/sql build-map-agg-sql.ts): one row per indicator, kind, level,
 * region and year holding the fact the map shows there. Derived from facts and sources at
 * build time, with the facts' ENUM types; the user's datasets get `user_map_agg`.
 */
export const MAP_AGG_TABLE: Table = {
  name: 'map_agg',
  key: 'indicator_id,kind,region_level,region_code,period_end',
  columns: [
    col('indicator_id', 'enum', false, 'As in facts.', 'indicatorIds'),
    col('kind', 'enum', false, 'outturn | target | cumulative (never policy).', KINDS),
    col('region_level', 'enum', false, 'As in facts.', REGION_LEVELS),
    col('region_code', 'enum', true, "The winner's code (national rows: any).", 'regionCodes'),
    col('period_start', 'integer', true, "The winner's."),
    col('period_end', 'integer', false, 'The year of the cell.'),
    col('value', 'double', false, "The winner's value."),
    col('qualifier', 'enum', false, "The winner's.", QUALIFIERS),
    col('fact_id', 'varchar', false, 'The winning fact (PREFERENCE order).'),
    col('source_id', 'varchar', false, "The winner's primary source."),
    col('reliability', 'enum', true, "The winner's source reliability.", RELIABILITIES),
    col('n_candidates', 'integer', false, 'Facts that competed for the cell.'),
    col('has_conflict', 'boolean', false, 'The candidates disagree on the value.'),
  ],
};

/**
 * One row per indicator with facts: what the indicator list shows and sorts by, so it
 * never scans the facts (lib/sql build-indicator-stats-sql.ts). Derived at build time; the
 * user's datasets get `user_indicator_stats`.
 */
export const INDICATOR_STATS_TABLE: Table = {
  name: 'indicator_stats',
  key: 'indicator_id',
  columns: [
    col('indicator_id', 'enum', false, 'As in facts.', 'indicatorIds'),
    col('n_facts', 'integer', false, 'Every fact, whatever its kind or type split.'),
    col('n_regions', 'integer', false, 'Distinct coded regions (any level) with a fact.'),
    col('year_min', 'integer', true, 'First period_end the map or trend can show.'),
    col('year_max', 'integer', true, 'Last period_end the map or trend can show.'),
    col('has_period', 'boolean', false, 'Outturn or target rows the map can show.'),
    col('has_target', 'boolean', false, 'Target rows the map can show.'),
    col('has_stock', 'boolean', false, 'Cumulative rows the map can show.'),
  ],
};

/** Tables `npm run data` derives from the others inside the database (no Parquet, no CSV). */
export const DERIVED_TABLES = [MAP_AGG_TABLE, INDICATOR_STATS_TABLE] as const;

export function columnNames(table: Table): string[] {
  return table.columns.map((c) => c.name);
}
