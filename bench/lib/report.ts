import type { Spread } from './stats';

type Sized<T> = Record<'1M' | '10M', T | null>;

/** bench/results.json: these keys are the contract; `details` holds everything else. */
export interface Results {
  first_chart_ms: number;
  interactive_ms: number;
  initial_js_gzip_kib: number;
  filter_ms: { embedded: Spread } & Sized<Spread>;
  import_mb_s: { csv: number; parquet: number };
  memory_mib: Record<string, number | null>;
  peers: {
    json_snapshot_first_chart_ms: number;
    plain_js: Sized<Spread>;
    arquero: Sized<Spread>;
    native_duckdb: Sized<Spread> & { csv_mb_s: number; parquet_mb_s: number };
  };
  details: Record<string, unknown>;
}

interface Check {
  what: string;
  value: number | null;
  target: string;
  pass: boolean | null;
}

const ratio = (a: number | undefined, b: number | undefined): number | null =>
  a === undefined || b === undefined || !b ? null : a / b;

function check(
  what: string,
  value: number | null,
  op: '<=' | '>=',
  limit: number,
  unit = '×',
): Check {
  const pass = value === null ? null : op === '<=' ? value <= limit : value >= limit;
  return { what, value, target: `${op === '<=' ? '≤' : '≥'} ${limit}${unit}`, pass };
}

export function checks(r: Results): Check[] {
  const pre = r.details['preagg_filter_ms'] as Sized<Spread> | undefined;
  const p = r.peers;
  return [
    check(
      'first chart / JSON-snapshot page',
      ratio(r.first_chart_ms, p.json_snapshot_first_chart_ms),
      '<=',
      2.2,
    ),
    check(
      'filter p50 1M / plain JS',
      ratio(r.filter_ms['1M']?.p50, p.plain_js['1M']?.p50),
      '<=',
      1.4,
    ),
    check(
      'filter p50 10M / plain JS',
      ratio(r.filter_ms['10M']?.p50, p.plain_js['10M']?.p50),
      '<=',
      1.8,
    ),
    check(
      'filter p50 10M / Arquero',
      ratio(r.filter_ms['10M']?.p50, p.arquero['10M']?.p50),
      '<=',
      0.4,
    ),
    check(
      'CSV import / native DuckDB',
      ratio(r.import_mb_s.csv, p.native_duckdb.csv_mb_s),
      '>=',
      0.6,
    ),
    check(
      'Parquet import / native DuckDB',
      ratio(r.import_mb_s.parquet, p.native_duckdb.parquet_mb_s),
      '>=',
      0.6,
    ),
    check('render-blocking JS (gzip)', r.initial_js_gzip_kib, '<=', 120, ' KiB'),
    check('wasm heap at 10M', r.memory_mib['wasm_10M'] ?? null, '<=', 1024, ' MiB'),
    check(
      '[pre-agg] filter p50 1M / plain JS',
      ratio(pre?.['1M']?.p50, p.plain_js['1M']?.p50),
      '<=',
      1.4,
    ),
    check(
      '[pre-agg] filter p50 10M / plain JS',
      ratio(pre?.['10M']?.p50, p.plain_js['10M']?.p50),
      '<=',
      1.8,
    ),
    check(
      '[pre-agg] filter p50 10M / Arquero',
      ratio(pre?.['10M']?.p50, p.arquero['10M']?.p50),
      '<=',
      0.4,
    ),
    check(
      '[pre-agg] wasm heap at 10M',
      r.memory_mib['wasm_10M_after_preagg'] ?? null,
      '<=',
      1024,
      ' MiB',
    ),
  ];
}

const fmt = (x: number | null | undefined, d = 2): string =>
  x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(d);
const sp = (s: Spread | null | undefined): string =>
  s ? `${fmt(s.p50, 1)} / ${fmt(s.p95, 1)}` : '—';

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  return rows
    .map((r) => r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join('  '))
    .join('\n');
}

export function formatReport(r: Results): string {
  const pre = r.details['preagg_filter_ms'] as Sized<Spread>;
  const nat = r.details['native_preagg_ms'] as Sized<Spread>;
  const figures = [
    ['figure', 'value'],
    ['first chart (app) ms', fmt(r.first_chart_ms, 0)],
    ['first chart (JSON-snapshot page) ms', fmt(r.peers.json_snapshot_first_chart_ms, 0)],
    ['interactive (live DuckDB) ms', fmt(r.interactive_ms, 0)],
    ['render-blocking JS gzip KiB', fmt(r.initial_js_gzip_kib, 1)],
    ['filter→render p50/p95 ms: embedded (real app)', sp(r.filter_ms.embedded)],
    ...(['1M', '10M'] as const).flatMap((s) => [
      [`  ${s}: DuckDB-WASM, app SQL`, sp(r.filter_ms[s])],
      [`  ${s}: DuckDB-WASM, pre-aggregated`, sp(pre?.[s])],
      [`  ${s}: plain JS`, sp(r.peers.plain_js[s])],
      [`  ${s}: Arquero`, sp(r.peers.arquero[s])],
      [`  ${s}: native DuckDB (query only, 1 thread)`, sp(r.peers.native_duckdb[s])],
      [`  ${s}: native DuckDB pre-aggregated`, sp(nat?.[s])],
    ]),
    [
      'import MB/s CSV: browser / native',
      `${fmt(r.import_mb_s.csv, 1)} / ${fmt(r.peers.native_duckdb.csv_mb_s, 1)}`,
    ],
    [
      'import MB/s Parquet: browser / native',
      `${fmt(r.import_mb_s.parquet, 1)} / ${fmt(r.peers.native_duckdb.parquet_mb_s, 1)}`,
    ],
    ...Object.entries(r.memory_mib).map(([k, v]) => [`memory MiB ${k}`, fmt(v, 0)]),
  ];
  const verdicts = [
    ['check', 'value', 'target', 'result'],
    ...checks(r).map((c) => [
      c.what,
      fmt(c.value),
      c.target,
      c.pass === null ? 'n/a' : c.pass ? 'PASS' : 'MISS',
    ]),
  ];
  return `${table(figures)}\n\n${table(verdicts)}\n`;
}
