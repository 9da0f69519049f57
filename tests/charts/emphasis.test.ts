// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import {
  createColorScale,
  emphasizeMap,
  emphasizeRanking,
  renderChoropleth,
  renderRanking,
  type RegionValue,
} from '../../src/lib/charts';
import { geoIdentity, type GeoProjection } from 'd3';
import type { FeatureCollection } from 'geojson';

const square = (id: string, x: number): FeatureCollection['features'][number] => ({
  type: 'Feature',
  id,
  properties: { name: id },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, 0],
        [x, 1],
        [x + 1, 1],
        [x + 1, 0],
        [x, 0],
      ],
    ],
  },
});
const features: FeatureCollection = {
  type: 'FeatureCollection',
  features: [square('110000', 0), square('530000', 2)],
};
const values: RegionValue[] = [
  { code: '110000', name: 'Beijing', value: 3, qualifier: 'exact' },
  { code: '530000', name: 'Yunnan', value: 16, qualifier: 'exact' },
];
const text = { title: 'T', source: 'S' };
const svgNode = () => document.createElementNS('http://www.w3.org/2000/svg', 'svg');

describe('emphasizeMap(svg, emphasis)', () => {
  it('outlines the selected and hovered regions without replacing any element', () => {
    const svg = svgNode();
    const onSelect = vi.fn();
    renderChoropleth(
      svg,
      {
        features,
        values,
        scale: createColorScale([3, 16]),
        projection: geoIdentity().reflectY(true) as unknown as GeoProjection,
        text,
        format: String,
        labels: { missing: '—' },
        onSelect,
      },
      { width: 300, height: 200 },
    );
    const before = svg.querySelector('path[data-code="530000"]');
    emphasizeMap(svg, { selected: '530000', highlighted: '110000' });
    const after = svg.querySelector('path[data-code="530000"]');
    expect(after).toBe(before);
    expect(after?.getAttribute('stroke')).toBe('#000000');
    expect(after?.getAttribute('aria-pressed')).toBe('true');
    expect(svg.querySelector('path[data-code="110000"]')?.getAttribute('stroke')).toBe('#525252');
    // The element still carries its handlers: a click after hover selects.
    after?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onSelect).toHaveBeenCalledWith('530000');
    emphasizeMap(svg, { selected: null, highlighted: null });
    expect(after?.getAttribute('stroke')).toBe('#ffffff');
  });
});

describe('emphasizeRanking(svg, emphasis)', () => {
  it('outlines and bolds the selected row and clears it again', () => {
    const svg = svgNode();
    renderRanking(
      svg,
      { values, text, format: String, labels: { missing: '—' } },
      { width: 300, height: 200 },
    );
    emphasizeRanking(svg, { selected: '530000', highlighted: null });
    const row = svg.querySelector('g.row[data-code="530000"]');
    expect(row?.querySelector('rect.bar')?.getAttribute('stroke')).toBe('#000000');
    expect(row?.querySelector('text')?.getAttribute('font-weight')).toBe('bold');
    emphasizeRanking(svg, { selected: null, highlighted: null });
    expect(row?.querySelector('rect.bar')?.hasAttribute('stroke')).toBe(false);
  });
});
