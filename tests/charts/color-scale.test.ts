import { schemeBlues } from 'd3';
import { describe, expect, it } from 'vitest';
import { createColorScale } from '../../src/lib/charts';

describe('createColorScale(values, opts)', () => {
  it('rounds quantile breaks to nice numbers that give skewed data one value a class', () => {
    const scale = createColorScale([1, 3, 16, 137, 488]);
    expect(scale.method).toBe('quantile');
    expect(scale.breaks).toEqual([3, 10, 60, 200]);
    expect([1, 3, 16, 137, 488].map((v) => scale.classOf(v))).toEqual([0, 1, 2, 3, 4]);
    expect(scale.classes.map((c) => c.color)).toEqual(schemeBlues[5]);
    expect(scale.classes[0]).toMatchObject({ lower: null, upper: 3 });
    expect(scale.classes[4]).toMatchObject({ lower: 200, upper: null });
  });

  it('rounds a crowded break to a half step (65) before two figures (64)', () => {
    const values = [13, 30, 56, 64, 85, 137];
    expect(createColorScale(values).breaks).toEqual([30, 60, 65, 90]);
    // 0.35 rather than 0.35000000000000003: float noise never reaches the legend.
    expect(createColorScale([0.1, 0.31, 0.33, 0.36, 0.5, 0.9]).breaks).toEqual([
      0.3, 0.35, 0.4, 0.5,
    ]);
  });

  it('gives counts whole breaks (never "< 13.2个")', () => {
    expect(createColorScale([12, 13, 13, 13, 14, 14, 14, 14, 14]).breaks).toEqual([13, 14]);
    // The same spread as fractions keeps its fractional break.
    expect(createColorScale([12, 13, 13, 13, 14, 14, 14, 14, 14.5]).breaks).toEqual([13, 13.2, 14]);
  });

  it('fills missing values with the hatch pattern, never a class colour', () => {
    const scale = createColorScale([1, null, 5, 9], { id: 'map' });
    expect(scale.missingId).toBe('map-missing');
    expect(scale.fill(null)).toBe('url(#map-missing)');
    expect(scale.classOf(null)).toBeNull();
    expect(scale.fill(Number.NaN)).toBe('url(#map-missing)');
  });

  it('uses equal nice steps for quantize', () => {
    const scale = createColorScale([1, 3, 16, 137, 488], { method: 'quantize' });
    expect(scale.breaks).toEqual([100, 200, 300, 400]);
  });

  it('keeps given thresholds for threshold, even beyond the data, so years compare', () => {
    const scale = createColorScale([5, 50], { method: 'threshold', thresholds: [100, 10, 1000] });
    expect(scale.breaks).toEqual([10, 100, 1000]);
    expect(scale.classes).toHaveLength(4);
    expect(scale.fill(5)).toBe(schemeBlues[4]?.[0]);
  });

  it('does not throw or produce NaN when every value is missing', () => {
    const scale = createColorScale([null, null]);
    expect(scale.classes).toEqual([]);
    expect(scale.extent).toBeNull();
    expect(scale.fill(null)).toBe(scale.missingFill);
    expect(scale.fill(3)).not.toMatch(/NaN|undefined/);
    expect(createColorScale([]).classes).toEqual([]);
  });

  it('makes one class from a single value or identical values', () => {
    for (const values of [[42], [7, 7, 7, null]]) {
      const scale = createColorScale(values);
      expect(scale.breaks).toEqual([]);
      expect(scale.classes).toHaveLength(1);
      expect(JSON.stringify(scale.classes)).not.toMatch(/NaN|null,"color":null/);
      expect(scale.classOf(values[0] ?? 0)).toBe(0);
    }
  });

  it('clamps the class count to 3–7 and merges breaks that round together', () => {
    expect(createColorScale([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { classes: 12 }).classes).toHaveLength(
      7,
    );
    const ties = createColorScale([0, 0, 0, 0, 5]);
    expect(ties.breaks).toEqual([1]);
    expect(ties.classes).toHaveLength(2);
  });

  it('rejects an id prefix that would break url(#…) references', () => {
    expect(() => createColorScale([1], { id: 'a b' })).toThrow(RangeError);
  });
});
