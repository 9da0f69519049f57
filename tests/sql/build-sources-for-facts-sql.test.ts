import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSourcesForFactsSql } from '../../src/lib/sql';
import { openFixtureDb, type FixtureDb } from './fixture-db';

describe('buildSourcesForFactsSql(input)', () => {
  let db: FixtureDb;
  beforeAll(async () => {
    db = await openFixtureDb();
  });
  afterAll(() => db.close());

  it('lists primary and corroborating sources, official first', async () => {
    const rows = await db.rows(buildSourcesForFactsSql({ factIds: ['Y02', 'N02'] }));
    expect(rows.map((r) => [r.source_id, r.reliability, r.is_primary, r.n_facts])).toEqual([
      ['src-gov', 'official', true, 1],
      ['src-yn', 'official', true, 1],
      ['src-repost', 'repost', false, 1],
      ['src-low', 'low', false, 1],
    ]);
    expect(rows[0]).toMatchObject({
      title: '国家民委公告',
      publisher: '国家民委',
      url: 'https://www.neac.gov.cn/a',
    });
  });

  it('counts each source once across facts', async () => {
    const rows = await db.rows(buildSourcesForFactsSql({ factIds: ['Y02', 'Y03', 'Y02'] }));
    expect(rows.map((r) => [r.source_id, r.is_primary, r.n_facts])).toEqual([
      ['src-yn', true, 1],
      ['src-repost', true, 2],
    ]);
  });

  it('binds one parameter per id and returns nothing for no ids', async () => {
    const q = buildSourcesForFactsSql({ factIds: ['Y02', 'N02'] });
    expect(q.params).toEqual(['Y02', 'N02']);
    expect(q.sql.match(/\?/g)).toHaveLength(2);
    expect(await db.rows(buildSourcesForFactsSql({ factIds: [] }))).toEqual([]);
  });

  it('treats hostile ids as plain values', async () => {
    const q = buildSourcesForFactsSql({
      factIds: ["Y02') OR 1=1 --", "'; DROP TABLE mz.facts; --"],
    });
    expect(await db.rows(q)).toEqual([]);
    expect(await db.rows(buildSourcesForFactsSql({ factIds: ['Y02'] }))).toHaveLength(2);
  });
});
