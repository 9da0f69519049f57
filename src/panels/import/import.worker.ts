/// <reference lib="webworker" />
import * as OpenCC from 'opencc-js/t2cn';
import { createResolver, type Region, type RegionResolver } from '../../lib/geo';
import { importCsvStream, importFile, type ImportResult } from '../../lib/import';

/**
 * Runs imports off the main thread: decoding, shape detection and region matching of a
 * large file must not freeze the page. Messages: ImportRequest in, ImportMessage out.
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

export type ImportMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: ImportResult }
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

async function read(req: ImportRequest, opts: Parameters<typeof importFile>[1]) {
  if (req.file.size > STREAM_BYTES && TEXT_TABLE.test(req.name))
    return importCsvStream(
      { name: req.name, stream: req.file.stream(), size: req.file.size },
      opts,
    );
  return importFile({ name: req.name, bytes: new Uint8Array(await req.file.arrayBuffer()) }, opts);
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const req = event.data;
  const post = (m: ImportMessage) => self.postMessage(m);
  try {
    const { resolve, names } = await loadResolver(req.gazetteerUrl);
    const result: ImportResult = await read(req, {
      resolver: resolve,
      encoding: req.encoding,
      sheet: req.sheet,
      overrides: req.overrides,
      regionName: (code) => names.get(code),
      onProgress: (p) => post({ type: 'progress', done: p.done, total: p.total }),
    });
    post({ type: 'result', result });
  } catch (e) {
    // importFile returns errors as values; this is a bug or an out-of-memory crash.
    post({ type: 'crash', message: e instanceof Error ? e.message : String(e) });
  }
};
