import type { Breakdown } from '../pages/lib/breakdown';
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
    check('[stretch] filter p50 1M', r.filter_ms['1M']?.p50 ?? null, '<=', 30, ' ms'),
    check('[stretch] filter p50 10M', r.filter_ms['10M']?.p50 ?? null, '<=', 30, ' ms'),
  ];
}

const fmt = (x: number | null | undefined, d = 2): string =>
  x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(d);
const sp = (s: Spread | null | undefined): string =>
  s ? `${fmt(s.p50, 1)} / ${fmt(s.p95, 1)}` : '—';

const stepLine = (b: Breakdown): string =>
  `worker ${fmt(b.worker_ms, 1)} + transfer ${fmt(b.transfer_ms, 1)} + rows ${fmt(b.rows_ms, 1)} + assemble ${fmt(b.assemble_ms, 1)} + render ${fmt(b.render_ms, 1)} ms (${b.result_rows} rows)`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  return rows
    .map((r) => r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join('  '))
    .join('\n');
}

export function formatReport(r: Results): string {
  const d = r.details;
  const perMove = d['one_query_per_move_filter_ms'] as Sized<Spread> | undefined;
  const natPerMove = d['native_one_query_per_move_ms'] as Sized<Spread> | undefined;
  const natFacts = d['native_over_facts_ms'] as Sized<Spread> | undefined;
  const steps = d['breakdown_ms'] as Sized<{ view: Breakdown; sql: Breakdown }> | undefined;
  const panels = d['panels_ms'] as Sized<Record<string, number>> | undefined;
  const natPanels = d['native_panels_ms'] as Sized<Record<string, number>> | undefined;
  const natPanelsFacts = d['native_panels_over_facts_ms'] as
    Sized<Record<string, number>> | undefined;
  const panelLine = (s: '1M' | '10M'): string =>
    ['trend', 'indicators', 'region_ranks', 'region_facts']
      .map(
        (p) =>
          `${p} ${fmt(panels?.[s]?.[p], 1)} | ${fmt(natPanels?.[s]?.[p], 1)} | ${fmt(natPanelsFacts?.[s]?.[p], 1)}`,
      )
      .join('; ');
  const figures = [
    ['figure', 'value'],
    ['first chart (app) ms', fmt(r.first_chart_ms, 0)],
    ['first chart (JSON-snapshot page) ms', fmt(r.peers.json_snapshot_first_chart_ms, 0)],
    ['interactive (live DuckDB) ms', fmt(r.interactive_ms, 0)],
    ['render-blocking JS gzip KiB', fmt(r.initial_js_gzip_kib, 1)],
    ['filter→render p50/p95 ms: embedded (real app)', sp(r.filter_ms.embedded)],
    ...(['1M', '10M'] as const).flatMap((s) => [
      [`  ${s}: DuckDB-WASM, dashboard path`, sp(r.filter_ms[s])],
      [`  ${s}: DuckDB-WASM, one map query per move`, sp(perMove?.[s])],
      [`  ${s}: plain JS`, sp(r.peers.plain_js[s])],
      [`  ${s}: Arquero`, sp(r.peers.arquero[s])],
      [`  ${s}: native DuckDB, dashboard path (no render)`, sp(r.peers.native_duckdb[s])],
      [`  ${s}: native DuckDB, one map query per move`, sp(natPerMove?.[s])],
      [`  ${s}: native DuckDB, map over the facts`, sp(natFacts?.[s])],
      [`  ${s}: steps (view query path)`, steps?.[s] ? stepLine(steps[s].view) : '—'],
      [`  ${s}: steps (one query per move)`, steps?.[s] ? stepLine(steps[s].sql) : '—'],
      [`  ${s}: panels ms/query: WASM | native | native over facts`, panelLine(s)],
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
