import { geoMercator, type GeoProjection } from 'd3';
import { cachedPaths } from './path-cache';
import type { Feature, FeatureCollection, GeoJsonObject, Geometry } from 'geojson';
import type { ColorScale } from './color-scale';
import { formatValue } from './format-value';
import {
  MARGIN,
  accessibleLabel,
  drawFooter,
  drawHeader,
  focusedCode,
  prepareSvg,
  restoreFocus,
  round,
  type Svg,
} from './frame';
import { bindRegionEvents, type RegionHandlers } from './interaction';
import { renderLegend } from './legend';
import { MAP_OUTLINE } from './emphasis';
import { MISSING_HATCH, ensureHatch } from './patterns';
import { lowReliabilityNotes, summarize } from './summary';
import type { Box, ChartLabels, ChartText, Formatter, RegionValue, Size } from './types';

const STROKE = MAP_OUTLINE;
const INSET = { widthShare: 0.16, maxHeightShare: 0.45, aspect: 1.45, padding: 4, ink: '#737373' };

export type NanhaiShape = Geometry | Feature | FeatureCollection;

export interface ChoroplethInput extends RegionHandlers {
  /** feature.id is the six-digit region code. */
  features: FeatureCollection;
  values: RegionValue[];
  scale: ColorScale;
  selected?: string | null;
  highlighted?: string | null;
  /** South China Sea drawing for the inset; no inset without it. */
  nanhai?: NanhaiShape;
  /** Fitted to the map area on every render (its scale and translate are overwritten). */
  projection: GeoProjection;
  /** Fitted to the nanhai shape and clipped to the inset box; Mercator by default. */
  insetProjection?: GeoProjection;
  /** Defaults to the bottom-right corner of the map area. */
  insetBox?: Box;
  text: ChartText;
  format: Formatter;
  labels: ChartLabels;
}

interface Region {
  code: string;
  feature: Feature;
  value: RegionValue;
}

function toRegions(features: FeatureCollection, values: RegionValue[]): Region[] {
  const byCode = new Map(values.map((v) => [v.code, v]));
  return features.features.map((feature) => {
    const code = String(feature.id ?? '');
    const name = String(feature.properties?.['name'] ?? code);
    const value = byCode.get(code) ?? { code, name, value: null, qualifier: 'exact' as const };
    return { code, feature, value };
  });
}

function state(code: string, input: ChoroplethInput): keyof typeof STROKE {
  if (code === input.selected) return 'selected';
  return code === input.highlighted ? 'highlighted' : 'base';
}

/** Bottom-right of the map area, the customary place for the 南海诸岛 inset. */
function defaultInsetBox(area: Box): Box {
  const height = Math.min(
    area.width * INSET.widthShare * INSET.aspect,
    area.height * INSET.maxHeightShare,
  );
  const width = height / INSET.aspect;
  return {
    x: round(area.x + area.width - width),
    y: round(area.y + area.height - height),
    width: round(width),
    height: round(height),
  };
}

function geometryTypes(o: GeoJsonObject): string[] {
  if (o.type === 'FeatureCollection')
    return (o as FeatureCollection).features.flatMap(geometryTypes);
  if (o.type === 'Feature') {
    const geometry = (o as Feature).geometry;
    return geometry ? geometryTypes(geometry) : [];
  }
  if (o.type === 'GeometryCollection') {
    return (o as Extract<Geometry, { type: 'GeometryCollection' }>).geometries.flatMap(
      geometryTypes,
    );
  }
  return [o.type];
}

function drawInset(svg: Svg, input: ChoroplethInput, regions: Region[], area: Box): void {
  const nanhai = input.nanhai;
  if (!nanhai) return;
  const box = input.insetBox ?? defaultInsetBox(area);
  const pad = INSET.padding;
  const projection = (input.insetProjection ?? geoMercator())
    .fitExtent(
      [
        [box.x + pad, box.y + pad],
        [box.x + box.width - pad, box.y + box.height - pad],
      ],
      nanhai,
    )
    .clipExtent([
      [box.x, box.y],
      [box.x + box.width, box.y + box.height],
    ]);
  const path = cachedPaths(input.features, projection);
  const g = svg.append('g').attr('class', 'inset').attr('aria-hidden', 'true');
  g.append('rect')
    .attr('x', box.x)
    .attr('y', box.y)
    .attr('width', box.width)
    .attr('height', box.height)
    .attr('fill', '#ffffff')
    .attr('stroke', INSET.ink)
    .attr('stroke-width', 1);
  // Neighbouring regions that fall inside the frame (Hainan's islands, coasts) keep their fills.
  const inside = regions.map((r) => ({ r, d: path(r.feature) })).filter((x) => x.d !== '');
  g.selectAll('path.region')
    .data(inside)
    .join('path')
    .attr('class', 'region')
    .attr('d', (x) => x.d)
    .attr('fill', (x) => input.scale.fill(x.r.value.value))
    .attr('stroke', STROKE.base[0])
    .attr('stroke-width', STROKE.base[1]);
  const polygonal = geometryTypes(nanhai).every((t) => t.includes('Polygon'));
  g.append('path')
    .attr('class', 'nanhai')
    .attr('d', path(nanhai) ?? '')
    .attr('fill', polygonal ? INSET.ink : 'none')
    .attr('stroke', INSET.ink)
    .attr('stroke-width', 0.5);
}

export function renderChoropleth(node: SVGSVGElement, input: ChoroplethInput, size: Size): void {
  const { scale, format, labels, text } = input;
  const regions = toRegions(input.features, input.values);
  const rank = { base: 0, highlighted: 1, selected: 2 };
  // Stable sort puts highlighted then selected last, so their outlines are not painted over.
  const ordered = [...regions].sort(
    (a, b) => rank[state(a.code, input)] - rank[state(b.code, input)],
  );
  const values = regions.map((r) => r.value);

  const focus = focusedCode(node);
  const interactive = Boolean(input.onSelect || input.onHover);
  const label = accessibleLabel(text, summarize(values, format, labels));
  const svg = prepareSvg(node, size, label, interactive);
  ensureHatch(node, scale.missingId, MISSING_HATCH);
  const top = drawHeader(svg, text, size);
  const bottom = drawFooter(svg, lowReliabilityNotes(values, labels), text, size);
  const area: Box = {
    x: MARGIN,
    y: top,
    width: Math.max(0, size.width - 2 * MARGIN),
    height: Math.max(0, bottom - top),
  };
  if (regions.length > 0 && area.width > 0 && area.height > 0) {
    input.projection.fitExtent(
      [
        [area.x, area.y],
        [area.x + area.width, area.y + area.height],
      ],
      input.features,
    );
  }
  const path = cachedPaths(input.features, input.projection);

  const marks = svg
    .append('g')
    .attr('class', 'regions')
    .selectAll<SVGPathElement, Region>('path')
    .data(ordered)
    .join('path')
    .attr('d', (r) => path(r.feature))
    .attr('data-code', (r) => r.code)
    .attr('fill', (r) => scale.fill(r.value.value))
    .attr('stroke', (r) => STROKE[state(r.code, input)][0])
    .attr('stroke-width', (r) => STROKE[state(r.code, input)][1])
    .attr('stroke-linejoin', 'round');
  marks.append('title').text((r) => `${r.value.name} ${formatValue(r.value, format, labels)}`);
  bindRegionEvents(marks, (r) => r.code, input, input.selected ?? null);

  drawInset(svg, input, regions, area);

  const legend = svg.append('g');
  const legendNode = legend.node();
  if (legendNode) {
    const legendSize = renderLegend(legendNode, scale, format, labels);
    legend.attr(
      'transform',
      `translate(${area.x},${round(area.y + area.height - legendSize.height)})`,
    );
  }
  restoreFocus(node, focus);
}
