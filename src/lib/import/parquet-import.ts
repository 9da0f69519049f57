import { ChunkedImport } from './chunked';
import { importError, type ImportError } from './errors';
import type { ImportResult, LongRow } from './finish';
import { DEFAULT_LIMITS, type ImportOptions } from './import-file';
import {
  openParquet,
  readRowGroup,
  textRows,
  type ParquetInfo,
  type ParquetSource,
} from './parquet';
import type { StagedImportResult, StagedRow } from './staged';

/** Rows reshaped at once: a row group of a million rows is not turned into text in one go. */
export const BATCH_ROWS = 65_536;

/** What is known of a Parquet file's size: from the footer, then from its first rows. */
export interface ParquetSizing {
  fileBytes: number;
  rows: number;
  columns: number;
  rowGroups: number;
  /** Uncompressed bytes of the largest row group (held while it decodes). */
  largestRowGroupBytes: number;
  /** The largest single buffer read from the file (one compressed column chunk). */
  largestChunkBytes: number;
  /** Long rows expected from the whole file, once the first rows are reshaped; else null. */
  longRows: number | null;
}

export interface ParquetStreamOptions extends ImportOptions {
  /**
   * Takes each batch of long rows (values only). The next batch is decoded while the
   * returned promise is pending; the one after waits for it: at most one batch in flight.
   */
  onRows: (rows: StagedRow[]) => Promise<void>;
  /** Called after the footer is read and again after the first batch. */
  onSizing?: (sizing: ParquetSizing) => void;
}

/** A damaged row group: which one, and its rows (1-based, header excluded). */
export interface RowGroupError extends ImportError {
  rowGroup: { index: number; count: number; firstRow: number; lastRow: number };
}

export function isRowGroupError(error: ImportError): error is RowGroupError {
  return 'rowGroup' in error;
}

function rowGroupError(info: ParquetInfo, index: number, e: unknown): RowGroupError {
  const g = info.rowGroups[index]!;
  const rowGroup = {
    index: index + 1,
    count: info.rowGroups.length,
    firstRow: g.firstRow + 1,
    lastRow: g.firstRow + g.rows,
  };
  const why = e instanceof Error ? e.message : String(e);
  return {
    ...importError(
      'parquet_invalid',
      `Cannot read Parquet row group ${rowGroup.index} of ${rowGroup.count} (rows ${rowGroup.firstRow}–${rowGroup.lastRow}): ${why}. The file is damaged; nothing was added.`,
      info.file,
    ),
    rowGroup,
  };
}

function sizingOf(info: ParquetInfo, longRows: number | null): ParquetSizing {
  return {
    fileBytes: info.byteLength,
    rows: info.rows,
    columns: info.names.length,
    rowGroups: info.rowGroups.length,
    largestRowGroupBytes: Math.max(0, ...info.rowGroups.map((g) => g.bytes)),
    largestChunkBytes: Math.max(0, ...info.rowGroups.map((g) => g.largestChunkBytes)),
    longRows,
  };
}

/**
 * Reads a Parquet file row group by row group into long rows, handing each batch to
 * `onRows` while the next one decodes. Progress counts row groups. Never throws on bad
 * input: a damaged row group comes back as an error naming it, after the batch in flight
 * has settled (the caller then drops what it staged).
 */
export async function importParquetStream(
  input: { name: string; source: ParquetSource },
  opts: ParquetStreamOptions,
): Promise<StagedImportResult> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const file = input.name;
  const opened = await openParquet(input.source, file, limits);
  if (!opened.ok) return opened;
  const info = opened.value;
  if (info.rows === 0)
    return {
      ok: false,
      error: importError('no_table', 'The Parquet file has no rows.', file, { line: 1, column: 1 }),
    };
  opts.onSizing?.(sizingOf(info, null));
  const chunked = new ChunkedImport({
    file,
    format: 'parquet',
    encoding: null,
    delimiter: null,
    sheet: null,
    sheets: [],
    resolver: opts.resolver,
    overrides: opts.overrides,
    regionName: opts.regionName,
  });
  const total = info.rowGroups.length;
  let inFlight: Promise<void> = Promise.resolve();
  let first = true;
  const settle = () => inFlight.catch(() => undefined);
  try {
    opts.onProgress?.({ phase: 'read', done: 0, total });
    for (const group of info.rowGroups) {
      let columns;
      try {
        columns = await readRowGroup(info, group);
      } catch (e) {
        await settle();
        return { ok: false, error: rowGroupError(info, group.index, e) };
      }
      for (let from = 0; from < group.rows; from += BATCH_ROWS) {
        const to = Math.min(group.rows, from + BATCH_ROWS);
        const rows = textRows(columns, from, to);
        // Line 1 is the header (the column names); data row r of the file is line r + 2.
        const lines = rows.map((_, i) => group.firstRow + from + i + 2);
        const pushed = first
          ? chunked.push([info.names, ...rows], [1, ...lines], info.names.length)
          : chunked.push(rows, lines, info.names.length);
        if (!pushed.ok) {
          await settle();
          return pushed;
        }
        if (first) {
          first = false;
          opts.onSizing?.(sizingOf(info, Math.round((chunked.rows / (to - from)) * info.rows)));
        }
        // A group counts as read once decoded and reshaped, before its rows are handed over.
        if (to === group.rows) opts.onProgress?.({ phase: 'read', done: group.index + 1, total });
        await inFlight;
        inFlight = opts.onRows(pushed.value);
      }
    }
    await inFlight;
  } catch (e) {
    await settle();
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, error: importError('unsupported_format', `Import stopped: ${why}`, file) };
  }
  return chunked.finish();
}

/**
 * The same import collected into one long table, for `importFile` and the CLI: the UI and
 * the CLI read Parquet through one code path.
 */
export async function importParquetFile(
  input: { name: string; bytes: Uint8Array },
  opts: ImportOptions,
): Promise<ImportResult> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const staged: StagedRow[] = [];
  let tooLarge = false;
  const result = await importParquetStream(
    { name: input.name, source: input.bytes },
    {
      ...opts,
      onSizing: (s) => {
        tooLarge ||= s.rows * s.columns > limits.maxCells;
      },
      onRows: (rows) => {
        if (tooLarge) return Promise.reject(new Error('too large'));
        for (const r of rows) staged.push(r);
        return Promise.resolve();
      },
    },
  );
  if (tooLarge)
    return {
      ok: false,
      error: importError(
        'too_large',
        `The file has more cells than we can hold at once (limit ${limits.maxCells.toLocaleString('en')}).`,
        input.name,
      ),
    };
  if (!result.ok) return result;
  const regions = new Map(result.regions.map((r) => [r.source_name, r]));
  const table = staged.map((r): LongRow => {
    const region = regions.get(r.source_name);
    return {
      region_code: region?.region_code ?? null,
      region_name: region?.region_name ?? r.source_name,
      region_level: region?.region_level ?? null,
      year: r.year,
      indicator: r.indicator,
      value: r.value,
      unit: r.unit,
      source_name: r.source_name,
      line: r.line,
      column: r.column,
    };
  });
  return { ok: true, table, report: result.report };
}
