/** Word lists of the statement guard; why each exists is in guard-statement.ts. */

/** Statements that only read: the first word of an admitted statement. */
export const QUERY_STARTS = new Set([
  'select',
  'with',
  'from',
  'values',
  'table',
  'describe',
  'desc',
  'summarize',
  'show',
  'pivot',
  'unpivot',
  'explain',
  'pragma',
  '(',
]);

/** Words that start, or are part of, a statement that writes, changes settings or loads code. */
export const FORBIDDEN_WORDS = new Set([
  'abort',
  'alter',
  'analyze',
  'attach',
  'begin',
  'call',
  'checkpoint',
  'comment',
  'commit',
  'copy',
  'create',
  'deallocate',
  'delete',
  'detach',
  'drop',
  'execute',
  'export',
  'force',
  'grant',
  'import',
  'insert',
  'install',
  'load',
  'merge',
  'pragma',
  'prepare',
  'reset',
  'revoke',
  'rollback',
  'set',
  'transaction',
  'truncate',
  'update',
  'use',
  'vacuum',
]);

/**
 * Table functions that read files or URLs, run SQL given as text, or change engine state,
 * and scalar functions with side effects. Prefixes cover families (read_csv_auto, …).
 */
export const FORBIDDEN_FUNCTIONS = new Set([
  'arrow_scan',
  'arrow_scan_dumb',
  'checkpoint',
  'disable_logging',
  'enable_logging',
  'force_checkpoint',
  'glob',
  'json_execute_serialized_sql',
  'nextval',
  'query',
  'query_table',
  'setseed',
  'sniff_csv',
  'st_read',
  'truncate_duckdb_logs',
  'which_secret',
]);
export const FORBIDDEN_FUNCTION_PREFIXES = [
  'read_',
  'parquet_',
  'sqlite_',
  'postgres_',
  'mysql_',
  'iceberg_',
  'delta_',
  'ducklake_',
  'st_read',
];

/** PRAGMAs that only report; any `=` (a setting) is refused separately. */
export const READ_PRAGMAS = new Set([
  'collations',
  'database_list',
  'database_size',
  'functions',
  'metadata_info',
  'platform',
  'show',
  'show_databases',
  'show_tables',
  'show_tables_expanded',
  'storage_info',
  'table_info',
  'user_agent',
  'version',
]);

/** Words after which a table reference follows: a string there is a file to scan. */
export const TABLE_POSITION = new Set([
  'from',
  'join',
  'describe',
  'desc',
  'summarize',
  'show',
  'pivot',
  'unpivot',
  'table',
]);
/** Words that end a FROM clause at their nesting depth. */
export const CLAUSE_ENDS = new Set([
  'select',
  'where',
  'group',
  'having',
  'qualify',
  'window',
  'order',
  'limit',
  'offset',
  'union',
  'except',
  'intersect',
  'returning',
  'values',
]);

/** File endings DuckDB's replacement scans (or a user's guess at one) would read. */
export const FILE_ENDINGS = new Set([
  'csv',
  'tsv',
  'txt',
  'parquet',
  'json',
  'jsonl',
  'ndjson',
  'gz',
  'zst',
  'xlsx',
  'arrow',
  'db',
  'duckdb',
  'sqlite',
]);
