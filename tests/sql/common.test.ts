import { describe, expect, it } from 'vitest';
import {
  SCHEMA,
  buildFactListSql,
  buildIndicatorsSql,
  buildMapLatestYearSql,
  buildMapRegionsSql,
  buildMapSql,
  buildMapViewSql,
  buildRankingSql,
  buildRegionFactsSql,
  buildRegionRanksSql,
  buildSourcesForFactsSql,
  buildTrendSql,
  buildYearsSql,
} from '../../src/lib/sql';

const HOSTILE = "x' OR 1=1 --";
const map = {
  indicator: HOSTILE,
  time: 'stock',
  year: 2023,
  level: 'prefecture',
  parent: HOSTILE,
  measure: 'share',
  targets: true,
} as const;

const queries = {
  indicators: buildIndicatorsSql({ theme: 'coverage' }),
  map: buildMapSql(map),
  ranking: buildRankingSql(map),
  mapView: buildMapViewSql({
    indicator: HOSTILE,
    level: 'prefecture',
    parent: HOSTILE,
  }),
  mapRegions: buildMapRegionsSql(map),
  mapLatestYear: buildMapLatestYearSql({
    indicator: HOSTILE,
    kind: 'cumulative',
  }),
  trend: buildTrendSql({ indicator: HOSTILE, region: HOSTILE }),
  regionFacts: buildRegionFactsSql({ region: HOSTILE, includeDescendants: true }),
  regionRanks: buildRegionRanksSql({ region: HOSTILE, year: 2020 }),
  sources: buildSourcesForFactsSql({ factIds: [HOSTILE, 'A0001'] }),
  years: buildYearsSql({ indicator: HOSTILE, time: 'period', targets: false }),
  factList: buildFactListSql({ theme: 'coverage', indicator: HOSTILE, year: 2020 }),
};

describe('every builder', () => {
  it.each(Object.entries(queries))('%s has one ? per parameter', (_, q) => {
    expect(q.sql.match(/\?/g)?.length ?? 0).toBe(q.params.length);
  });

  it.each(Object.entries(queries))('%s keeps input values out of the SQL text', (_, q) => {
    expect(q.sql).not.toContain(HOSTILE);
    expect(q.sql).not.toContain('A0001');
  });

  it('reads facts through the views that add the user layer, and regions from the embedded alias', () => {
    expect(SCHEMA.facts).toBe('all_facts');
    expect(queries.factList.sql).toContain('all_facts');
    // The region's facts list reads both layers apart, to match ENUM codes in the scan.
    expect(queries.regionFacts.sql).toContain('mz.facts');
    expect(queries.regionFacts.sql).toContain('user_facts');
    expect(queries.map.sql).toContain('mz.regions');
  });

  it('reads the map from the embedded and the user aggregate, never the facts', () => {
    const fromMapAgg = [
      queries.map,
      queries.ranking,
      queries.mapView,
      queries.mapLatestYear,
      queries.years,
      queries.trend,
      queries.regionRanks,
    ];
    for (const q of fromMapAgg) {
      expect(q.sql).toContain('mz.map_agg');
      expect(q.sql).toContain('user_map_agg');
      expect(q.sql).not.toContain('all_facts');
    }
  });

  it('reads the indicator list from the embedded and the user catalogue, never the facts', () => {
    expect(queries.indicators.sql).toContain('mz.indicator_stats');
    expect(queries.indicators.sql).toContain('user_indicator_stats');
    expect(queries.indicators.sql).not.toContain('all_facts');
  });
});
