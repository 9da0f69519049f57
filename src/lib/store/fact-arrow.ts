import { Table, tableFromIPC, tableToIPC, type Vector } from 'apache-arrow';
import { FACTS } from '../schema';
import { floatVector, intVector, stringVector } from './arrow-columns';
import type { UserDataset } from './dataset';

type Fact = UserDataset['facts'][number];
type Cell = string | number | null;

/**
 * Facts as one Arrow table, the form both DuckDB (a staging table filled from Arrow instead
 * of a million bound parameters) and IndexedDB (one ArrayBuffer instead of a million
 * objects) take. Types follow the schema: Utf8 strings, Float64 value, Int32 years/batch.
 */

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
