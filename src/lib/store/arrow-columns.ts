import { Dictionary, Float64, Int32, Utf8, makeData, makeVector, type Vector } from 'apache-arrow';

/**
 * Arrow columns built by hand, the form DuckDB (a staging table filled from Arrow) and
 * IndexedDB (one ArrayBuffer instead of many objects) take. Arrow's own Builders (behind
 * vectorFromArray) compile their null check with `new Function`, which the app's CSP
 * (no 'unsafe-eval') refuses.
 */

type Cell = string | number | null;

function validity(values: readonly Cell[]): { nullBitmap: Uint8Array; nullCount: number } {
  const nullBitmap = new Uint8Array((values.length + 7) >> 3);
  let nullCount = 0;
  values.forEach((v, i) => {
    if (v === null) nullCount++;
    else nullBitmap[i >> 3]! |= 1 << (i & 7);
  });
  return { nullBitmap, nullCount };
}

function utf8Vector(values: readonly (string | null)[]): Vector {
  const encoder = new TextEncoder();
  const valueOffsets = new Int32Array(values.length + 1);
  let bytes = new Uint8Array(Math.max(64, values.length * 16));
  let at = 0;
  values.forEach((v, i) => {
    if (v) {
      // UTF-8 takes at most 3 bytes per UTF-16 unit.
      if (at + v.length * 3 > bytes.length) {
        const grown = new Uint8Array(Math.max(bytes.length * 2, at + v.length * 3));
        grown.set(bytes.subarray(0, at));
        bytes = grown;
      }
      at += encoder.encodeInto(v, bytes.subarray(at)).written;
    }
    valueOffsets[i + 1] = at;
  });
  return makeVector(
    makeData({
      type: new Utf8(),
      length: values.length,
      ...validity(values),
      valueOffsets,
      data: bytes.subarray(0, at),
    }),
  );
}

/**
 * Most string columns of an import repeat a handful of values (theme, unit, source id);
 * dictionary-encoding them (Utf8 values, Int32 keys) keeps stored datasets several times
 * smaller. Near-unique columns (fact_id, evidence) stay plain Utf8.
 */
export function stringVector(values: readonly (string | null)[]): Vector {
  const index = new Map<string, number>();
  const dict: string[] = [];
  const keys = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    let k = index.get(v);
    if (k === undefined) {
      k = dict.push(v) - 1;
      index.set(v, k);
      if (dict.length > values.length / 4 + 16) return utf8Vector(values);
    }
    keys[i] = k;
  }
  return makeVector(
    makeData({
      type: new Dictionary(new Utf8(), new Int32()),
      length: values.length,
      ...validity(values),
      data: keys,
      dictionary: utf8Vector(dict),
    }),
  );
}

export function intVector(values: readonly (number | null)[]): Vector {
  return makeVector(
    makeData({
      type: new Int32(),
      length: values.length,
      ...validity(values),
      data: Int32Array.from(values, (v) => v ?? 0),
    }),
  );
}

export function floatVector(values: readonly (number | null)[]): Vector {
  return makeVector(
    makeData({
      type: new Float64(),
      length: values.length,
      ...validity(values),
      data: Float64Array.from(values, (v) => v ?? 0),
    }),
  );
}
