/**
 * Builds public/data/china.topo.json from the boundary files echarts 4.9 ships under
 * Apache-2.0: provinces (map/json/china.json), prefectures (map/json/china-cities.json)
 * and the 南海诸岛 inset drawing (lib/coord/geo/fix/nanhai.js).
 *
 *   tsx scripts/regions.topojson.ts OUT_DIR
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  MultiPolygon,
  Position,
} from 'geojson';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, presimplify, simplify } from 'topojson-simplify';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon as MultiPolygonObject,
  Polygon,
  Topology,
} from 'topojson-specification';

export const BOUNDARIES_FILE = 'china.topo.json';

/** Planar triangle area in square degrees below which a vertex is dropped (~10 km² at 30°N). */
const MIN_WEIGHT = 1e-3;
/** Islands smaller than this (square degrees, ~6 km²) are dropped, except a feature's largest part. */
const MIN_ISLAND = 6e-4;
const QUANTIZATION = 1e5;
/** Longest run of a neighbour's vertices copied into one edge by densify(). */
const MAX_GAP = 64;

/**
 * Codes in china-cities.json that GB/T 2260 has since replaced; the territory is unchanged,
 * only the code moved when the prefecture became a prefecture-level city.
 */
const RECODED: Readonly<Record<string, string>> = {
  '469003': '460400', // 儋州 (2015)
  '542600': '540400', // 林芝 (2015)
  '542200': '540500', // 山南 (2016)
  '542400': '540600', // 那曲 (2017)
  '652100': '650400', // 吐鲁番 (2015)
  '652200': '650500', // 哈密 (2016)
};
/** 莱芜 (371200) was dissolved into 济南 (370100) in 2019. */
const DISSOLVED: Readonly<Record<string, string>> = { '371200': '370100' };

type EncodedGeometry =
  | { type: 'Polygon'; coordinates: string[]; encodeOffsets: [number, number][] }
  | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: [number, number][][] };

interface EncodedCollection {
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: { id?: string | number; properties: { name: string }; geometry: EncodedGeometry }[];
}

type Region = Feature<MultiPolygon, { name: string }>;

/** echarts' ring encoding: pairs of zigzag-encoded deltas stored as char codes offset by 64. */
export function decodeRing(
  encoded: string,
  offset: readonly [number, number],
  scale: number,
): Position[] {
  const ring: Position[] = [];
  let [x, y] = offset;
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/** Twice the signed planar area; negative means clockwise with north up. */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0 = 0, y0 = 0] = ring[j] ?? [];
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

/**
 * Closed, non-degenerate and clockwise: d3-geo reads a counter-clockwise exterior as its
 * complement, i.e. the whole globe minus the province.
 */
function cleanRing(ring: Position[]): Position[] | null {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last) return null;
  const closed = first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
  if (closed.length < 4 || signedArea(closed) === 0) return null;
  return signedArea(closed) > 0 ? closed.reverse() : closed;
}

/**
 * echarts nests a feature's islands as if they were holes of one polygon (and renders them
 * with a non-zero fill). No ring in these files lies inside another ring of the same feature
 * (checked when this script was written), so every ring becomes its own polygon.
 */
function toPolygons(geometry: EncodedGeometry, scale: number): Position[][][] {
  const rings =
    geometry.type === 'Polygon'
      ? geometry.coordinates.map((r, k) =>
          decodeRing(r, geometry.encodeOffsets[k] ?? [0, 0], scale),
        )
      : geometry.coordinates.flatMap((p, i) =>
          p.map((r, k) => decodeRing(r, geometry.encodeOffsets[i]?.[k] ?? [0, 0], scale)),
        );
  const cleaned = rings.map(cleanRing).filter((r): r is Position[] => r !== null);
  const largest = Math.max(...cleaned.map((r) => -signedArea(r)));
  return cleaned
    .filter((r) => -signedArea(r) === largest || -signedArea(r) / 2 >= MIN_ISLAND)
    .map((r) => [r]);
}

export function decodeEcharts(
  json: EncodedCollection,
  recode: (code: string) => string = (c) => c,
): Region[] {
  const scale = json.UTF8Encoding ? (json.UTF8Scale ?? 1024) : 1;
  return json.features.map((f) => ({
    type: 'Feature',
    id: recode(String(f.id)),
    properties: { name: f.properties.name },
    geometry: { type: 'MultiPolygon', coordinates: toPolygons(f.geometry, scale) },
  }));
}

// Geometry copied from echarts 4.9.0 lib/coord/geo/fix/nanhai.js (Apache-2.0): a schematic
// South China Sea box, 64 × 93.1 units, y down — coast strip, ten dashes, then the frame.
// prettier-ignore
const NANHAI_POINTS: readonly (readonly (readonly [number, number])[])[] = [
  [[0, 3.5], [7, 11.2], [15, 11.9], [30, 7], [42, 0.7], [52, 0.7], [56, 7.7], [59, 0.7], [64, 0.7], [64, 0], [5, 0], [0, 3.5]],
  [[13, 16.1], [19, 14.7], [16, 21.7], [11, 23.1], [13, 16.1]],
  [[12, 32.2], [14, 38.5], [15, 38.5], [13, 32.2], [12, 32.2]],
  [[16, 47.6], [12, 53.2], [13, 53.2], [18, 47.6], [16, 47.6]],
  [[6, 64.4], [8, 70], [9, 70], [8, 64.4], [6, 64.4]],
  [[23, 82.6], [29, 79.8], [30, 79.8], [25, 82.6], [23, 82.6]],
  [[37, 70.7], [43, 62.3], [44, 62.3], [39, 70.7], [37, 70.7]],
  [[48, 51.1], [51, 45.5], [53, 45.5], [50, 51.1], [48, 51.1]],
  [[51, 35], [51, 28.7], [53, 28.7], [53, 35], [51, 35]],
  [[52, 22.4], [55, 17.5], [56, 17.5], [53, 22.4], [52, 22.4]],
  [[58, 12.6], [62, 7], [63, 7], [60, 12.6], [58, 12.6]],
  [[0, 3.5], [0, 93.1], [64, 93.1], [64, 0], [63, 0], [63, 92.4], [1, 92.4], [1, 3.5], [0, 3.5]],
];

/**
 * The drawing placed where echarts puts it (top-left corner at 126°E 25°N, 10.5 units a degree),
 * but with the same scale on both axes: echarts squeezes latitude by 0.75 to undo its own
 * aspect correction, which an identity projection in the inset does not apply.
 */
export function nanhaiFeatures(): Region[] {
  const toLonLat = (ring: readonly (readonly [number, number])[]): Position[] =>
    cleanRing(ring.map(([x, y]) => [126 + x / 10.5, 25 - y / 10.5])) ?? [];
  const part = (id: string, name: string, rings: typeof NANHAI_POINTS): Region => ({
    type: 'Feature',
    id,
    properties: { name },
    geometry: { type: 'MultiPolygon', coordinates: rings.map((r) => [toLonLat(r)]) },
  });
  return [
    part('coast', '海岸', NANHAI_POINTS.slice(0, 1)),
    part('dashes', '断续线', NANHAI_POINTS.slice(1, 11)),
    part('frame', '南海诸岛', NANHAI_POINTS.slice(11)),
  ];
}

/**
 * Copies into each ring the vertices its neighbour has between two points they share, so that
 * a border is stored as one arc rather than cut at every vertex only one side has.
 */
export function densify(features: Region[]): void {
  const rings = features.flatMap((f) => f.geometry.coordinates.map((p) => p[0] ?? []));
  const key = (p: Position | undefined): string => `${p?.[0]},${p?.[1]}`;
  const at = new Map<string, [number, number][]>();
  rings.forEach((ring, r) =>
    ring.slice(0, -1).forEach((p, i) => at.set(key(p), [...(at.get(key(p)) ?? []), [r, i]])),
  );
  const between = (self: number, p: Position, q: Position): Position[] => {
    for (const [r, iq] of at.get(key(q)) ?? []) {
      const other = rings[r];
      if (r === self || !other) continue;
      const n = other.length - 1;
      for (const [r2, ip] of at.get(key(p)) ?? []) {
        const d = (ip - iq + n) % n;
        if (r2 !== r || d < 2 || d > MAX_GAP) continue;
        return Array.from({ length: d - 1 }, (_, k) => other[(iq + d - 1 - k) % n] ?? p);
      }
    }
    return [];
  };
  const dense = rings.map((ring, r) =>
    ring.flatMap((p, i) => {
      const q = ring[i + 1];
      return q ? [p, ...between(r, p, q)] : [p];
    }),
  );
  let k = 0;
  for (const f of features)
    f.geometry.coordinates = f.geometry.coordinates.map(() => [dense[k++] ?? []]);
}

function readEcharts(path: string): EncodedCollection {
  const file = createRequire(import.meta.url).resolve(`echarts/${path}`);
  return JSON.parse(readFileSync(file, 'utf8')) as EncodedCollection;
}

type Objects = Record<'provinces' | 'prefectures' | 'nanhai', GeometryCollection<{ name: string }>>;

function dissolve(prefectures: GeometryCollection<{ name: string }>, topo: Topology): void {
  for (const [from, into] of Object.entries(DISSOLVED)) {
    const i = prefectures.geometries.findIndex((g) => g.id === from);
    const j = prefectures.geometries.findIndex((g) => g.id === into);
    const a = prefectures.geometries[i];
    const b = prefectures.geometries[j];
    if (!a || !b || !isPolygonal(a) || !isPolygonal(b)) {
      throw new Error(`regions.topojson: cannot dissolve ${from} into ${into}`);
    }
    const merged = mergeArcs(topo, [a, b]);
    prefectures.geometries[j] = {
      type: 'MultiPolygon',
      arcs: merged.arcs,
      id: into,
      properties: b.properties,
    };
    prefectures.geometries.splice(i, 1);
  }
}

export function buildBoundaries(): Topology<Objects> {
  const collection = (features: Region[]): FeatureCollection => ({
    type: 'FeatureCollection',
    features,
  });
  const provinces = decodeEcharts(readEcharts('map/json/china.json'));
  const prefectures = decodeEcharts(
    readEcharts('map/json/china-cities.json'),
    (c) => RECODED[c] ?? c,
  );
  densify(prefectures);
  const nanhai = nanhaiFeatures();
  // One topology per layer: the two echarts files touch at scattered vertices, and a shared
  // topology would cut both layers' borders at every one of them.
  const layer = (features: Region[]): Topology => stitch(topology({ o: collection(features) }));
  const raw = combine({
    provinces: layer(provinces),
    prefectures: layer(prefectures),
    nanhai: layer(nanhai),
  });

  const weighted = presimplify(raw);
  // The inset is a drawing, not a survey: keep every vertex of it.
  const keep = new Set(weighted.objects.nanhai.geometries.flatMap((g) => arcIndices(g)));
  weighted.arcs.forEach((arc, i) => {
    if (keep.has(i)) for (const p of arc) p[2] = Infinity;
  });
  const simplified = simplify(weighted, MIN_WEIGHT);
  dissolve(simplified.objects.prefectures, simplified);
  // Simplification can collapse a small island to a zero-area ring, and dissolving leaves
  // slivers where the two sources' borders did not quite meet: drop just those rings.
  // topojson-simplify passes a ring as arc indices (its typings say coordinates).
  const filtered = filter(simplified, (arcs, interior) => {
    const polygon = { type: 'Polygon' as const, arcs: [arcs as unknown as number[]] };
    const ring = feature(simplified, polygon).geometry.coordinates[0] ?? [];
    const area = Math.abs(signedArea(ring)) / 2;
    return interior ? area >= MIN_ISLAND : ring.length >= 4 && area > 0;
  }) as Topology<Objects>;
  for (const name of ['provinces', 'prefectures'] as const) {
    const kept = new Set(filtered.objects[name].geometries.map((g) => g.id));
    const lost = simplified.objects[name].geometries.filter((g) => !kept.has(g.id));
    if (lost.length)
      throw new Error(`regions.topojson: ${name} lost ${lost.map((g) => g.id).join(', ')}`);
  }
  return quantize(filtered, QUANTIZATION);
}

/**
 * Joins runs of arcs that only one ring uses into one arc. Neighbouring echarts rings meet at
 * each other's vertices without sharing the points between, so topojson-server cuts a border
 * into hundreds of two-point arcs whose endpoints simplification must keep.
 */
function stitch<T extends Topology>(topo: T): T {
  const uses = new Map<number, number>();
  const polygons = Object.values(topo.objects).flatMap((g): number[][][] => polygonArcs(g));
  for (const ring of polygons.flat())
    for (const a of ring) uses.set(ix(a), (uses.get(ix(a)) ?? 0) + 1);
  const arcs: Position[][] = [];
  const add = (run: number[]): number => {
    const line = run.flatMap((a, k) => {
      const arc = topo.arcs[ix(a)] ?? [];
      const points = a < 0 ? [...arc].reverse() : arc;
      return k === 0 ? points : points.slice(1);
    });
    return arcs.push(line) - 1;
  };
  const reused = new Map<number, number>();
  for (const rings of polygons) {
    rings.forEach((ring, r) => {
      // Start just after a shared arc so that no run wraps around the ring's end.
      const shift = ring.findIndex((a) => uses.get(ix(a)) !== 1) + 1;
      const order = [...ring.slice(shift), ...ring.slice(0, shift)];
      const out: number[] = [];
      let run: number[] = [];
      const flush = (): void => {
        if (run.length) out.push(add(run));
        run = [];
      };
      for (const a of order) {
        if (uses.get(ix(a)) === 1) run.push(a);
        else {
          flush();
          const i = reused.get(ix(a)) ?? add([ix(a)]);
          reused.set(ix(a), i);
          out.push(a < 0 ? ~i : i);
        }
      }
      flush();
      rings[r] = out;
    });
  }
  return { ...topo, arcs };
}

/** Puts each layer's single object under the layer's name, renumbering arcs. */
function combine(layers: Record<keyof Objects, Topology>): Topology<Objects> {
  const arcs: Topology['arcs'] = [];
  const objects = {} as Objects;
  for (const [name, topo] of Object.entries(layers) as [keyof Objects, Topology][]) {
    const offset = arcs.length;
    arcs.push(...topo.arcs);
    const object = topo.objects.o as GeometryCollection<{ name: string }>;
    for (const rings of polygonArcs(object)) {
      for (const ring of rings)
        ring.forEach((a, i) => (ring[i] = a < 0 ? ~(ix(a) + offset) : a + offset));
    }
    objects[name] = object;
  }
  return { type: 'Topology', objects, arcs };
}

const ix = (a: number): number => (a < 0 ? ~a : a);

/** The mutable ring arrays of every polygon in an object, in a stable order. */
const isPolygonal = (g: GeometryObject<GeoJsonProperties>): g is Polygon | MultiPolygonObject =>
  g.type === 'Polygon' || g.type === 'MultiPolygon';

function polygonArcs(geometry: GeometryObject<GeoJsonProperties>): number[][][] {
  switch (geometry.type) {
    case 'Polygon':
      return [geometry.arcs];
    case 'MultiPolygon':
      return geometry.arcs;
    case 'GeometryCollection':
      return geometry.geometries.flatMap((g) => polygonArcs(g));
    default:
      return [];
  }
}

function arcIndices(geometry: GeometryObject): number[] {
  const out: number[] = [];
  const walk = (x: unknown): void => {
    if (typeof x === 'number') out.push(x < 0 ? ~x : x);
    else if (Array.isArray(x)) x.forEach(walk);
  };
  if ('arcs' in geometry) walk(geometry.arcs);
  return out;
}

/** JSON with object keys sorted at every depth, so a rebuild is byte-identical. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function writeBoundaries(outDir: string): { file: string; bytes: number } {
  const text = stableStringify(buildBoundaries());
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, BOUNDARIES_FILE);
  writeFileSync(file, text);
  return { file, bytes: Buffer.byteLength(text) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: tsx scripts/regions.topojson.ts OUT_DIR');
    process.exit(2);
  }
  const { file, bytes } = writeBoundaries(outDir);
  console.log(`${file}: ${(bytes / 1024).toFixed(0)} KB`);
}
