import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildYearsSql } from '../../src/lib/sql';
import { openFixtureDb, type FixtureDb } from './fixture-db';

describe('buildYearsSql(input)', () => {
  let db: FixtureDb;
  beforeAll(async () => {
    db = await openFixtureDb();
  });
  afterAll(() => db.close());

  it('lists outturn years in period mode', async () => {
    const rows = await db.rows(
      buildYearsSql({ indicator: 'demo_units_named', time: 'period', targets: false }),
    );
    expect(rows).toEqual([
      { year: 2019, n_regions: 2, has_national: true },
      { year: 2023, n_regions: 6, has_national: true },
    ]);
  });

  it('lists target years when targets are on', async () => {
    const rows = await db.rows(
      buildYearsSql({ indicator: 'demo_units_named', time: 'period', targets: true }),
    );
    expect(rows.map((r) => r.year)).toEqual([2025]);
  });

  it('lists stock years in stock mode', async () => {
    const rows = await db.rows(
      buildYearsSql({ indicator: 'demo_units_named', time: 'stock', targets: true }),
    );
    expect(rows.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023]);
  });

  it('returns nothing for a hostile indicator', async () => {
    const q = buildYearsSql({ indicator: "x' OR 1=1 --", time: 'period', targets: false });
    expect(await db.rows(q)).toEqual([]);
  });
});
