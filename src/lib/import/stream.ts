import { CellLog } from './cell-log';
import { detectEncoding, type EncodingInfo } from './decode';
import { finishImport, type ImportResult } from './finish';
import { DEFAULT_LIMITS, type ImportOptions } from './import-file';
import { readTextTable } from './text-table';

const SAMPLE_BYTES = 64 * 1024;

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Decodes a byte stream piece by piece. The encoding is decided on the first 64 KiB or more,
 * as the chunks fall (a later invalid UTF-8 byte becomes U+FFFD rather than restarting a
 * consumed stream);
 * `onBytes` reports progress.
 */
async function* decodeStream(
  stream: ReadableStream<Uint8Array>,
  /** `prefix`: more bytes follow the sample. */
  decide: (sample: Uint8Array, prefix: boolean) => EncodingInfo | null,
  onBytes: (bytes: number) => void,
): AsyncGenerator<string> {
  const reader = stream.getReader();
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let decoder: TextDecoder | null = null;
  let done = 0;
  try {
    for (;;) {
      const { value, done: end } = await reader.read();
      if (value) {
        done += value.length;
        onBytes(done);
      }
      if (!decoder) {
        if (value) head.push(value);
        headBytes += value?.length ?? 0;
        if (headBytes < SAMPLE_BYTES && !end) continue;
        const sample = concat(head);
        const info = decide(sample, !end);
        if (!info) return;
        decoder = new TextDecoder(info.encoding);
        yield decoder.decode(sample, { stream: !end });
      } else if (value) yield decoder.decode(value, { stream: true });
      if (end) {
        yield decoder.decode();
        return;
      }
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * CSV/TSV/TXT from a stream (e.g. `File.stream()`), so a large file is never held as one
 * buffer or one string. Other formats need the whole file: use importFile.
 */
export async function importCsvStream(
  input: { name: string; stream: ReadableStream<Uint8Array>; size?: number },
  opts: ImportOptions,
): Promise<ImportResult> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const file = input.name;
  const total = input.size ?? 0;
  let encoding: EncodingInfo | null = null;
  let failure: ImportResult | null = null;
  const decide = (sample: Uint8Array, prefix: boolean): EncodingInfo | null => {
    // The sample ends wherever the stream's chunks did: under load a browser yields other
    // chunk sizes, and a cut inside a character once made a UTF-8 file read as GB18030.
    const r = detectEncoding(sample, file, opts.encoding, { prefix });
    if (r.ok) return (encoding = r.value);
    failure = { ok: false, error: r.error };
    return null;
  };
  const pieces = decodeStream(input.stream, decide, (done) =>
    opts.onProgress?.({ phase: 'read', done, total }),
  );
  try {
    const table = await readTextTable(pieces, { file, ...limits });
    if (failure) return failure;
    if (!table.ok) return table;
    const log = new CellLog();
    return finishImport(table.value.grid, {
      file,
      format: 'csv',
      encoding,
      delimiter: table.value.delimiter,
      sheet: null,
      sheets: [],
      log,
      resolver: opts.resolver,
      overrides: opts.overrides,
      regionName: opts.regionName,
    });
  } catch (e) {
    const message = `Cannot read the stream: ${e instanceof Error ? e.message : String(e)}`;
    return { ok: false, error: { code: 'unsupported_format', message, file } };
  }
}
