import { importError, type Result } from './errors';
import { buildGrid, type Grid } from './grid';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function text(value: Json | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** 1-based line and column of a character offset. */
function position(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function parseError(source: string, e: unknown, file: string, line?: number) {
  // Newer V8 (Chromium) appends " (line L column C)" to what Node's V8 says; the location is
  // already in file:line:column, so drop it and the browser and the CLI print the same text.
  const message = (e instanceof Error ? e.message : String(e)).replace(
    / \(line \d+ column \d+\)$/,
    '',
  );
  const at = /position (\d+)/.exec(message);
  const where =
    line !== undefined
      ? { line, column: at ? Number(at[1]) + 1 : 1 }
      : at
        ? position(source, Number(at[1]))
        : {};
  return importError('json_invalid', `Invalid JSON: ${message}`, file, where);
}

/** Records may sit under a key: `{"data": [...]}` as many APIs return. */
function recordsOf(value: Json): Json[] | null {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') {
    const arrays = Object.values(value).filter(Array.isArray);
    if (arrays.length === 1) return arrays[0] ?? null;
  }
  return null;
}

/** Objects (keys become the header, in first-seen order) or arrays of arrays (first is the header). */
function toGrid(records: Json[], lines: number[]): Grid | null {
  if (records.every(Array.isArray))
    return buildGrid(
      records.map((r) => (r as Json[]).map(text)),
      lines,
    );
  if (!records.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r))) return null;
  const keys = new Set<string>();
  for (const r of records) for (const k of Object.keys(r as object)) keys.add(k);
  const header = [...keys];
  const rows = records.map((r) => header.map((k) => text((r as Record<string, Json>)[k])));
  return buildGrid([header, ...rows], [lines[0] ?? 1, ...lines]);
}

export function readJson(source: string, file: string): Result<Grid> {
  let value: Json;
  try {
    value = JSON.parse(source) as Json;
  } catch (e) {
    return { ok: false, error: parseError(source, e, file) };
  }
  const records = recordsOf(value);
  const grid =
    records &&
    toGrid(
      records,
      records.map(() => 1),
    );
  if (!grid)
    return {
      ok: false,
      error: importError(
        'no_table',
        'JSON must be an array of objects, an array of arrays, or an object holding one such array.',
        file,
        { line: 1, column: 1 },
      ),
    };
  return { ok: true, value: grid };
}

/** One JSON value per line; blank lines skipped; the first bad line is the error. */
export function readNdjson(source: string, file: string): Result<Grid> {
  const records: Json[] = [];
  const lines: number[] = [];
  const all = source.split(/\r?\n/);
  for (let i = 0; i < all.length; i++) {
    const line = all[i]?.trim() ?? '';
    if (!line) continue;
    try {
      records.push(JSON.parse(line) as Json);
      lines.push(i + 1);
    } catch (e) {
      return { ok: false, error: parseError(line, e, file, i + 1) };
    }
  }
  const grid = toGrid(records, lines);
  if (!grid)
    return {
      ok: false,
      error: importError('no_table', 'Each NDJSON line must be an object or an array.', file, {
        line: 1,
        column: 1,
      }),
    };
  return { ok: true, value: grid };
}
