import { geoBounds, geoConicEqualArea, geoIdentity } from 'd3';
import type { GeoIdentityTransform, GeoProjection } from 'd3';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';

/** Polygons lying wholly south of this latitude belong to the South China Sea inset. */
const MAINLAND_SOUTH = 17;
const PADDING = 8;

/** The schematic 南海诸岛 drawing in scripts/regions.topojson.ts: 64 × 93.1 units at 10.5 a degree. */
const NANHAI_EXTENT: [[number, number], [number, number]] = [
  [126, 25 - 93.1 / 10.5],
  [126 + 64 / 10.5, 25],
];

export interface InsetBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Albers-style equal-area conic for China, fitted to the mainland so the southern sea,
 * drawn in its own inset, does not shrink the main map.
 */
export function createChinaProjection(
  width: number,
  height: number,
  features: FeatureCollection | Feature[],
): GeoProjection {
  const list = Array.isArray(features) ? features : features.features;
  const mainland: FeatureCollection<MultiPolygon> = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'MultiPolygon',
          coordinates: list.flatMap((f) => mainlandPolygons(f.geometry)),
        },
      },
    ],
  };
  const projection = geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);
  return projection.fitExtent(
    [
      [PADDING, PADDING],
      [Math.max(PADDING + 1, width - PADDING), Math.max(PADDING + 1, height - PADDING)],
    ],
    mainland,
  );
}

function mainlandPolygons(geometry: Geometry | null): Position[][][] {
  if (!geometry) return [];
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : geometry.type === 'GeometryCollection'
          ? geometry.geometries.flatMap(mainlandPolygons)
          : [];
  return polygons.filter((p) => {
    const ring: Polygon = { type: 'Polygon', coordinates: p };
    return geoBounds(ring)[1][1] >= MAINLAND_SOUTH;
  });
}

/**
 * The standard bottom-right South China Sea inset: a box a sixth of the width (kept to the
 * drawing's proportions) and a planar projection that fills it with the `nanhai` object.
 */
export function createNanhaiInset(
  width: number,
  height: number,
): { projection: GeoIdentityTransform; box: InsetBox } {
  const [[x0, y0], [x1, y1]] = NANHAI_EXTENT;
  const aspect = (x1 - x0) / (y1 - y0);
  const boxHeight = Math.min(height * 0.35, width / 6 / aspect);
  const boxWidth = boxHeight * aspect;
  const box = {
    x: width - boxWidth - PADDING,
    y: height - boxHeight - PADDING,
    width: boxWidth,
    height: boxHeight,
  };
  const outline: Feature<Polygon> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x0, y0],
          [x0, y1],
          [x1, y1],
          [x1, y0],
          [x0, y0],
        ],
      ],
    },
  };
  const projection = geoIdentity()
    .reflectY(true)
    .fitExtent(
      [
        [box.x, box.y],
        [box.x + box.width, box.y + box.height],
      ],
      outline,
    );
  return { projection, box };
}
