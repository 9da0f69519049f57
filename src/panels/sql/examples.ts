import type { SqlMessages } from './messages';

export type ExampleId = keyof SqlMessages['exampleNames'];

export interface ExampleQuery {
  id: ExampleId;
  sql: string;
}

/** Starting points that show the tables and what the quick chart can draw. */
export function exampleQueries(lang: 'zh' | 'en'): ExampleQuery[] {
  const regionName = lang === 'zh' ? 'r.name' : 'r.name_en';
  return [
    {
      id: 'factsPerTheme',
      sql: `SELECT theme, count(*) AS facts
FROM mz.facts
GROUP BY theme
ORDER BY facts DESC`,
    },
    {
      id: 'topProvinces',
      sql: `-- Units named per batch (outturn) at province level, summed over batches
SELECT ${regionName} AS province, sum(f.value) AS units_named
FROM mz.facts AS f
JOIN mz.regions AS r ON r.code = f.region_code
WHERE f.indicator_id = 'demo_units_named'
  AND f.region_level = 'province'
  AND f.kind = 'outturn'
GROUP BY province
ORDER BY units_named DESC
LIMIT 15`,
    },
    {
      id: 'sourcesByReliability',
      sql: `SELECT reliability, count(*) AS sources
FROM mz.sources
GROUP BY reliability
ORDER BY sources DESC`,
    },
    {
      id: 'factsPerYear',
      sql: `SELECT period_start AS year, count(*) AS facts
FROM mz.facts
WHERE period_start >= 2000
GROUP BY year
ORDER BY year`,
    },
    { id: 'describeFacts', sql: 'DESCRIBE mz.facts' },
  ];
}
