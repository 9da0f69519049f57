import { importError, type ImportError, type Result } from './errors';

/** WHATWG encoding labels we detect; any label TextDecoder knows is accepted as an override. */
export type DetectedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface EncodingInfo {
  /** Label for TextDecoder, e.g. `utf-8`, `gb18030`, or the caller's override. */
  encoding: string;
  bom: boolean;
  /** `detected` from BOM or content, `override` when the caller named it. */
  source: 'detected' | 'override';
}

const CHUNK_BYTES = 1 << 20;
const SAMPLE_BYTES = 64 * 1024;
/** More control characters than this share of a sample means the file is not text. */
const MAX_CONTROL_SHARE = 0.01;

function bomOf(bytes: Uint8Array): { encoding: DetectedEncoding; length: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM: NULs in every other byte of a mostly-ASCII sample. */
function guessUtf16(sample: Uint8Array): DetectedEncoding | null {
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  }
  const half = sample.length / 2;
  if (oddNul > half * 0.3 && evenNul < half * 0.02) return 'utf-16le';
  if (evenNul > half * 0.3 && oddNul < half * 0.02) return 'utf-16be';
  return null;
}

/**
 * Strict UTF-8 from `start`. With `prefix`, the bytes are the start of a longer input: a
 * character cut by the end of the sample is not evidence against UTF-8.
 */
function isValidUtf8(bytes: Uint8Array, start: number, prefix: boolean): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (let at = start; at < bytes.length; at += CHUNK_BYTES) {
      const end = Math.min(at + CHUNK_BYTES, bytes.length);
      decoder.decode(bytes.subarray(at, end), { stream: prefix || end < bytes.length });
    }
    return true;
  } catch {
    return false;
  }
}

function controlShare(text: string): number {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return text.length ? control / text.length : 0;
}

function supports(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

export interface DetectOptions {
  /**
   * `bytes` are only the start of the input (a stream's first chunks): they may end inside
   * a multi-byte character wherever the chunks happened to be cut.
   */
  prefix?: boolean;
}

/**
 * BOM first, then strict UTF-8 over the whole input, else GB18030 (a superset of GBK and
 * GB2312). A sample full of control characters after decoding is binary, not text.
 */
export function detectEncoding(
  bytes: Uint8Array,
  file: string,
  override?: string,
  { prefix = false }: DetectOptions = {},
): Result<EncodingInfo> {
  const bom = bomOf(bytes);
  let info: EncodingInfo;
  if (override) {
    if (!supports(override))
      return failWith(importError('encoding', `Unknown encoding "${override}".`, file));
    info = { encoding: override.toLowerCase(), bom: bom !== null, source: 'override' };
  } else if (bom) {
    info = { encoding: bom.encoding, bom: true, source: 'detected' };
  } else {
    const utf16 = guessUtf16(bytes.subarray(0, SAMPLE_BYTES));
    const encoding = utf16 ?? (isValidUtf8(bytes, 0, prefix) ? 'utf-8' : 'gb18030');
    info = { encoding, bom: false, source: 'detected' };
  }
  // A character cut by the sample's end is held back, not counted as U+FFFD.
  const cut = prefix || bytes.length > SAMPLE_BYTES;
  const sample = new TextDecoder(info.encoding).decode(bytes.subarray(0, SAMPLE_BYTES), {
    stream: cut,
  });
  if (controlShare(sample) > MAX_CONTROL_SHARE)
    return failWith(
      importError(
        'binary',
        `This does not look like a text file (control bytes after decoding as ${info.encoding}).`,
        file,
        { line: 1, column: 1 },
      ),
    );
  return { ok: true, value: info };
}

function failWith(error: ImportError): Result<EncodingInfo> {
  return { ok: false, error };
}

/** Decoded text in pieces of about `chunkBytes`, so no single string has to hold the file. */
export function* decodeChunks(
  bytes: Uint8Array,
  info: EncodingInfo,
  chunkBytes = CHUNK_BYTES,
): Generator<string> {
  // TextDecoder drops a BOM matching its own encoding (ignoreBOM defaults to false).
  const decoder = new TextDecoder(info.encoding);
  for (let at = 0; at < bytes.length; at += chunkBytes) {
    const end = Math.min(at + chunkBytes, bytes.length);
    const text = decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
    if (text) yield text;
  }
  if (bytes.length === 0) yield '';
}

/** The whole input as one string; for small inputs (JSON, samples). */
export function decodeText(bytes: Uint8Array, info: EncodingInfo): string {
  return new TextDecoder(info.encoding).decode(bytes);
}
