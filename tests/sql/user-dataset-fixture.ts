import type { DuckDBValue } from '@duckdb/node-api';
import type { SqlQuery } from '../../src/lib/db/query';
import { buildInsertUserAggregatesSql, buildInsertUserRowsSql } from '../../src/lib/sql';
import type { FixtureDb } from './fixture-db';

type Row = Record<string, unknown>;

/**
 * A user dataset shaped as the import and extraction panels write them (ids prefixed with
 * the dataset id), with what the map must get right: competing facts of different
 * reliability and qualifier, national figures over one year and over a span, targets,
 * stocks, prefecture and county rows, a type-split row and a row without a code.
 */
export function userDataset(id: string): { sources: Row[]; indicators: Row[]; facts: Row[] } {
  const source = (suffix: string, reliability: string): Row => ({
    source_id: `${id}:${suffix}`,
    title: `${id} ${suffix}`,
    publisher: '用户导入',
    date: null,
    url: null,
    language: 'zh-Hans',
    reliability,
    notes: null,
  });
  const indicator = (n: number): Row => ({
    indicator_id: `${id}_i${n}`,
    theme: 'trainings',
    name_zh: `指标${n}`,
    name_en: `Indicator ${n}`,
    unit: '人次',
    definition: 'imported',
    comparable: true,
    additive: false,
  });
  let n = 0;
  const fact = (
    code: string | null,
    level: string,
    end: number,
    value: number,
    more: Row = {},
  ) => ({
    fact_id: `${id}:${n++}`,
    theme: 'trainings',
    indicator_id: `${id}_i0`,
    region_code: code,
    region_name_raw: code ?? '全国',
    region_level: level,
    period_start: end,
    period_end: end,
    date: null,
    value,
    unit: '人次',
    qualifier: 'exact',
    kind: 'outturn',
    batch: null,
    unit_type: null,
    source_id: `${id}:src`,
    conflict_group: null,
    evidence: `row ${n}`,
    notes: null,
    ...more,
  });
  const stock = { kind: 'cumulative', period_start: null };
  const target = { kind: 'target', period_start: 2021 };
  return {
    sources: [source('src', 'official'), source('rep', 'repost')],
    indicators: [indicator(0), indicator(1)],
    facts: [
      ...[2021, 2022, 2023].flatMap((y) => [
        fact('530000', 'province', y, 100 + y - 2021),
        fact('450000', 'province', y, 40 + y - 2021),
        fact(null, 'national', y, 1000 + y),
      ]),
      fact('620000', 'province', 2022, 7),
      fact('530000', 'province', 2022, 120, { source_id: `${id}:rep` }),
      fact('450000', 'province', 2023, 55, { qualifier: 'approx' }),
      fact('450000', 'province', 2023, 42, { date: '2024-01' }),
      fact(null, 'national', 2023, 3000, { period_start: 2021 }),
      // A national figure that carries a code, dated: it beats the undated 2022 one.
      fact('100000', 'national', 2022, 2500, { date: '2023-01' }),
      fact('530000', 'province', 2025, 300, target),
      fact('450000', 'province', 2025, 90, target),
      fact(null, 'national', 2025, 2000, target),
      fact('530000', 'province', 2020, 500, stock),
      fact('530000', 'province', 2023, 800, stock),
      fact('620000', 'province', 2021, 60, stock),
      fact('620000', 'province', 2021, 65, { ...stock, source_id: `${id}:rep` }),
      fact(null, 'national', 2023, 9000, stock),
      fact('532300', 'prefecture', 2022, 12),
      fact('532300', 'prefecture', 2022, 12),
      fact('532301', 'county', 2026, 3),
      fact('530000', 'province', 2022, 999, { unit_type: 'school' }),
      fact(null, 'province', 2022, 888),
      fact('532301', 'county', 2024, 5, { indicator_id: `${id}_i1` }),
    ],
  };
}

async function runAll(db: FixtureDb, queries: SqlQuery[]): Promise<void> {
  for (const q of queries) await db.connection.run(q.sql, [...q.params] as DuckDBValue[]);
}

/** Adds a dataset as lib/db user-datasets.ts does: rows, then its map aggregate, one transaction. */
export async function insertDataset(db: FixtureDb, id: string, data = userDataset(id)) {
  await db.connection.run('BEGIN TRANSACTION');
  await runAll(db, [
    ...buildInsertUserRowsSql('sources', id, data.sources),
    ...buildInsertUserRowsSql('indicators', id, data.indicators),
    ...buildInsertUserRowsSql('facts', id, data.facts),
    ...buildInsertUserAggregatesSql(id),
  ]);
  await db.connection.run('COMMIT');
}
