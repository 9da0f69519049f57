import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3';

/**
 * Path strings of a feature set under a fitted projection, kept while neither changes: a
 * year move recolours the map but its ~400 outlines stay the same, and projecting them is
 * most of a redraw. Transparent: the strings are exactly what geoPath gives, so the chart
 * stays a pure function of its inputs. A few projections per feature set (the map's and
 * the inset's), the most recent last.
 */
const KEPT_PER_OWNER = 4;
const kept = new WeakMap<object, Map<string, Map<GeoPermissibleObjects, string>>>();

/**
 * Points whose projection tells raw projections apart: the dashboard builds a new
 * projection object per render, so the object cannot be the key. Known fragility: two raw
 * projections that agree on every probe under the same parameters would share paths; no
 * two of d3's do.
 */
const PROBES: [number, number][] = [
  [0, 0],
  [105, 35],
  [73.5, 18.2],
  [134.7, 53.5],
  [-60, -40],
];

/**
 * Every parameter a d3 projection can have; a projection exposes a subset (geoIdentity has
 * no rotate, conics add parallels), so each is read only where it exists.
 */
const PARAMETERS = [
  'scale',
  'translate',
  'rotate',
  'center',
  'angle',
  'reflectX',
  'reflectY',
  'parallels',
  'precision',
  'clipAngle',
  'clipExtent',
] as const;

/** What the projection's output depends on (after fitExtent has set scale and translate). */
function projectionKey(p: GeoProjection): string {
  const getters = p as unknown as Record<string, unknown>;
  const parameters = PARAMETERS.map((name) => {
    const get = getters[name];
    return typeof get === 'function' ? (get as () => unknown).call(p) : null;
  });
  return JSON.stringify([parameters, PROBES.map((point) => p(point))]);
}

/** `geoPath(projection).digits(2)` of each object, computed once per fitted projection. */
export function cachedPaths(
  owner: object,
  projection: GeoProjection,
): (o: GeoPermissibleObjects) => string {
  let byKey = kept.get(owner);
  if (!byKey) kept.set(owner, (byKey = new Map()));
  const key = projectionKey(projection);
  const d = byKey.get(key) ?? new Map<GeoPermissibleObjects, string>();
  byKey.delete(key);
  byKey.set(key, d);
  if (byKey.size > KEPT_PER_OWNER) byKey.delete(byKey.keys().next().value as string);
  const path = geoPath(projection).digits(2);
  return (o) => {
    let s = d.get(o);
    if (s === undefined) d.set(o, (s = path(o) ?? ''));
    return s;
  };
}
