/** Names for the integer codes of the peers' columns (bench/lib/peer-columns.ts). */
export interface PeerDict {
  indicators: string[];
  regionCodes: string[];
  kinds: string[];
  levels: string[];
  qualifiers: string[];
  unitTypes: string[];
  /** By source code (source_id order). */
  reliability: string[];
  sources: string[];
  /** The regions table, ordered by code. */
  regions: {
    code: string;
    name: string;
    short_name: string;
    name_en: string;
    level: string;
    parent_code: string | null;
  }[];
  population: Record<string, number>;
}

/** The facts as typed arrays; -1 stands for NULL. */
export interface PeerColumns {
  length: number;
  fact: Int32Array;
  indicator: Uint8Array;
  kind: Uint8Array;
  level: Uint8Array;
  region: Int16Array;
  period_start: Int16Array;
  period_end: Int16Array;
  date: Int16Array;
  value: Float64Array;
  qualifier: Uint8Array;
  unit_type: Int8Array;
  source: Int16Array;
}
