import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding } from '../../src/lib/import/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
// 北京 in GBK.
const GBK_BEIJING = [0xb1, 0xb1, 0xbe, 0xa9];

describe('detectEncoding(bytes)', () => {
  it('takes UTF-8 with and without BOM', () => {
    expect(detectEncoding(utf8('地区,1'), 'a.csv')).toMatchObject({
      ok: true,
      value: { encoding: 'utf-8', bom: false },
    });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('地区')]);
    const r = detectEncoding(bom, 'a.csv');
    expect(r).toMatchObject({ ok: true, value: { encoding: 'utf-8', bom: true } });
    if (r.ok) expect(decodeText(bom, r.value)).toBe('地区');
  });

  it('takes UTF-16 by BOM, and little-endian without one', () => {
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x30, 0x57]), 'a.tsv')).toMatchObject({
      value: { encoding: 'utf-16le' },
    });
    expect(detectEncoding(new Uint8Array([0xfe, 0xff, 0x57, 0x30]), 'a.tsv')).toMatchObject({
      value: { encoding: 'utf-16be' },
    });
    const le = new Uint8Array([...'a,b\n1,2\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(detectEncoding(le, 'a.csv')).toMatchObject({
      value: { encoding: 'utf-16le', bom: false },
    });
  });

  it('falls back to GB18030 for GBK bytes, which decode in Node', () => {
    const bytes = new Uint8Array([...GBK_BEIJING, 0x2c, 0x31]);
    const r = detectEncoding(bytes, 'nbs.csv');
    expect(r).toMatchObject({ ok: true, value: { encoding: 'gb18030', source: 'detected' } });
    if (r.ok) expect(decodeText(bytes, r.value)).toBe('北京,1');
  });

  it('honours an override and refuses an unknown label', () => {
    expect(detectEncoding(utf8('abc'), 'a.csv', 'gbk')).toMatchObject({
      value: { encoding: 'gbk', source: 'override' },
    });
    expect(detectEncoding(utf8('abc'), 'a.csv', 'klingon')).toMatchObject({
      ok: false,
      error: { code: 'encoding' },
    });
  });

  it('calls binary data binary', () => {
    const bytes = new Uint8Array(2048).map((_, i) => (i * 7919) % 256);
    expect(detectEncoding(bytes, 'x.csv')).toMatchObject({
      ok: false,
      error: { code: 'binary', file: 'x.csv' },
    });
  });
});
