import { describe, expect, it } from 'vitest';
import { errorHeadline, errorMessage } from '../../src/components/error-display';
import { DataLoadError } from '../../src/lib/db/errors';
import { EXPECTED_TABLES, checkSchema } from '../../src/lib/db/schema-check';
import { SCHEMA_VERSION } from '../../src/lib/schema';

describe('checkSchema(manifestVersion, tablesInDatabase)', () => {
  it('accepts a database of this version with every table', () => {
    expect(EXPECTED_TABLES).toContain('map_agg');
    expect(EXPECTED_TABLES).toContain('indicator_stats');
    expect(checkSchema(SCHEMA_VERSION, [...EXPECTED_TABLES, 'something_else'])).toBeNull();
  });

  it('refuses an older database: its version, and the aggregates it lacks', () => {
    const old = EXPECTED_TABLES.filter((t) => t !== 'map_agg' && t !== 'indicator_stats');
    expect(checkSchema(1, old)).toEqual({
      found: 1,
      expected: SCHEMA_VERSION,
      missing: ['map_agg', 'indicator_stats'],
    });
  });

  it('refuses a newer database even when every table this build reads is there', () => {
    expect(checkSchema(SCHEMA_VERSION + 1, EXPECTED_TABLES)).toEqual({
      found: SCHEMA_VERSION + 1,
      expected: SCHEMA_VERSION,
      missing: [],
    });
  });

  it('refuses a manifest without a version, or a database without a table it promises', () => {
    expect(checkSchema(undefined, EXPECTED_TABLES)?.found).toBeNull();
    expect(checkSchema('2', EXPECTED_TABLES)?.found).toBeNull();
    expect(checkSchema(SCHEMA_VERSION, EXPECTED_TABLES.slice(1))?.missing).toEqual([
      EXPECTED_TABLES[0],
    ]);
  });
});

describe('a schema mismatch as the dashboard shows it', () => {
  it('says which versions disagree and what to do, in zh and en', () => {
    const problem = checkSchema(1, EXPECTED_TABLES)!;
    const e = new DataLoadError(
      'database schema version 1',
      '/data/facts.duckdb',
      undefined,
      problem,
    );
    expect(errorHeadline(e, 'zh')).toBe('数据加载失败');
    expect(errorMessage(e, 'zh')).toContain('数据库版本（1）');
    expect(errorMessage(e, 'zh')).toContain(`需要版本 ${SCHEMA_VERSION}`);
    expect(errorMessage(e, 'en')).toContain('schema version 1');
    expect(errorMessage(e, 'en')).toContain(`version ${SCHEMA_VERSION}`);
    // Any other load failure keeps its own message.
    expect(errorMessage(new DataLoadError('HTTP 404', '/x'), 'zh')).toBe('HTTP 404');
  });
});
