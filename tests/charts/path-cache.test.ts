// @vitest-environment jsdom
import { geoEquirectangular, geoMercator } from 'd3';
import { describe, expect, it } from 'vitest';
import { createColorScale, renderChoropleth, type ChoroplethInput } from '../../src/lib/charts';
import { features, format, labels, nanhai, text, values } from '../fixtures/charts/provinces';
import { createSvg, serialize } from '../fixtures/charts/render';

const scale = createColorScale(
  values.map((v) => v.value),
  { id: 'map' },
);

function draw(
  projection: ChoroplethInput['projection'],
  size: { width: number; height: number },
  vals = values,
): string {
  const svg = createSvg();
  renderChoropleth(
    svg,
    { features, values: vals, scale, nanhai, projection, text, format, labels },
    size,
  );
  return serialize(svg);
}

describe('renderChoropleth with outlines kept between renders', () => {
  it('draws what a first render draws, after the values, then the size, change', () => {
    const kept = geoMercator();
    const small = { width: 480, height: 400 };
    const large = { width: 720, height: 560 };
    draw(kept, small);
    const fewer = values.map((v, i) => (i % 2 ? { ...v, value: null } : v));
    // New values on a projection whose paths are kept: same as on a fresh projection.
    expect(draw(kept, small, fewer)).toBe(draw(geoMercator(), small, fewer));
    // A new size refits the projection: the kept paths of the old size are not reused.
    const resized = draw(kept, large);
    expect(resized).toBe(draw(geoMercator(), large));
    expect(resized).not.toBe(draw(kept, small));
  });

  it('tells projections of another kind apart under the same parameters', () => {
    const size = { width: 480, height: 400 };
    const mercator = draw(geoMercator(), size);
    expect(draw(geoEquirectangular(), size)).not.toBe(mercator);
    expect(draw(geoEquirectangular(), size)).toBe(draw(geoEquirectangular(), size));
    expect(draw(geoMercator(), size)).toBe(mercator);
  });

  it('follows a projection changed by the caller between renders', () => {
    const kept = geoMercator();
    const size = { width: 480, height: 400 };
    draw(kept, size);
    kept.rotate([-10, 0]);
    expect(draw(kept, size)).toBe(draw(geoMercator().rotate([-10, 0]), size));
  });
});
