import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { featuresOf, parseBoundaries } from '../../src/lib/geo/topology';
import type { Topology } from 'topojson-specification';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/geo/${name}`, import.meta.url), 'utf8');
const NAMES: Record<string, string> = {
  北京市: '110000',
  北京: '110000',
  天津: '120000',
  天津市: '120000',
};
const resolve = (key: string): string | null => (/^\d{6}$/.test(key) ? key : (NAMES[key] ?? null));

describe('featuresOf(topology, objectName)', () => {
  it('returns the named object as a FeatureCollection', () => {
    const topo = JSON.parse(fixture('two.topo.json')) as Topology;
    expect(featuresOf(topo, 'regions').features).toHaveLength(2);
  });

  it('returns an empty collection for a missing object', () => {
    const topo = JSON.parse(fixture('two.topo.json')) as Topology;
    expect(featuresOf(topo, 'nope').features).toEqual([]);
  });
});

describe('parseBoundaries(text, fileName, resolve)', () => {
  it('keys GeoJSON features by name and lists names it cannot resolve', () => {
    const result = parseBoundaries(fixture('by-name.geojson'), 'by-name.geojson', resolve);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.keyedBy).toBe('name');
    expect(result.features.features.map((f) => f.id)).toEqual(['110000', '120000']);
    expect(result.unmatched).toEqual(['Atlantis']);
  });

  it('keys GeoJSON features by a numeric code property', () => {
    const result = parseBoundaries(fixture('by-code.geojson'), 'by-code.geojson', resolve);
    expect(result.ok && result.keyedBy).toBe('code');
    expect(result.ok && result.features.features[0]?.id).toBe('110000');
  });

  it('reads the first object of a TopoJSON, keyed by id or 区划代码', () => {
    const result = parseBoundaries(fixture('two.topo.json'), 'two.topo.json', resolve);
    expect(result.ok && result.features.features.map((f) => f.id)).toEqual(['110000', '120000']);
  });

  it('reports invalid JSON', () => {
    const result = parseBoundaries(fixture('broken.geojson'), 'broken.geojson', resolve);
    expect(!result.ok && result.error).toMatchObject({
      code: 'invalid-json',
      file: 'broken.geojson',
    });
  });

  it('reports JSON that is not geographic', () => {
    const result = parseBoundaries('{"rows": [1, 2]}', 'rows.json', resolve);
    expect(!result.ok && result.error.code).toBe('not-geojson');
  });

  it('reports a TopoJSON object name that does not exist', () => {
    const result = parseBoundaries(fixture('two.topo.json'), 'two.topo.json', resolve, 'counties');
    expect(!result.ok && result.error.code).toBe('no-object');
  });

  it('reports a collection without features', () => {
    const result = parseBoundaries(
      '{"type":"FeatureCollection","features":[]}',
      'empty.geojson',
      resolve,
    );
    expect(!result.ok && result.error.code).toBe('empty');
  });

  it('reports features with neither a code nor a name', () => {
    const text =
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"v":1},"geometry":{"type":"Point","coordinates":[0,0]}}]}';
    const result = parseBoundaries(text, 'anon.geojson', resolve);
    expect(!result.ok && result.error.code).toBe('no-key');
  });
});
