import type { SqlQuery } from '../../../src/lib/db/query';
import {
  buildIndicatorsSql,
  buildRegionFactsSql,
  buildRegionRanksSql,
  buildTrendSql,
  type IndicatorsInput,
  type RegionRanksInput,
  type TrendInput,
} from '../../../src/lib/sql';
import { INDICATOR_COUNT } from '../../lib/synthetic';

/** The dashboard's panels besides the map. */
export type Panel = 'trend' | 'indicators' | 'region_ranks' | 'region_facts';

/** Regions the panels are asked about: two provinces and two prefectures of the gazetteer. */
const REGIONS = ['530000', '450000', '532300', '451000'];
const indicator = (i: number) => `ind_${String(i % INDICATOR_COUNT).padStart(2, '0')}`;

/**
 * Inputs per panel, as a person meets them: the trend of an indicator for the country and
 * for selected regions, the indicator list of each theme, a region's ranks and facts.
 * Every query is distinct, so a per-query cache never answers one.
 */
export const PANEL_INPUTS = {
  trend: [null, ...REGIONS].map((region, i): TrendInput => ({ indicator: indicator(i), region })),
  indicators: (['coverage', 'honours', 'trainings', 'funding'] as const).map(
    (theme): IndicatorsInput => ({ theme }),
  ),
  region_ranks: REGIONS.map((region): RegionRanksInput => ({ region, year: null })),
  // Prefectures only: a province with its descendants lists ~300,000 facts at 10M.
  region_facts: REGIONS.slice(2),
};

/** The app's queries for PANEL_INPUTS. */
export function panelQueries(): Record<Panel, SqlQuery[]> {
  return {
    trend: PANEL_INPUTS.trend.map(buildTrendSql),
    indicators: PANEL_INPUTS.indicators.map(buildIndicatorsSql),
    region_ranks: PANEL_INPUTS.region_ranks.map(buildRegionRanksSql),
    region_facts: PANEL_INPUTS.region_facts.map((region) =>
      buildRegionFactsSql({ region, includeDescendants: true }),
    ),
  };
}

/** The panels the browser page times (the region facts list scans the facts either way). */
export const PAGE_PANELS: Panel[] = ['trend', 'indicators', 'region_ranks'];
