import { statSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launch } from '../tests/e2e/browser';
import { serveStatic } from '../tests/e2e/static-server';
import { generate, type Dataset } from './generate';
import { log } from './lib/log';
import { formatReport, type Results } from './lib/report';
import { SITE, buildSite, renderBlockingJsGzipKiB } from './lib/site';
import { median, round, spread } from './lib/stats';
import { runBenchPage } from './measure/bench-page';
import { coldLoad, type ColdLoad } from './measure/cold-load';
import { embeddedFilter } from './measure/embedded-filter';
import type { Breakdown } from './pages/lib/breakdown';
import { filterSequence } from './pages/lib/sequence';
import type { Panel } from './pages/lib/panels';
import {
  runNativeLoad,
  runNativePanels,
  runNativeQueries,
  type NativePanels,
  type NativeResult,
} from './peers/native';

const argv = process.argv.slice(2);
const JSON_ONLY = argv.includes('--json');
const QUICK = argv.includes('--quick');
const PLAN = QUICK
  ? { sizes: { '1M': 1_000_000 }, coldRuns: 3, moves: 10, queries: 20, importRuns: 2 }
  : {
      sizes: { '1M': 1_000_000, '10M': 10_000_000 },
      coldRuns: 5,
      moves: 30,
      queries: 40,
      importRuns: 3,
    };
type Size = '1M' | '10M';

interface Timed {
  ms: number[];
  checksums: string[];
}
interface FilterPage {
  load_ms: number;
  /** The dashboard's path: per-view query through the row source's cache, then mapRowsOf. */
  app: Timed;
  /** One buildMapSql query per move, no cache. */
  sql: Timed;
  breakdown: { view: Breakdown; sql: Breakdown };
  /** Median ms per query of the trend, indicator list and region ranks (no cache). */
  panels_ms: Partial<Record<Panel, number>>;
  view_queries: number;
  moves: number;
  duckdb_mib: number;
}
interface PeersPage {
  load_ms: number;
  arquero_load_ms: number;
  plain: Timed;
  arquero: Timed;
}

const sized = <T>(f: (s: Size) => T | undefined): Record<Size, T | null> => ({
  '1M': f('1M') ?? null,
  '10M': f('10M') ?? null,
});

async function coldLoads(
  browser: Browser,
  origin: string,
): Promise<{ app: ColdLoad[]; snap: ColdLoad[] }> {
  const app: ColdLoad[] = [];
  const snap: ColdLoad[] = [];
  // Alternated, so drift in the machine's load hits both alike.
  for (let i = 0; i < PLAN.coldRuns; i++) {
    app.push(await coldLoad(browser, `${origin}/app/`, true));
    snap.push(await coldLoad(browser, `${origin}/pages/snapshot.html`, false));
    log(
      `cold load ${i + 1}/${PLAN.coldRuns}: app ${app.at(-1)!.first_chart_ms.toFixed(0)} ms, snapshot page ${snap.at(-1)!.first_chart_ms.toFixed(0)} ms`,
    );
  }
  return { app, snap };
}

async function main(): Promise<void> {
  const started = performance.now();
  buildSite();
  const sets: Partial<Record<Size, Dataset>> = {};
  for (const [label, rows] of Object.entries(PLAN.sizes) as [Size, number][])
    sets[label] = await generate(label, rows, label === '1M');
  const inputs = filterSequence(PLAN.queries);
  const native: Partial<Record<Size, NativeResult>> = {};
  const nativePanels: Partial<Record<Size, NativePanels>> = {};
  for (const s of Object.keys(sets) as Size[]) {
    native[s] = await runNativeQueries(sets[s]!, inputs);
    nativePanels[s] = await runNativePanels(sets[s]!);
  }
  const csvFile = sets['1M']!.csv!;
  const pqFile = sets['1M']!.parquet!;

  const server = await serveStatic(SITE, '/');
  const origin = server.url.replace(/\/$/, '');
  const browser = await launch();
  try {
    const cold = await coldLoads(browser, origin);
    log('embedded data: moving the year slider');
    const embedded = await embeddedFilter(browser, `${origin}/app/`, PLAN.moves);
    const filter: Partial<Record<Size, Awaited<ReturnType<typeof runBenchPage<FilterPage>>>>> = {};
    const peers: Partial<Record<Size, PeersPage>> = {};
    for (const s of Object.keys(sets) as Size[]) {
      log(`${s}: DuckDB-WASM filter page`);
      filter[s] = await runBenchPage<FilterPage>(
        browser,
        `${origin}/pages/filter.html?set=${s}&n=${PLAN.queries}`,
        `filter ${s}`,
      );
      const f = filter[s].result;
      log(
        `${s}: dashboard path p50 ${median(f.app.ms).toFixed(1)} ms (${f.view_queries} view queries for ${f.moves} moves), one query per move ${median(f.sql.ms).toFixed(1)} ms, wasm ${filter[s].wasm_mib.toFixed(0)} MiB`,
      );
      log(`${s}: breakdown ${JSON.stringify(f.breakdown)}`);
      log(`${s}: panels (ms per query) ${JSON.stringify(f.panels_ms)}`);
      log(`${s}: plain JS and Arquero page`);
      peers[s] = (
        await runBenchPage<PeersPage>(
          browser,
          `${origin}/pages/peers.html?set=${s}&n=${PLAN.queries}`,
          `peers ${s}`,
        )
      ).result;
      log(
        `${s}: plain JS p50 ${median(peers[s].plain.ms).toFixed(1)} ms, Arquero ${median(peers[s].arquero.ms).toFixed(1)} ms`,
      );
    }
    // Native loads right before the browser's, so both see the same machine load.
    const nativeCsv = await runNativeLoad(csvFile, 'read_csv', PLAN.importRuns);
    const nativePq = await runNativeLoad(pqFile, 'read_parquet', PLAN.importRuns);
    log(`native load: CSV ${nativeCsv} MB/s, Parquet ${nativePq} MB/s`);
    log('import page (1M CSV and Parquet)');
    const imp = (
      await runBenchPage<{
        csv_mb_s: number;
        parquet_mb_s: number;
        csvRates: number[];
        pqRates: number[];
      }>(browser, `${origin}/pages/import.html?set=1M&runs=${PLAN.importRuns}`, 'import')
    ).result;

    const agree = (Object.keys(sets) as Size[]).every((s) => {
      const ref = JSON.stringify(native[s]!.checksums);
      return [
        filter[s]!.result.app,
        filter[s]!.result.sql,
        peers[s]!.plain,
        peers[s]!.arquero,
      ].every((t) => JSON.stringify(t.checksums) === ref);
    });
    const js = renderBlockingJsGzipKiB();
    const bytes = cold.app[0]!.bytes;
    const results: Results = {
      first_chart_ms: round(median(cold.app.map((c) => c.first_chart_ms))),
      interactive_ms: round(median(cold.app.map((c) => c.interactive_ms!))),
      initial_js_gzip_kib: round(js.kib),
      filter_ms: {
        embedded: spread(embedded),
        ...sized((s) => filter[s] && spread(filter[s].result.app.ms)),
      },
      import_mb_s: { csv: round(imp.csv_mb_s), parquet: round(imp.parquet_mb_s) },
      memory_mib: {
        ...Object.fromEntries(
          (Object.keys(PLAN.sizes) as Size[]).flatMap((s) => [
            [`wasm_${s}`, filter[s] ? round(filter[s].wasm_mib_at['app'] ?? NaN, 0) : null],
            [`wasm_${s}_after_sql_path`, filter[s] ? round(filter[s].wasm_mib, 0) : null],
            [`duckdb_buffers_${s}`, filter[s] ? round(filter[s].result.duckdb_mib, 0) : null],
            [`js_heap_${s}`, filter[s] ? round(filter[s].js_heap_mib, 0) : null],
          ]),
        ),
        ...(QUICK ? { wasm_10M: null } : {}),
      },
      peers: {
        json_snapshot_first_chart_ms: round(median(cold.snap.map((c) => c.first_chart_ms))),
        plain_js: sized((s) => peers[s] && spread(peers[s].plain.ms)),
        arquero: sized((s) => peers[s] && spread(peers[s].arquero.ms)),
        native_duckdb: {
          ...sized((s) => native[s]?.query_ms),
          csv_mb_s: nativeCsv,
          parquet_mb_s: nativePq,
        },
      },
      details: {
        mode: QUICK ? 'quick' : 'full',
        runs: PLAN,
        one_query_per_move_filter_ms: sized((s) => filter[s] && spread(filter[s].result.sql.ms)),
        view_queries: sized(
          (s) =>
            filter[s] && { queries: filter[s].result.view_queries, moves: filter[s].result.moves },
        ),
        breakdown_ms: sized((s) => filter[s]?.result.breakdown),
        panels_ms: sized((s) => filter[s]?.result.panels_ms),
        native_panels_ms: sized((s) => nativePanels[s]?.app_ms),
        native_panels_over_facts_ms: sized((s) => nativePanels[s]?.over_facts_ms),
        panels_same_rows_as_over_facts: (Object.keys(sets) as Size[]).every(
          (s) => nativePanels[s]!.same_rows_as_over_facts,
        ),
        native_one_query_per_move_ms: sized((s) => native[s]?.sql_query_ms),
        native_over_facts_ms: sized((s) => native[s]?.reference_query_ms),
        same_rows_as_map_over_facts: (Object.keys(sets) as Size[]).every(
          (s) => native[s]!.same_rows_as_reference,
        ),
        all_engines_same_results: agree,
        engine_load_ms: sized((s) => filter[s] && round(filter[s].result.load_ms)),
        peer_column_load_ms: sized((s) => peers[s] && round(peers[s].load_ms)),
        cold_load_bytes_by_kind: bytes,
        snapshot_page_bytes_by_kind: cold.snap[0]!.bytes,
        first_chart_runs_ms: cold.app.map((c) => round(c.first_chart_ms)),
        interactive_runs_ms: cold.app.map((c) => round(c.interactive_ms!)),
        snapshot_runs_ms: cold.snap.map((c) => round(c.first_chart_ms)),
        render_blocking_files: js.files,
        import_runs_mb_s: {
          csv: imp.csvRates.map((x) => round(x)),
          parquet: imp.pqRates.map((x) => round(x)),
        },
        import_file_mb: { csv: round(statMb(csvFile)), parquet: round(statMb(pqFile)) },
        wall_s: round((performance.now() - started) / 1000, 0),
      },
    };
    writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
    const report = formatReport(results);
    if (JSON_ONLY) {
      process.stderr.write(report);
      process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    } else process.stdout.write(report);
    log(`done in ${(results.details['wall_s'] as number).toFixed(0)} s; wrote bench/results.json`);
  } finally {
    await browser.close();
    await server.close();
  }
}

const statMb = (f: string): number => statSync(f).size / 1e6;

main().catch((e: unknown) => {
  log(`failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exit(1);
});
