import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/export';

const cols = [{ key: 'v', label: 'value' }];
/** The single data cell of a one-column CSV. */
function cell(value: unknown): string {
  return (
    toCsv(cols, [{ v: value }])
      .slice(1)
      .split('\r\n')[1] ?? ''
  );
}

describe('toCsv(columns, rows)', () => {
  it('starts with a BOM, ends lines with CRLF and keeps Chinese', () => {
    const csv = toCsv(
      [
        { key: 'region', label: '地区' },
        { key: 'amount', label: '金额（元）' },
      ],
      [{ region: '云南省', amount: 36_570_000 }],
    );
    expect(csv).toBe('\uFEFF地区,金额（元）\r\n云南省,36570000\r\n');
  });

  it('quotes embedded quotes, commas and newlines', () => {
    expect(cell('say "hi"')).toBe('"say ""hi"""');
    expect(cell('a,b')).toBe('"a,b"');
    const csv = toCsv(cols, [{ v: 'line 1\nline 2' }]);
    expect(csv).toBe('\uFEFFvalue\r\n"line 1\nline 2"\r\n');
  });

  it('writes null, undefined and missing keys as empty cells', () => {
    const csv = toCsv(
      [
        { key: 'a', label: 'a' },
        { key: 'b', label: 'b' },
        { key: 'c', label: 'c' },
      ],
      [{ a: null, b: undefined }],
    );
    expect(csv).toBe('\uFEFFa,b,c\r\n,,\r\n');
  });

  it('neutralises formula-like strings with a leading quote', () => {
    expect(cell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(cell('+1+1')).toBe("'+1+1");
    expect(cell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(cell('-2+3')).toBe("'-2+3");
    expect(cell('\t=1')).toBe("'\t=1");
    expect(cell('\r=1')).toBe('"\'\r=1"');
    expect(cell('  =1+1')).toBe("'  =1+1");
  });

  it('keeps numbers, including negatives, as numbers', () => {
    expect(cell(-3.5)).toBe('-3.5');
    expect(cell(0)).toBe('0');
    expect(cell(Number.NaN)).toBe('');
  });

  it('neutralises header labels too', () => {
    expect(toCsv([{ key: 'x', label: '=cmd' }], []).startsWith("\uFEFF'=cmd\r\n")).toBe(true);
  });

  it('does not read inherited properties for keys like constructor', () => {
    expect(toCsv([{ key: 'constructor', label: 'c' }], [{}])).toBe('\uFEFFc\r\n\r\n');
  });

  it('writes booleans and dates plainly', () => {
    expect(cell(true)).toBe('true');
    expect(cell(new Date(Date.UTC(2024, 0, 2)))).toBe('2024-01-02T00:00:00.000Z');
  });
});
