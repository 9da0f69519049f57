/** Shape of the synthetic datasets: ~3,200 gazetteer codes, 26 years, 4 themes, 20 indicators. */
export const INDICATOR_COUNT = 20;
export const SOURCE_COUNT = 200;
export const YEARS = { first: 2000, count: 26 } as const;

/** Share of facts per region level (percent), so a province map has many candidates. */
const LEVEL_CUTS = [
  [4, 'national'],
  [34, 'province'],
  [64, 'prefecture'],
  [100, 'county'],
] as const;

export type LevelCounts = Record<'province' | 'prefecture' | 'county', number>;

/**
 * Fact rows as one INSERT … SELECT over range(): every value is hash(i, k) of the row number,
 * so a dataset is the same on every run. Expects a temp table `lvl_regions(code, name, level, k)`
 * numbering the regions of each level from 0.
 */
export function factsSql(rows: number, counts: LevelCounts): string {
  const level = `CASE ${LEVEL_CUTS.map(([cut, l]) => `WHEN (hash(i * 16 + 2) >> 11) % 100 < ${cut} THEN '${l}'`).join(' ')} END`;
  const pick = `CASE level ${Object.entries(counts)
    .map(([l, n]) => `WHEN '${l}' THEN rk % ${n}`)
    .join(' ')} END`;
  return `INSERT INTO facts
WITH base AS (
  SELECT i, (hash(i * 16 + 1) >> 11) % ${INDICATOR_COUNT} AS ind, ${level} AS level, (hash(i * 16 + 3) >> 11) AS rk,
    ${YEARS.first} + ((hash(i * 16 + 4) >> 11) % ${YEARS.count})::INTEGER AS y, (hash(i * 16 + 5) >> 11) % 100000 AS v,
    (hash(i * 16 + 6) >> 11) % 100 AS kd, (hash(i * 16 + 7) >> 11) % 100 AS q, (hash(i * 16 + 8) >> 11) % 100 AS ut,
    (hash(i * 16 + 9) >> 11) % 200 AS src, 1 + (hash(i * 16 + 10) >> 11) % 12 AS m
  FROM range(${rows}) t(i)
),
coded AS (
  SELECT *, ${pick} AS k,
    CASE WHEN kd < 55 THEN 'outturn' WHEN kd < 80 THEN 'cumulative' WHEN kd < 95 THEN 'target' ELSE 'policy' END AS kind
  FROM base
)
SELECT 'F' || lpad(i::VARCHAR, 8, '0'),
  (['coverage', 'honours', 'trainings', 'funding'])[(ind % 4 + 1)::BIGINT],
  'ind_' || lpad(ind::VARCHAR, 2, '0'),
  r.code, coalesce(r.name, '全国'), c.level,
  CASE WHEN kind = 'cumulative' THEN NULL ELSE y END, y,
  y::VARCHAR || '-' || lpad(m::VARCHAR, 2, '0'),
  v / 10.0, '个',
  CASE WHEN q < 80 THEN 'exact' WHEN q < 90 THEN 'approx' ELSE 'more_than' END,
  kind, NULL,
  CASE WHEN ut < 90 THEN NULL WHEN ut < 97 THEN 'all' ELSE 'school' END,
  'src-' || lpad(src::VARCHAR, 4, '0'),
  NULL, 'synthetic', NULL
FROM coded c LEFT JOIN lvl_regions r ON r.level = c.level AND r.k = c.k
ORDER BY i`;
}
