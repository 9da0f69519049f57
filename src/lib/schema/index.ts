export * from './vocab';
export {
  SCHEMA_VERSION,
  FACTS,
  FACTS_CSV_EXTRA,
  FACT_SOURCES,
  INDICATORS,
  SOURCES,
  REGIONS,
  POPULATION,
  TABLES,
  MAP_AGG_TABLE,
  INDICATOR_STATS_TABLE,
  DERIVED_TABLES,
  columnNames,
} from './tables';
export type { Column, ColumnType, Table } from './tables';
export type { FactRow, FactSourceRow, IndicatorRow, SourceRow, PopulationRow } from './rows';
export { validateData, formatIssue } from './validate';
export type {
  ValidationIssue,
  ValidationResult,
  ValidData,
  DataInputs,
  CsvFile,
  CsvRecord,
} from './validate';
export { parseCsv } from './parse-csv';
export { STAGED_COLUMNS } from './staged';
export type { StagedChoice, StagedRegionRow } from './staged';
