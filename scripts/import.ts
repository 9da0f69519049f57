/**
 * `tsx scripts/import.ts FILE [--json] [--out OUT.parquet] [--sheet NAME] [--encoding gb18030]
 *  [--override 名称=110000 ...]`: the browser's import code, run in Node, on CSV/TSV/TXT, xlsx,
 * xls, ods, Parquet, JSON or NDJSON. With --json, stdout holds one JSON object and nothing
 * else; errors go to stderr as file:line:column.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import * as OpenCC from 'opencc-js';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createResolver } from '../src/lib/geo';
import { formatImportError, importFile, type ImportReport, type LongRow } from '../src/lib/import';
import { buildGazetteer } from './gazetteer';

const USAGE =
  'usage: tsx scripts/import.ts FILE [--json] [--out OUT.parquet] [--sheet NAME] [--encoding LABEL] [--override NAME=CODE]';

function parseCli() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      sheet: { type: 'string' },
      encoding: { type: 'string' },
      override: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const overrides: Record<string, string | null> = {};
  for (const pair of values.override ?? []) {
    const at = pair.lastIndexOf('=');
    if (at > 0) overrides[pair.slice(0, at)] = pair.slice(at + 1) || null;
  }
  return { ...values, file: positionals[0], overrides };
}

/** The summary --json prints: what the issue asks for, small enough to read. */
function summary(report: ImportReport, out?: string) {
  return {
    file: report.file,
    format: report.format,
    encoding: report.encoding?.encoding ?? null,
    delimiter: report.delimiter,
    sheet: report.sheet,
    shape: report.shape,
    rows: report.rows,
    regions: {
      matched: report.regions.matched,
      unmatched: report.regions.unmatched,
      national: report.regions.national,
      aggregates: report.regions.aggregates,
      nonRegions: report.regions.nonRegions,
      levels: report.regions.levels,
    },
    years: report.years,
    indicators: report.indicators,
    units: report.units,
    notes: report.notes,
    warnings: report.warnings,
    ...(out ? { out } : {}),
  };
}

async function writeParquet(rows: readonly LongRow[], out: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  await conn.run(
    'CREATE TABLE imported (region_code VARCHAR, region_name VARCHAR, year INTEGER, indicator VARCHAR, value DOUBLE, unit VARCHAR)',
  );
  const appender = await conn.createAppender('imported');
  for (const r of rows) {
    for (const v of [r.region_code, r.region_name]) {
      if (v === null) appender.appendNull();
      else appender.appendVarchar(v);
    }
    if (r.year === null) appender.appendNull();
    else appender.appendInteger(r.year);
    appender.appendVarchar(r.indicator);
    if (r.value === null) appender.appendNull();
    else appender.appendDouble(r.value);
    if (r.unit === null) appender.appendNull();
    else appender.appendVarchar(r.unit);
    appender.endRow();
  }
  appender.closeSync();
  const path = out.replaceAll("'", "''");
  await conn.run(`COPY imported TO '${path}' (FORMAT parquet, COMPRESSION zstd)`);
  conn.closeSync();
  instance.closeSync();
}

function printReadable(report: ImportReport): void {
  const r = report;
  const lines = [
    `${r.file}: ${r.format}${r.encoding ? `, ${r.encoding.encoding}` : ''}${r.sheet ? `, sheet "${r.sheet}"` : ''}`,
    `shape: ${r.shape.kind}${r.shape.nbs ? ' (NBS export)' : ''}${r.shape.multiHeader ? ', two-row header' : ''}, ${r.shape.blocks} block(s)`,
    `rows: ${r.rows}; regions matched: ${r.regions.matched}; years: ${r.years.join(', ') || '—'}`,
    `indicators: ${r.indicators.map((i) => (r.units[i] ? `${i} (${r.units[i]})` : i)).join('; ')}`,
  ];
  const levels = Object.entries(r.regions.levels).filter(([, n]) => n > 0);
  if (levels.length > 1) lines.push(`levels: ${levels.map(([l, n]) => `${n} ${l}`).join(', ')}`);
  if (r.regions.national.length) lines.push(`national rows: ${r.regions.national.join(', ')}`);
  for (const u of r.regions.unmatched)
    lines.push(
      `unmatched: ${u.name}${u.suggestions.length ? ` (did you mean ${u.suggestions.map((s) => `${s.name} ${s.code}`).join(', ')}?)` : ''}`,
    );
  for (const w of r.warnings) {
    const cells = w.cells.map((c) => `${c.line}:${c.column}`).join(' ');
    lines.push(`warning: ${w.count} ${w.message}${cells ? ` [${cells}]` : ''}`);
  }
  console.log(lines.join('\n'));
}

async function main(): Promise<number> {
  const args = parseCli();
  if (args.help || !args.file) {
    (args.help ? console.log : console.error)(USAGE);
    return args.help ? 0 : 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(args.file);
  } catch (e) {
    console.error(`${args.file}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const regions = buildGazetteer();
  const names = new Map(regions.map((r) => [r.code, r.name]));
  const resolver = createResolver(regions, {
    toSimplified: OpenCC.Converter({ from: 'tw', to: 'cn' }),
  });
  const result = await importFile(
    { name: args.file, bytes },
    {
      resolver,
      encoding: args.encoding,
      sheet: args.sheet,
      overrides: args.overrides,
      regionName: (code) => names.get(code),
    },
  );
  if (!result.ok) {
    console.error(formatImportError(result.error));
    return 1;
  }
  if (args.out) await writeParquet(result.table, args.out);
  if (args.json) process.stdout.write(`${JSON.stringify(summary(result.report, args.out))}\n`);
  else printReadable(result.report);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  },
);
