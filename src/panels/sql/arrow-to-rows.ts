import { DataType, util, type Field, type Table } from 'apache-arrow';

/** What a result cell holds once it leaves Arrow: plain, printable values. */
export type Cell = string | number | boolean | null;

/** How a column is shown: numbers right-aligned and formatted; everything else as text. */
export type ColumnKind = 'number' | 'text' | 'boolean' | 'temporal' | 'nested';

export interface ResultColumn {
  name: string;
  kind: ColumnKind;
  /** DuckDB's type as Arrow names it, e.g. `Float64`, `Dictionary<Uint8, Utf8>`. */
  type: string;
}

export interface ResultRows {
  columns: ResultColumn[];
  /** Positional, since a query may return two columns with the same name. */
  rows: Cell[][];
}

/** A JSON-safe copy of a nested value, each leaf converted by its own Arrow type. */
function toPlain(value: unknown, type: DataType): unknown {
  if (value === null || value === undefined) return null;
  if (DataType.isList(type) || DataType.isFixedSizeList(type)) {
    const child = type.children[0]!.type;
    return Array.from(value as Iterable<unknown>, (v) => toPlain(v, child));
  }
  if (DataType.isStruct(type)) {
    const row = value as Record<string, unknown>;
    return Object.fromEntries(type.children.map((f) => [f.name, toPlain(row[f.name], f.type)]));
  }
  if (DataType.isMap(type)) {
    const [key, val] = type.children[0]!.type.children;
    const entries = (value as { toJSON(): Record<string, unknown> }).toJSON();
    return Object.fromEntries(
      Object.entries(entries).map(([k, v]) => [k, toPlain(v, val?.type ?? key!.type)]),
    );
  }
  if (DataType.isDictionary(type)) return toPlain(value, type.dictionary);
  const leaf = leafCell(value, type);
  return leaf === undefined ? JSON.parse(JSON.stringify(value, bigintReplacer)) : leaf;
}

const bigintReplacer = (_: string, v: unknown): unknown =>
  typeof v === 'bigint'
    ? bigintCell(v)
    : ArrayBuffer.isView(v)
      ? Array.from(v as unknown as ArrayLike<number>)
      : v;

/** Exact digits where a double would round (beyond 2^53). */
function bigintCell(v: bigint): number | string {
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : v.toString();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Microseconds (or another unit) since midnight → `HH:MM:SS[.ffffff]`. */
function timeOfDay(value: number | bigint, unitsPerSecond: number): string {
  const total = Number(value) / unitsPerSecond;
  const seconds = Math.floor(total);
  const fraction = total - seconds;
  const hms = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  return fraction > 0 ? `${hms}.${fraction.toFixed(6).slice(2).replace(/0+$/, '')}` : hms;
}

function hex(bytes: Uint8Array): string {
  return `\\x${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const TIME_UNITS_PER_SECOND = [1, 1e3, 1e6, 1e9];

/** A scalar as a cell; undefined for values with no scalar form (nested, intervals). */
function leafCell(value: unknown, type: DataType): Cell | undefined {
  if (typeof value === 'bigint' && DataType.isInt(type)) return bigintCell(value);
  if (DataType.isDecimal(type)) {
    return util.bigNumToNumber(value as Parameters<typeof util.bigNumToNumber>[0], type.scale);
  }
  if (DataType.isDate(type) || DataType.isTimestamp(type)) {
    const d = value instanceof Date ? value : new Date(Number(value));
    if (Number.isNaN(d.getTime())) return null;
    if (DataType.isDate(type)) return d.toISOString().slice(0, 10);
    return type.timezone ? d.toISOString() : d.toISOString().slice(0, -1);
  }
  if (DataType.isTime(type)) {
    return timeOfDay(value as number | bigint, TIME_UNITS_PER_SECOND[type.unit] ?? 1);
  }
  if (DataType.isBinary(type) || DataType.isLargeBinary(type) || DataType.isFixedSizeBinary(type)) {
    return value instanceof Uint8Array ? hex(value) : String(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
    return value;
  }
  if (typeof value === 'bigint') return bigintCell(value);
  return undefined;
}

/** One Arrow value as a cell, by the column's type; nested values become JSON text. */
export function toCell(value: unknown, type: DataType): Cell {
  if (value === null || value === undefined) return null;
  if (DataType.isDictionary(type)) return toCell(value, type.dictionary);
  return leafCell(value, type) ?? JSON.stringify(toPlain(value, type));
}

export function columnKind(type: DataType): ColumnKind {
  if (DataType.isDictionary(type)) return columnKind(type.dictionary);
  if (DataType.isInt(type) || DataType.isFloat(type) || DataType.isDecimal(type)) return 'number';
  if (DataType.isBool(type)) return 'boolean';
  if (DataType.isDate(type) || DataType.isTimestamp(type) || DataType.isTime(type)) {
    return 'temporal';
  }
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type) || DataType.isBinary(type)) return 'text';
  return DataType.isNull(type) ? 'text' : 'nested';
}

function toColumn(field: Field): ResultColumn {
  return { name: field.name, kind: columnKind(field.type), type: String(field.type) };
}

/** The first `limit` rows of an Arrow table as positional cells, read column by column. */
export function arrowToRows(table: Table, limit = Number.POSITIVE_INFINITY): ResultRows {
  const fields = table.schema.fields;
  const count = Math.min(table.numRows, Math.max(0, limit));
  const rows: Cell[][] = Array.from({ length: count }, () => new Array<Cell>(fields.length));
  fields.forEach((field, c) => {
    const vector = table.getChildAt(c);
    for (let r = 0; r < count; r++) rows[r]![c] = toCell(vector?.get(r), field.type);
  });
  return { columns: fields.map(toColumn), rows };
}
