import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/schema';

describe('parseCsv(file, text)', () => {
  it('reads quoted fields with commas, doubled quotes and CRLF', () => {
    const csv = parseCsv('x.csv', 'a,b\r\n"1,5","say ""hi"""\r\n2,\r\n');
    expect(csv.columns).toEqual(['a', 'b']);
    expect(csv.records.map((r) => r.values)).toEqual([
      { a: '1,5', b: 'say "hi"' },
      { a: '2', b: '' },
    ]);
  });

  it('keeps the line each record starts on, across quoted newlines', () => {
    const csv = parseCsv('x.csv', 'a,b\n"multi\nline",1\n3,4');
    expect(csv.records.map((r) => r.line)).toEqual([2, 4]);
  });

  it('strips a BOM and skips blank lines', () => {
    const csv = parseCsv('x.csv', '\uFEFFa\n\n1\n');
    expect(csv.columns).toEqual(['a']);
    expect(csv.records).toHaveLength(1);
  });
});
