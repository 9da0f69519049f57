import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';

export function featuresOf(topology: Topology, objectName: string): FeatureCollection {
  const object = topology.objects[objectName];
  if (!object) return { type: 'FeatureCollection', features: [] };
  const result = feature(topology, object);
  return result.type === 'FeatureCollection'
    ? result
    : { type: 'FeatureCollection', features: [result] };
}

export interface BoundaryError {
  code: 'invalid-json' | 'not-geojson' | 'no-object' | 'empty' | 'no-key';
  message: string;
  file: string;
}

export type ParsedBoundaries =
  | { ok: true; features: FeatureCollection; keyedBy: 'code' | 'name'; unmatched: string[] }
  | { ok: false; error: BoundaryError };

const CODE_KEYS = ['code', 'adcode', 'gb', 'GB', 'Code', 'CODE', 'ADCODE', '区划代码', '代码'];
const NAME_KEYS = ['name', 'NAME', 'Name', '名称', 'NAME_CHN', 'name_zh', 'fullname'];
const CODE_RE = /^\d{6}$/;

/**
 * Reads a user's GeoJSON or TopoJSON and keys each feature by region code, from its id or
 * a code property, or else by a name that `resolve` maps to a code. Never throws.
 */
export function parseBoundaries(
  text: string,
  fileName: string,
  resolve: (nameOrCode: string) => string | null,
  objectName?: string,
): ParsedBoundaries {
  const fail = (code: BoundaryError['code'], message: string): ParsedBoundaries => ({
    ok: false,
    error: { code, message, file: fileName },
  });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail(
      'invalid-json',
      `${fileName} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  const collection = toCollection(json, objectName);
  if (typeof collection === 'string')
    return fail(
      collection === 'no-object' ? 'no-object' : 'not-geojson',
      message(collection, fileName, objectName),
    );
  const shaped = collection.features.filter((f): f is Feature => f.geometry !== null);
  if (!shaped.length) return fail('empty', `${fileName} contains no features with a geometry.`);

  const byCode = shaped.map(codeOf);
  const keyedBy = byCode.some((c) => c !== null) ? 'code' : 'name';
  const unmatched: string[] = [];
  const features: Feature[] = [];
  for (const [i, f] of shaped.entries()) {
    const raw = keyedBy === 'code' ? byCode[i] : nameOf(f);
    if (raw === null || raw === undefined) {
      if (keyedBy === 'name') continue;
      unmatched.push(nameOf(f) ?? `#${i + 1}`);
      continue;
    }
    const code = resolve(raw);
    if (code === null) unmatched.push(raw);
    else
      features.push({
        ...f,
        id: code,
        properties: { ...f.properties, code, name: nameOf(f) ?? raw },
      });
  }
  if (keyedBy === 'name' && shaped.every((f) => nameOf(f) === null)) {
    return fail(
      'no-key',
      `${fileName}: no feature has a code (id, code, adcode …) or a name (name, 名称 …).`,
    );
  }
  return { ok: true, features: { type: 'FeatureCollection', features }, keyedBy, unmatched };
}

type Loose = { features: Feature<Geometry | null>[] };

function toCollection(
  json: unknown,
  objectName: string | undefined,
): Loose | 'not-geojson' | 'no-object' {
  if (!isRecord(json)) return 'not-geojson';
  if (json.type === 'FeatureCollection' && Array.isArray(json.features)) {
    return { features: json.features.filter(isFeature) };
  }
  if (isFeature(json)) return { features: [json] };
  if (json.type === 'Topology' && isRecord(json.objects) && Array.isArray(json.arcs)) {
    const names = Object.keys(json.objects);
    const name = objectName ?? names[0];
    if (name === undefined || !isRecord(json.objects[name])) return 'no-object';
    try {
      return featuresOf(json as unknown as Topology, name);
    } catch {
      return 'not-geojson';
    }
  }
  return 'not-geojson';
}

function message(
  kind: 'not-geojson' | 'no-object',
  file: string,
  objectName: string | undefined,
): string {
  return kind === 'no-object'
    ? `${file}: the TopoJSON has no object${objectName ? ` named "${objectName}"` : 's'}.`
    : `${file} is neither a GeoJSON FeatureCollection nor a TopoJSON topology.`;
}

function codeOf(f: Feature): string | null {
  const props = f.properties ?? {};
  for (const value of [f.id, ...CODE_KEYS.map((k) => props[k])]) {
    const text = value === undefined || value === null ? '' : String(value).trim();
    if (CODE_RE.test(text)) return text;
  }
  return null;
}

function nameOf(f: Feature): string | null {
  const props: GeoJsonProperties = f.properties ?? {};
  for (const k of NAME_KEYS) {
    const v: unknown = props[k];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return null;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function isFeature(x: unknown): x is Feature<Geometry | null> {
  return isRecord(x) && x.type === 'Feature' && (x.geometry === null || isRecord(x.geometry));
}
