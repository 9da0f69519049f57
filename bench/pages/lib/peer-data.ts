import { tableFromIPC } from 'apache-arrow';
import initParquet, { readParquet } from 'parquet-wasm/esm';
import parquetWasm from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { PeerColumns, PeerDict } from './peer-types';

let ready: Promise<unknown> | null = null;
export const parquetReady = (): Promise<unknown> =>
  (ready ??= initParquet({ module_or_path: parquetWasm }));

async function bytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

export interface PeerData {
  columns: PeerColumns;
  dict: PeerDict;
  /** The same columns as Arrow IPC, for Arquero's own reader. */
  ipc: Uint8Array;
}

/** The coded facts (bench/lib/peer-columns.ts) as typed arrays, not timed: a peer's load. */
export async function loadPeerData(set: string): Promise<PeerData> {
  await parquetReady();
  const base = new URL(`../sets/${set}/`, location.href);
  const [file, dict] = await Promise.all([
    bytes(new URL('peer.parquet', base).href),
    fetch(new URL('peer-dict.json', base)).then((r) => r.json() as Promise<PeerDict>),
  ]);
  const ipc = readParquet(file).intoIPCStream();
  const table = tableFromIPC(ipc);
  const col = <T>(name: string): T => table.getChild(name)!.toArray() as T;
  const columns: PeerColumns = {
    length: table.numRows,
    fact: col('fact'),
    indicator: col('indicator'),
    kind: col('kind'),
    level: col('level'),
    region: col('region'),
    period_start: col('period_start'),
    period_end: col('period_end'),
    date: col('date'),
    value: col('value'),
    qualifier: col('qualifier'),
    unit_type: col('unit_type'),
    source: col('source'),
  };
  return { columns, dict, ipc };
}
