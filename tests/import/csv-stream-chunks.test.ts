import { beforeAll, describe, expect, it } from 'vitest';
import { importCsvStream, importFile } from '../../src/lib/import';
import { detectEncoding } from '../../src/lib/import/decode';
import { gazetteer } from './helpers';

/**
 * Regression: a >64 MiB UTF-8 yearbook once failed in the browser with "No column or header
 * row of region names" and passed on a rerun. The stream's encoding is decided on its first
 * ≥64 KiB, gathered from whatever chunks `File.stream()` yields; under load the chunks came
 * in other sizes, the sample ended inside a 3-byte character, strict UTF-8 validation
 * refused it, and the file was decoded as GB18030 (region names turned to mojibake).
 */

const SAMPLE_BYTES = 64 * 1024;
const PROVINCES = ['北京市', '天津市', '河北省', '山西省', '内蒙古自治区'];

/** The browser test's yearbook in miniature: Chinese remarks make most bytes multi-byte. */
function yearbook(): Uint8Array {
  const remark = '统计口径说明：按常住人口计算，含驻地单位。'.repeat(24);
  const lines = ['地区,年份,指标,数值,说明'];
  for (const name of PROVINCES)
    for (let y = 0; y < 16; y++) lines.push(`${name},${2000 + y},流式指标,${y * 13}.5,${remark}`);
  return new TextEncoder().encode(lines.join('\n'));
}

const isContinuation = (byte: number) => (byte & 0xc0) === 0x80;

/** The first offset at or after `from` that falls inside a multi-byte character. */
function midCharacter(bytes: Uint8Array, from: number): number {
  let at = from;
  while (!isContinuation(bytes[at]!)) at++;
  return at;
}

/** A stream that yields `bytes` cut at `cuts` (ascending offsets; repeats give empty chunks). */
function streamOf(bytes: Uint8Array, cuts: number[]): ReadableStream<Uint8Array> {
  const ends = [...cuts, bytes.length];
  return new ReadableStream({
    start(c) {
      let from = 0;
      for (const end of ends) {
        c.enqueue(bytes.slice(from, end));
        from = end;
      }
      c.close();
    },
  });
}

/** Cuts every `step` bytes from `from` up to `to`. */
const every = (step: number, from: number, to: number) =>
  Array.from({ length: Math.ceil((to - from) / step) }, (_, i) => from + i * step);

let g: ReturnType<typeof gazetteer>;
beforeAll(() => {
  g = gazetteer();
});

describe('importCsvStream(chunks cut at awkward places)', () => {
  const bytes = yearbook();
  const mid = midCharacter(bytes, SAMPLE_BYTES);
  const splits: [string, number[]][] = [
    ['the 64 KiB sample ends inside a character', [mid]],
    ['a 1-byte chunk ends the sample inside a character', [mid - 1, mid]],
    ['the chunks are 64 KiB and the second one ends inside a character', [SAMPLE_BYTES, mid]],
    ['1-byte chunks up to past the sample', every(1, 1, SAMPLE_BYTES + 7)],
    ['an empty first chunk, then a cut inside a character', [0, mid]],
    ['a first chunk shorter than the header row', [5, mid]],
    ['4 KiB chunks, many of them inside a character', every(4096, 4096, bytes.length)],
    ['a cut inside the header row and inside a data line', [3, 1700]],
  ];

  it('cuts the sample inside a character in these cases (the test would be moot otherwise)', () => {
    expect(bytes.length).toBeGreaterThan(SAMPLE_BYTES * 1.5);
    expect(isContinuation(bytes[mid]!)).toBe(true);
    expect(mid - SAMPLE_BYTES).toBeLessThan(3);
  });

  it.each(splits)('reads the same table as the whole file when %s', async (_, cuts) => {
    const options = { resolver: g.resolver, regionName: (c: string) => g.names.get(c) };
    const whole = await importFile({ name: 'big-yearbook.csv', bytes }, options);
    const streamed = await importCsvStream(
      { name: 'big-yearbook.csv', stream: streamOf(bytes, cuts), size: bytes.length },
      options,
    );
    if (!streamed.ok) throw new Error(`${streamed.error.file}: ${streamed.error.message}`);
    expect(streamed.report.encoding).toMatchObject({ encoding: 'utf-8' });
    expect(streamed.report.regions.matched).toBe(PROVINCES.length);
    expect(whole.ok && streamed.table).toEqual(whole.ok && whole.table);
  });
});

describe('detectEncoding(the first bytes of a longer input)', () => {
  const bytes = yearbook();

  it('takes UTF-8 when the bytes end inside a character', () => {
    const cut = bytes.subarray(0, midCharacter(bytes, 100));
    expect(detectEncoding(cut, 'a.csv', undefined, { prefix: true })).toMatchObject({
      ok: true,
      value: { encoding: 'utf-8' },
    });
  });

  it('still refuses UTF-8 for a whole input that ends inside a character', () => {
    const cut = bytes.subarray(0, midCharacter(bytes, 5000));
    expect(detectEncoding(cut, 'a.csv')).toMatchObject({ value: { encoding: 'gb18030' } });
  });

  it('still refuses UTF-8 for a prefix with an invalid byte before its end', () => {
    // 北京,1 in GBK, many times, cut after the first byte of a double-byte character.
    const line = [0xb1, 0xb1, 0xbe, 0xa9, 0x2c, 0x31, 0x0a];
    const gbk = new Uint8Array([...Array.from({ length: 500 }, () => line).flat(), 0xb1]);
    expect(detectEncoding(gbk, 'a.csv', undefined, { prefix: true })).toMatchObject({
      ok: true,
      value: { encoding: 'gb18030' },
    });
  });
});
