/// <reference lib="webworker" />
import * as OpenCC from 'opencc-js/t2cn';
import { createResolver, type Region, type RegionResolver } from '../../lib/geo';
import { importFile, type ImportResult } from '../../lib/import';

/**
 * Runs imports off the main thread: decoding, shape detection and region matching of a
 * large file must not freeze the page. Messages: ImportRequest in, ImportMessage out.
 */
export interface ImportRequest {
  name: string;
  bytes: Uint8Array;
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

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const req = event.data;
  const post = (m: ImportMessage) => self.postMessage(m);
  try {
    const { resolve, names } = await loadResolver(req.gazetteerUrl);
    const result = await importFile(
      { name: req.name, bytes: req.bytes },
      {
        resolver: resolve,
        encoding: req.encoding,
        sheet: req.sheet,
        overrides: req.overrides,
        regionName: (code) => names.get(code),
        onProgress: (p) => post({ type: 'progress', done: p.done, total: p.total }),
      },
    );
    post({ type: 'result', result });
  } catch (e) {
    // importFile returns errors as values; this is a bug or an out-of-memory crash.
    post({ type: 'crash', message: e instanceof Error ? e.message : String(e) });
  }
};
