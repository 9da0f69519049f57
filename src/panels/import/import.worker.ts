/// <reference lib="webworker" />
import * as OpenCC from 'opencc-js/t2cn';
import { createResolver, type Region, type RegionResolver } from '../../lib/geo';
import {
  BATCH_ROWS,
  importCsvStream,
  importFile,
  importParquetStream,
  regionsOf,
  stagedBatches,
  SAMPLE_ROWS,
  type ImportOptions,
  type ParquetSizing,
  type StagedImportResult,
  type StagedRow,
} from '../../lib/import';
// By path, not through lib/store's index: Arrow stays out of the page's first bundle.
import { stagedRowsToIpc } from '../../lib/store/staged-arrow';

/**
 * Runs imports off the main thread: decoding, shape detection and region matching of a
 * large file must not freeze the page. The long table leaves as Arrow IPC batches (moved,
 * not copied) that the page stages in DuckDB; the page acknowledges each batch, and the
 * worker decodes the next one meanwhile, with at most one batch in flight.
 *
 * In: `{type:'start', request}`, then `ack` per batch or `stop`. Out: ImportMessage.
 */
export interface ImportRequest {
  name: string;
  /** A File clones as a handle: the worker reads it, the page never holds its bytes. */
  file: Blob;
  gazetteerUrl: string;
  encoding?: string;
  sheet?: string;
  overrides?: Record<string, string | null>;
}

export type ImportInput =
  { type: 'start'; request: ImportRequest } | { type: 'ack' } | { type: 'stop'; reason: string };

export type ImportMessage =
  | { type: 'progress'; done: number; total: number; unit: 'bytes' | 'rowGroups' }
  | { type: 'sizing'; sizing: ParquetSizing }
  | { type: 'batch'; ipc: Uint8Array; rows: number }
  | { type: 'result'; result: StagedImportResult }
  | { type: 'crash'; message: string };

let resolver: Promise<{ resolve: RegionResolver; names: Map<string, string> }> | null = null;

function loadResolver(url: string) {
  resolver ??= fetch(url)
    .then((res) => {
      if (!res.ok) throw new Error(`gazetteer: HTTP ${res.status}`);
      return res.json() as Promise<Region[]>;
    })
    .then((regions) => ({
      resolve: createResolver(regions, {
        toSimplified: OpenCC.Converter({ from: 'tw', to: 'cn' }),
      }),
      names: new Map(regions.map((r) => [r.code, r.name])),
    }));
  return resolver;
}

/**
 * CSV-like files above this are read as a stream of slices rather than one buffer (and one
 * string): below it the whole-file path is kept, which also sniffs JSON in a .csv.
 */
export const STREAM_BYTES = 64 * 2 ** 20;
const TEXT_TABLE = /\.(csv|tsv|txt)$/i;
const PARQUET = /\.(parquet|pq)$/i;

const post = (m: ImportMessage, transfer: Transferable[] = []) => self.postMessage(m, transfer);

let waiting: { resolve: () => void; reject: (e: Error) => void } | null = null;

/** Hands a batch to the page; resolves when the page has staged it. */
function send(rows: readonly StagedRow[]): Promise<void> {
  const ipc = stagedRowsToIpc(rows);
  return new Promise((resolve, reject) => {
    waiting = { resolve, reject };
    post({ type: 'batch', ipc, rows: rows.length }, [ipc.buffer]);
  });
}

async function isParquetFile(req: ImportRequest): Promise<boolean> {
  if (PARQUET.test(req.name)) return true;
  const head = new Uint8Array(await req.file.slice(0, 4).arrayBuffer());
  return head.length === 4 && String.fromCharCode(...head) === 'PAR1';
}

/** Whole-file formats: read, then hand the long table over in batches. */
async function readWhole(req: ImportRequest, opts: ImportOptions): Promise<StagedImportResult> {
  const result =
    req.file.size > STREAM_BYTES && TEXT_TABLE.test(req.name)
      ? await importCsvStream(
          { name: req.name, stream: req.file.stream(), size: req.file.size },
          opts,
        )
      : await importFile(
          { name: req.name, bytes: new Uint8Array(await req.file.arrayBuffer()) },
          opts,
        );
  if (!result.ok) return result;
  post({
    type: 'sizing',
    sizing: {
      fileBytes: req.file.size,
      rows: result.table.length,
      columns: 0,
      rowGroups: 0,
      largestRowGroupBytes: 0,
      largestChunkBytes: req.file.size,
      longRows: result.table.length,
    },
  });
  try {
    for (const batch of stagedBatches(result.table, BATCH_ROWS)) await send(batch);
  } catch (e) {
    const message = `Import stopped: ${e instanceof Error ? e.message : String(e)}`;
    return { ok: false, error: { code: 'unsupported_format', message, file: req.name } };
  }
  return {
    ok: true,
    report: result.report,
    regions: regionsOf(result.table),
    sample: result.table.slice(0, SAMPLE_ROWS),
  };
}

async function start(req: ImportRequest): Promise<void> {
  const { resolve, names } = await loadResolver(req.gazetteerUrl);
  const opts: ImportOptions = {
    resolver: resolve,
    encoding: req.encoding,
    sheet: req.sheet,
    overrides: req.overrides,
    regionName: (code) => names.get(code),
  };
  const parquet = await isParquetFile(req);
  const unit = parquet ? 'rowGroups' : 'bytes';
  opts.onProgress = (p) => {
    if (p.phase === 'read') post({ type: 'progress', done: p.done, total: p.total, unit });
  };
  const result = parquet
    ? await importParquetStream(
        { name: req.name, source: req.file },
        { ...opts, onRows: send, onSizing: (sizing) => post({ type: 'sizing', sizing }) },
      )
    : await readWhole(req, opts);
  post({ type: 'result', result });
}

self.onmessage = (event: MessageEvent<ImportInput>) => {
  const input = event.data;
  if (input.type === 'ack') {
    waiting?.resolve();
    waiting = null;
  } else if (input.type === 'stop') {
    waiting?.reject(new Error(input.reason));
    waiting = null;
  } else
    start(input.request).catch((e: unknown) => {
      // Imports return errors as values; this is a bug or an out-of-memory crash.
      post({ type: 'crash', message: e instanceof Error ? e.message : String(e) });
    });
};
