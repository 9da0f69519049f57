import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGazetteer } from '../../scripts/gazetteer';
import { writeDatabase } from '../../scripts/lib/write-database';
import { parseCsv, validateData } from '../../src/lib/schema';
import type { MapInput } from '../../src/lib/sql';
import type { FixtureDb } from './fixture-db';

/**
 * The embedded database as `npm run data` writes it (tables and map aggregate), from data/,
 * into a temporary folder: tests do not depend on public/data having been built.
 */
export async function buildEmbeddedDatabase(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'mz-embedded-'));
  const read = (name: string) => parseCsv(`data/${name}`, readFileSync(`data/${name}`, 'utf8'));
  const regions = buildGazetteer();
  const result = validateData({
    facts: read('facts.csv'),
    indicators: read('indicators.csv'),
    sources: read('sources.csv'),
    population: read('population-2020.csv'),
    regionCodes: new Set(regions.map((r) => r.code)),
  });
  if (!result.ok) throw new Error(`data/ does not validate: ${result.issues[0]?.message}`);
  const path = join(dir, 'facts.duckdb');
  await writeDatabase({ ...result.data, regions }, path, dir);
  return path;
}

const MODES = {
  outturn: { time: 'period', targets: false },
  target: { time: 'period', targets: true },
  cumulative: { time: 'stock', targets: false },
} as const;

/**
 * Map inputs covering every indicator, kind and year with data in `db` (ids starting with
 * `prefix`), the default year (null), with `everyMeasure` the years just outside the data,
 * and for stocks the year after each one with data (a year without its own figure shows the
 * latest before it).
 * Provinces cycle through the measures, and about every other year drills (with shares) into
 * the next province with prefecture facts; `everyMeasure` takes every measure and every such
 * province each time.
 */
export async function mapInputsOf(
  db: FixtureDb,
  { prefix = '', everyMeasure = false } = {},
): Promise<MapInput[]> {
  const kinds = (await db.rows({
    sql: `SELECT indicator_id, kind, list(DISTINCT period_end ORDER BY period_end) AS years
      FROM all_facts WHERE kind IN ('outturn', 'target', 'cumulative') AND period_end IS NOT NULL
        AND starts_with(indicator_id, ?)
      GROUP BY ALL ORDER BY ALL`,
    params: [prefix],
  })) as { indicator_id: string; kind: keyof typeof MODES; years: number[] }[];
  const parents = (await db.rows({
    sql: `SELECT indicator_id, list(DISTINCT left(region_code, 2) || '0000' ORDER BY 1) AS parents
      FROM all_facts WHERE region_level = 'prefecture' AND region_code IS NOT NULL
      GROUP BY ALL`,
    params: [],
  })) as { indicator_id: string; parents: string[] }[];
  const parentsOf = new Map(parents.map((p) => [p.indicator_id, p.parents]));
  const measures = ['absolute', 'share', 'per_10m'] as const;
  const inputs: MapInput[] = [];
  let turn = 0;
  for (const { indicator_id: indicator, kind, years } of kinds) {
    const around = everyMeasure
      ? [null, years[0]! - 1, ...years, years.at(-1)! + 1]
      : [null, ...years];
    if (kind === 'cumulative') around.push(...years.map((y) => y + 1));
    const base = { indicator, ...MODES[kind] };
    for (const year of [...new Set(around)]) {
      const mine = everyMeasure ? measures : [measures[inputs.length % measures.length]!];
      for (const measure of mine)
        inputs.push({ ...base, year, level: 'province', parent: null, measure });
      const parents = parentsOf.get(indicator) ?? [];
      const drilled = everyMeasure ? parents : ++turn % 2 ? [] : parents.slice(0, 1);
      if (drilled.length === 1 && parents.length > 1) parents.push(parents.shift()!);
      for (const parent of drilled)
        inputs.push({ ...base, year, level: 'prefecture', parent, measure: 'share' });
    }
  }
  return inputs;
}
