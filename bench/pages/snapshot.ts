import { geoPath, scaleQuantize, schemeBlues, select } from 'd3';
import type { Topology } from 'topojson-specification';
import { createChinaProjection } from '../../src/lib/geo/projection';
import { featuresOf } from '../../src/lib/geo/topology';

type Row = Record<string, unknown>;
const isMapRow = (r: Row | undefined): boolean =>
  !!r && 'code' in r && 'raw_value' in r && 'n_candidates' in r;

/**
 * The floor for first paint: the same boundaries and the same build-time snapshot as the
 * app, fetched and drawn with d3 alone — no framework, no engine, no other panels.
 */
async function paint(): Promise<void> {
  const data = new URL('../app/data/', location.href);
  const [snapshot, topology] = await Promise.all([
    fetch(new URL('snapshot.json', data)).then(
      (r) => r.json() as Promise<{ entries: Record<string, Row[]> }>,
    ),
    fetch(new URL('china.topo.json', data)).then((r) => r.json() as Promise<Topology>),
  ]);
  const rows = Object.values(snapshot.entries).find((e) => isMapRow(e[0])) ?? [];
  const values = new Map(rows.map((r) => [String(r.code), r.value as number | null]));
  const provinces = featuresOf(topology, 'provinces');
  const [width, height] = [800, 600];
  const path = geoPath(createChinaProjection(width, height, provinces));
  const known = [...values.values()].filter((v): v is number => v !== null);
  const color = scaleQuantize<string>()
    .domain([Math.min(...known), Math.max(...known)])
    .range(schemeBlues[7]!);
  select('svg')
    .attr('data-testid', 'choropleth')
    .attr('width', width)
    .attr('height', height)
    .append('g')
    .attr('class', 'regions')
    .selectAll('path')
    .data(provinces.features)
    .join('path')
    .attr('data-code', (f) => String(f.id))
    .attr('d', path)
    .attr('fill', (f) => {
      const v = values.get(String(f.id));
      return v === null || v === undefined ? '#e5e5e5' : color(v);
    });
}

void paint();
