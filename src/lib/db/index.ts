export { getEngine, EMBEDDED } from './engine';
export type { Engine, DataManifest } from './engine';
export { query, queryRows } from './query';
export type { SqlQuery, SqlParam } from './query';
export { QueryError, DataLoadError, messageOf } from './errors';
export { createLatest } from './latest';
export { createRowSource, fetchSnapshot, queryKey } from './row-source';
export type { RowSource, Snapshot, Row } from './row-source';
