import {
  Dictionary,
  Float64,
  Int32,
  Table,
  Utf8,
  makeData,
  makeVector,
  tableFromIPC,
  tableToIPC,
  type Vector,
} from 'apache-arrow';
import { FACTS } from '../schema';
import type { UserDataset } from './dataset';

type Fact = UserDataset['facts'][number];
type Cell = string | number | null;

/**
 * Facts as one Arrow table, the form both DuckDB (a staging table filled from Arrow instead
 * of a million bound parameters) and IndexedDB (one ArrayBuffer instead of a million
 * objects) take. Types follow the schema: Utf8 strings, Float64 value, Int32 years/batch.
 */

function validity(values: readonly Cell[]): { nullBitmap: Uint8Array; nullCount: number } {
  const nullBitmap = new Uint8Array((values.length + 7) >> 3);
  let nullCount = 0;
  values.forEach((v, i) => {
    if (v === null) nullCount++;
    else nullBitmap[i >> 3]! |= 1 << (i & 7);
  });
  return { nullBitmap, nullCount };
}

/**
 * Utf8 data built by hand: arrow's Builders (behind vectorFromArray) compile their null
 * check with `new Function`, which the app's CSP (no 'unsafe-eval') refuses.
 */
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
function stringVector(values: readonly (string | null)[]): Vector {
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

function intVector(values: readonly (number | null)[]): Vector {
  return makeVector(
    makeData({
      type: new Int32(),
      length: values.length,
      ...validity(values),
      data: Int32Array.from(values, (v) => v ?? 0),
    }),
  );
}

function floatVector(values: readonly (number | null)[]): Vector {
  return makeVector(
    makeData({
      type: new Float64(),
      length: values.length,
      ...validity(values),
      data: Float64Array.from(values, (v) => v ?? 0),
    }),
  );
}

/** The facts as an Arrow table with the schema's columns, in the schema's order. */
export function factsToArrow(facts: readonly Fact[]): Table {
  const columns: Record<string, Vector> = {};
  for (const c of FACTS.columns) {
    const values = facts.map((f) => (f[c.name as keyof Fact] ?? null) as Cell);
    if (c.type === 'integer') columns[c.name] = intVector(values as (number | null)[]);
    else if (c.type === 'double') columns[c.name] = floatVector(values as (number | null)[]);
    else columns[c.name] = stringVector(values as (string | null)[]);
  }
  return new Table(columns);
}

const ipcCache = new WeakMap<readonly Fact[], Uint8Array>();

/**
 * Arrow IPC stream bytes of the facts. Cached per facts array: adding a dataset inserts it
 * and then stores it, and both want the same bytes. Callers that hand the bytes to a
 * transfer must copy them first.
 */
export function factsToIpc(facts: readonly Fact[]): Uint8Array {
  let bytes = ipcCache.get(facts);
  if (!bytes) {
    bytes = tableToIPC(factsToArrow(facts), 'stream');
    ipcCache.set(facts, bytes);
  }
  return bytes;
}

/** Back to plain rows: the `UserDataset` shape the rest of the app reads. */
export function factsFromIpc(bytes: Uint8Array): Fact[] {
  const table = tableFromIPC(bytes);
  const columns = FACTS.columns.map((c) => {
    const vector = table.getChild(c.name);
    return [c.name, vector ? Array.from(vector as Iterable<Cell>) : null] as const;
  });
  const facts = new Array<Fact>(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row: Record<string, Cell> = {};
    for (const [name, values] of columns) row[name] = values ? (values[i] ?? null) : null;
    facts[i] = row as unknown as Fact;
  }
  ipcCache.set(facts, bytes);
  return facts;
}
