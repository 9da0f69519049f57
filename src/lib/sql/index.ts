export { SCHEMA_ALIAS, T as SCHEMA, kindOf } from './common';
export type { TimeMode } from './common';
export { buildIndicatorsSql } from './build-indicators-sql';
export type { IndicatorsInput, IndicatorListRow } from './build-indicators-sql';
export { buildMapSql } from './build-map-sql';
export type { MapInput, MapRow, MapLevel, Measure } from './build-map-sql';
export {
  buildMapViewSql,
  buildMapRegionsSql,
  buildMapLatestYearSql,
  mapViewOf,
  mapKindOf,
} from './build-map-view-sql';
export type { MapViewInput, MapKindInput, MapViewRow, MapRegionRow } from './build-map-view-sql';
export { mapRowsOf, loadMapRows } from './map-rows';
export type { FetchRows } from './map-rows';
export { MAP_AGG, buildCreateMapAggSql } from './build-map-agg-sql';
export { INDICATOR_STATS, buildCreateIndicatorStatsSql } from './build-indicator-stats-sql';
export { buildRankingSql } from './build-ranking-sql';
export type { RankingInput, RankingRow } from './build-ranking-sql';
export { buildTrendSql } from './build-trend-sql';
export type { TrendInput, TrendRow } from './build-trend-sql';
export { buildRegionFactsSql } from './build-region-facts-sql';
export type { RegionFactsInput, RegionFactRow } from './build-region-facts-sql';
export { buildRegionRanksSql } from './build-region-ranks-sql';
export type { RegionRanksInput, RegionRankRow } from './build-region-ranks-sql';
export { buildSourcesForFactsSql } from './build-sources-for-facts-sql';
export type { SourcesForFactsInput, SourceForFactsRow } from './build-sources-for-facts-sql';
export { buildYearsSql } from './build-years-sql';
export type { YearsInput, YearRow } from './build-years-sql';
export { buildFactListSql } from './build-fact-list-sql';
export type { FactListInput, FactListRow } from './build-fact-list-sql';
export { buildDatasetStatsSql } from './build-dataset-stats-sql';
export type { DatasetStatsRow } from './build-dataset-stats-sql';
export { userLayerSql, USER_TABLES, ALL_VIEWS, DATASET_COLUMN } from './user-layer';
export {
  buildInsertUserRowsSql,
  buildDeleteUserDatasetSql,
  buildInsertUserMapAggSql,
  buildInsertUserIndicatorStatsSql,
  buildInsertUserAggregatesSql,
  USER_ROWS_PER_STATEMENT,
} from './build-user-rows-sql';
export type { UserTable } from './build-user-rows-sql';
