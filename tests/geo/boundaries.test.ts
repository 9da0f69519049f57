import { describe, expect, it } from 'vitest';
import { geoArea, geoBounds } from 'd3';
import { feature } from 'topojson-client';
import { buildBoundaries, decodeRing, stableStringify } from '../../scripts/regions.topojson';
import { featuresOf } from '../../src/lib/geo/topology';

const PROVINCES = [
  '110000',
  '120000',
  '130000',
  '140000',
  '150000',
  '210000',
  '220000',
  '230000',
  '310000',
  '320000',
  '330000',
  '340000',
  '350000',
  '360000',
  '370000',
  '410000',
  '420000',
  '430000',
  '440000',
  '450000',
  '460000',
  '500000',
  '510000',
  '520000',
  '530000',
  '540000',
  '610000',
  '620000',
  '630000',
  '640000',
  '650000',
  '710000',
  '810000',
  '820000',
];

const topo = buildBoundaries();
const text = stableStringify(topo);

describe('decodeRing(encoded, offset, scale)', () => {
  it('undoes zigzag and delta encoding from the offset', () => {
    // "@@" is a zero step; "BA" steps +1 in x and -1 in y.
    expect(decodeRing('@@BA', [1024, 2048], 1024)).toEqual([
      [1, 2],
      [1 + 1 / 1024, 2 - 1 / 1024],
    ]);
  });
});

describe('buildBoundaries()', () => {
  const provinces = featuresOf(topo, 'provinces').features;
  const prefectures = featuresOf(topo, 'prefectures').features;

  it('has a shape for each of the 34 provinces', () => {
    expect(provinces.map((f) => f.id).sort()).toEqual([...PROVINCES].sort());
    for (const f of provinces) expect(geoArea(f)).toBeGreaterThan(0);
  });

  it('keys prefectures by 6-digit codes under a known province', () => {
    expect(prefectures.length).toBeGreaterThan(330);
    for (const f of prefectures) {
      expect(String(f.id)).toMatch(/^\d{6}$/);
      expect(PROVINCES).toContain(`${String(f.id).slice(0, 2)}0000`);
    }
  });

  it('replaces superseded prefecture codes and dissolves 莱芜 into 济南', () => {
    const ids = new Set(prefectures.map((f) => f.id));
    for (const code of ['460400', '540400', '650400', '370100']) expect(ids).toContain(code);
    for (const code of ['469003', '542600', '652100', '371200']) expect(ids).not.toContain(code);
  });

  it('decodes to coordinates inside China', () => {
    const [[x0, y0], [x1, y1]] = geoBounds(featuresOf(topo, 'prefectures'));
    expect(x0).toBeGreaterThan(73);
    expect(x1).toBeLessThan(136);
    expect(y0).toBeGreaterThan(3);
    expect(y1).toBeLessThan(54);
  });

  it('winds every ring clockwise so d3 fills the region, not the globe', () => {
    for (const f of [...provinces, ...prefectures]) expect(geoArea(f)).toBeLessThan(0.1);
  });

  it('includes the South China Sea inset drawing', () => {
    const parts = featuresOf(topo, 'nanhai').features;
    expect(parts.map((f) => f.id)).toEqual(['coast', 'dashes', 'frame']);
    const dashes = feature(topo, topo.objects.nanhai).features.find((f) => f.id === 'dashes');
    expect(dashes?.geometry.type === 'MultiPolygon' && dashes.geometry.coordinates.length).toBe(10);
  });

  it('is byte-identical when rebuilt', () => {
    expect(stableStringify(buildBoundaries())).toBe(text);
  });

  it('stays under 1 MB', () => {
    expect(new TextEncoder().encode(text).length).toBeLessThan(1_000_000);
  });
});
