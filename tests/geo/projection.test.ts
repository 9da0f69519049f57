import { describe, expect, it } from 'vitest';
import { buildBoundaries } from '../../scripts/regions.topojson';
import { createChinaProjection, createNanhaiInset } from '../../src/lib/geo/projection';
import { featuresOf } from '../../src/lib/geo/topology';

const topo = buildBoundaries();
const provinces = featuresOf(topo, 'provinces');

describe('createChinaProjection(width, height, features)', () => {
  const projection = createChinaProjection(800, 600, provinces);
  const beijing = projection([116.4, 39.9]);
  const chengdu = projection([104.07, 30.67]);

  it('puts Beijing north-east of Chengdu', () => {
    expect(beijing && chengdu).toBeTruthy();
    if (!beijing || !chengdu) return;
    expect(beijing[0]).toBeGreaterThan(chengdu[0]);
    expect(beijing[1]).toBeLessThan(chengdu[1]);
  });

  it('keeps both cities inside the frame', () => {
    for (const [x, y] of [beijing, chengdu].filter((p): p is [number, number] => p !== null)) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(800);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(600);
    }
  });
});

describe('createNanhaiInset(width, height)', () => {
  it('places a box about a sixth of the width in the bottom-right corner', () => {
    const { box } = createNanhaiInset(900, 900);
    expect(box.width).toBeCloseTo(150, 0);
    expect(box.x + box.width).toBeLessThanOrEqual(900);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    expect(box.x).toBeGreaterThan(600);
  });

  it('projects the inset drawing into its box', () => {
    const { projection, box } = createNanhaiInset(900, 600);
    const frame = featuresOf(topo, 'nanhai').features.find((f) => f.id === 'frame');
    expect(frame?.geometry.type).toBe('MultiPolygon');
    if (frame?.geometry.type !== 'MultiPolygon') return;
    for (const [lon, lat] of frame.geometry.coordinates.flat(2)) {
      const p = projection([lon ?? 0, lat ?? 0]);
      expect(p?.[0]).toBeGreaterThanOrEqual(box.x - 0.5);
      expect(p?.[0]).toBeLessThanOrEqual(box.x + box.width + 0.5);
      expect(p?.[1]).toBeGreaterThanOrEqual(box.y - 0.5);
      expect(p?.[1]).toBeLessThanOrEqual(box.y + box.height + 0.5);
    }
  });
});
