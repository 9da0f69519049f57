import type { RegionResolver } from '../geo';
import { CellLog } from './cell-log';
import { DEFAULT_MAX_COLUMNS, DEFAULT_MAX_RECORD_CHARS } from './csv';
import { decodeChunks, decodeText, detectEncoding, type EncodingInfo } from './decode';
import { importError, type ImportError } from './errors';
import { finishImport, type ImportFormat, type ImportResult } from './finish';
import type { Grid } from './grid';
import { readJson, readNdjson } from './json';
import { isParquet } from './parquet';
import { importParquetFile } from './parquet-import';
import type { RegionOverrides } from './regions';
import { readTextTable } from './text-table';
import { readWorkbook } from './workbook';

export interface ImportLimits {
  /** A single input larger than this is refused before reading (default 1.5 GiB). */
  maxBytes: number;
  maxColumns: number;
  /** Cells held in memory at once (rows × columns). */
  maxCells: number;
  /** Longest CSV record, in characters. */
  maxRecordChars: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxBytes: 1.5 * 1024 ** 3,
  maxColumns: DEFAULT_MAX_COLUMNS,
  maxCells: 30_000_000,
  maxRecordChars: DEFAULT_MAX_RECORD_CHARS,
};

export interface ImportProgress {
  phase: 'read' | 'map';
  /** Bytes (read) or rows (map) done so far, and the total when known. */
  done: number;
  total: number;
}

export interface ImportOptions {
  resolver: RegionResolver;
  /** A TextDecoder label (`gb18030`, `utf-8`, `utf-16le`…) to use instead of detection. */
  encoding?: string;
  /** The sheet to read from a workbook; otherwise the data sheet is picked. */
  sheet?: string;
  /** Name as written → region code, or null for "not a region". */
  overrides?: RegionOverrides;
  onProgress?: (progress: ImportProgress) => void;
  /** Gazetteer names for matched codes (names come from the gazetteer, not the file). */
  regionName?: (code: string) => string | undefined;
  limits?: Partial<ImportLimits>;
}

export interface ImportInput {
  name: string;
  bytes: Uint8Array;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** An OpenDocument zip: its central directory (at the end) lists content.xml and a manifest, no xl/. */
function isOds(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, ZIP)) return false;
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 65536)));
  return (
    tail.includes('content.xml') && tail.includes('META-INF/manifest.xml') && !tail.includes('xl/')
  );
}

function formatOf(name: string, bytes: Uint8Array): ImportFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (isParquet(bytes) || ext === 'parquet' || ext === 'pq') return 'parquet';
  if (ext === 'ods' || ext === 'fods' || isOds(bytes)) return 'ods';
  if (startsWith(bytes, ZIP) || ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (startsWith(bytes, OLE) || ext === 'xls' || ext === 'et') return 'xls';
  if (ext === 'json') return 'json';
  if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
  return 'csv';
}

/** Text that opens with `[` or `{` is JSON; several lines each opening with `{` are NDJSON. */
function textFormatOf(sample: string): 'json' | 'ndjson' | null {
  const head = sample.trimStart();
  if (head.startsWith('[')) return 'json';
  if (!head.startsWith('{')) return null;
  const lines = head.split(/\r?\n/, 3).filter((l) => l.trim());
  return lines.length > 1 && lines.every((l) => l.trim().startsWith('{')) ? 'ndjson' : 'json';
}

type Loaded = {
  grid: Grid;
  encoding: EncodingInfo | null;
  delimiter: string | null;
  format: ImportFormat;
  sheet: string | null;
  sheets: string[];
};

async function load(
  input: ImportInput,
  opts: ImportOptions,
  limits: ImportLimits,
  log: CellLog,
): Promise<{ ok: true; value: Loaded } | { ok: false; error: ImportError }> {
  const { name: file, bytes } = input;
  const format = formatOf(file, bytes);
  const none = { encoding: null, delimiter: null, sheet: null, sheets: [] };
  if (format === 'xlsx' || format === 'xls' || format === 'ods') {
    const r = readWorkbook(bytes, file, { sheet: opts.sheet, maxColumns: limits.maxColumns });
    if (!r.ok) return r;
    const { grid, sheets, formulaCells, watermarkRows } = r.value;
    if (formulaCells) log.add('formula_cells', undefined, formulaCells);
    for (const line of watermarkRows) log.add('watermark_rows', { line, column: 1, text: '' });
    return { ok: true, value: { ...none, grid, format, sheet: grid.sheet ?? null, sheets } };
  }
  const enc = detectEncoding(bytes, file, opts.encoding);
  if (!enc.ok) return enc;
  const encoding = enc.value;
  const sample = new TextDecoder(encoding.encoding).decode(bytes.subarray(0, 4096));
  const textFormat = format === 'csv' ? textFormatOf(sample) : format;
  if (textFormat === 'json' || textFormat === 'ndjson') {
    const text = decodeText(bytes, encoding);
    const r = textFormat === 'json' ? readJson(text, file) : readNdjson(text, file);
    return r.ok ? { ok: true, value: { ...none, grid: r.value, encoding, format: textFormat } } : r;
  }
  const total = bytes.length;
  const r = await readTextTable(decodeChunks(bytes, encoding), {
    file,
    ...limits,
    // Characters track bytes closely enough for a progress bar.
    onChars: (chars) => opts.onProgress?.({ phase: 'read', done: Math.min(chars, total), total }),
  });
  if (!r.ok) return r;
  return { ok: true, value: { ...none, ...r.value, encoding, format: 'csv' } };
}

/**
 * Reads a user's file into the canonical long table. Never throws on bad input: a file it
 * cannot read comes back as `{ ok: false, error }` naming the file, line and column.
 */
export async function importFile(input: ImportInput, opts: ImportOptions): Promise<ImportResult> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const file = input.name;
  if (input.bytes.length === 0)
    return { ok: false, error: importError('empty', 'The file is empty (0 bytes).', file) };
  if (input.bytes.length > limits.maxBytes)
    return {
      ok: false,
      error: importError(
        'too_large',
        `The file is ${(input.bytes.length / 1024 ** 3).toFixed(2)} GiB; the limit is ${(limits.maxBytes / 1024 ** 3).toFixed(1)} GiB.`,
        file,
      ),
    };
  // Parquet is read row group by row group, the same code path as the page's streamed import.
  if (formatOf(file, input.bytes) === 'parquet') return importParquetFile(input, opts);
  try {
    const log = new CellLog();
    const loaded = await load(input, opts, limits, log);
    if (!loaded.ok) return loaded;
    const { grid, ...rest } = loaded.value;
    opts.onProgress?.({ phase: 'map', done: 0, total: grid.rows.length });
    const result = finishImport(grid, {
      ...rest,
      file,
      log,
      resolver: opts.resolver,
      overrides: opts.overrides,
      regionName: opts.regionName,
    });
    opts.onProgress?.({ phase: 'map', done: grid.rows.length, total: grid.rows.length });
    return result;
  } catch (e) {
    // A bug, not bad input; still a value so the UI never half-updates.
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, error: importError('unsupported_format', `Import failed: ${why}`, file) };
  }
}
