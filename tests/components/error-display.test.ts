import { describe, expect, it } from 'vitest';
import { errorDetails, errorHeadline } from '../../src/components/error-display';
import { DataLoadError, QueryError } from '../../src/lib/db/errors';

describe('errorHeadline(error, lang) and errorDetails(error)', () => {
  it('names query failures and shows their SQL', () => {
    const e = new QueryError('Binder Error', 'SELECT x FROM mz.facts');
    expect(errorHeadline(e, 'zh')).toBe('查询失败');
    expect(errorHeadline(e, 'en')).toBe('Query failed');
    expect(errorDetails(e)).toBe('SELECT x FROM mz.facts');
  });
  it('names data-load failures and shows the URL', () => {
    const e = new DataLoadError('404', '/data/facts.duckdb');
    expect(errorHeadline(e, 'zh')).toBe('数据加载失败');
    expect(errorDetails(e)).toBe('/data/facts.duckdb');
  });
  it('recognises errors rebuilt across the worker by name', () => {
    const e = Object.assign(new Error('boom'), { name: 'QueryError', sql: 'SELECT 1' });
    expect(errorHeadline(e, 'zh')).toBe('查询失败');
    expect(errorDetails(e)).toBe('SELECT 1');
  });
  it('has a generic headline and no details for other errors', () => {
    expect(errorHeadline(new TypeError('x'), 'en')).toBe('Something went wrong');
    expect(errorDetails(new TypeError('x'))).toBe('');
  });
});
