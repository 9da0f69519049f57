/**
 * npm run data: data/*.csv + gazetteer + boundaries → public/data/
 *   facts.duckdb (what the app ATTACHes), *.parquet (for other tools), china.topo.json,
 *   gazetteer.json, manifest.json. Validation failures stop the build before anything is written.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  SCHEMA_VERSION,
  formatIssue,
  parseCsv,
  validateData,
  TABLES,
  type CsvFile,
} from '../src/lib/schema';
import { isUserIndicator } from '../src/lib/store/dataset';
import { buildGazetteer } from './gazetteer';
import { writeBoundaries } from './regions.topojson';
import { buildCoverageReport, formatCoverageReport } from './lib/coverage-report';
import { buildManifest, describeFile } from './lib/manifest';
import { writeDatabase } from './lib/write-database';
import { writeSnapshot } from './lib/write-snapshot';

export const DATABASE_FILE = 'facts.duckdb';

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  quiet?: boolean;
}

export type BuildResult =
  { ok: true; facts: number; report: string } | { ok: false; errors: string[] };

function readCsv(dataDir: string, name: string) {
  return parseCsv(`data/${name}`, readFileSync(join(dataDir, name), 'utf8'));
}

async function duckdbVersion(): Promise<string> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const rows = (await conn.runAndReadAll('SELECT version()')).getRows();
  conn.closeSync();
  instance.closeSync();
  return String(rows[0]?.[0]);
}

/**
 * The map aggregate unions built-in and user aggregates cell by cell (lib/sql user-layer.ts),
 * which is only right while no built-in indicator id takes the form of a user dataset's.
 */
function reservedIndicatorIssues(indicators: CsvFile): string[] {
  return indicators.records.flatMap((r) => {
    const id = r.values['indicator_id'] ?? '';
    return isUserIndicator(id)
      ? [
          formatIssue({
            file: indicators.file,
            line: r.line,
            column: 'indicator_id',
            message: `"${id}" has the form of a user dataset's indicator id (u + 14 digits + 4 characters + _); choose another`,
          }),
        ]
      : [];
  });
}

export async function buildData({ dataDir, outDir }: BuildOptions): Promise<BuildResult> {
  const regions = buildGazetteer();
  const indicators = readCsv(dataDir, 'indicators.csv');
  const reserved = reservedIndicatorIssues(indicators);
  const result = validateData({
    facts: readCsv(dataDir, 'facts.csv'),
    indicators,
    sources: readCsv(dataDir, 'sources.csv'),
    population: readCsv(dataDir, 'population-2020.csv'),
    regionCodes: new Set(regions.map((r) => r.code)),
  });
  if (!result.ok || reserved.length > 0) {
    const issues = result.ok ? [] : result.issues.map(formatIssue);
    return { ok: false, errors: [...reserved, ...issues] };
  }
  mkdirSync(outDir, { recursive: true });
  const dbPath = join(outDir, DATABASE_FILE);
  const { derivedRows } = await writeDatabase({ ...result.data, regions }, dbPath, outDir);
  const topo = writeBoundaries(outDir);
  const gazetteerPath = join(outDir, 'gazetteer.json');
  writeFileSync(gazetteerPath, JSON.stringify(regions));
  const snapshotPath = join(outDir, 'snapshot.json');
  await writeSnapshot(dbPath, snapshotPath, describeFile(dbPath).sha256);
  const rows = {
    facts: result.data.facts.length,
    fact_sources: result.data.factSources.length,
    indicators: result.data.indicators.length,
    sources: result.data.sources.length,
    regions: regions.length,
    population: result.data.population.length,
    ...derivedRows,
  };
  const manifest = buildManifest(
    {
      schema_version: SCHEMA_VERSION,
      duckdb_version: await duckdbVersion(),
      database: DATABASE_FILE,
      rows,
    },
    [
      dbPath,
      topo.file,
      gazetteerPath,
      snapshotPath,
      ...TABLES.map((t) => join(outDir, `${t.name}.parquet`)),
    ],
  );
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return {
    ok: true,
    facts: rows.facts,
    report: formatCoverageReport(buildCoverageReport(result.data.facts, regions)),
  };
}

const isMain = process.argv[1]?.endsWith('build-data.ts');
if (isMain) {
  const t0 = performance.now();
  const res = await buildData({ dataDir: 'data', outDir: 'public/data' });
  if (!res.ok) {
    console.error(`npm run data: ${res.errors.length} problem(s) in data/, nothing written:`);
    for (const e of res.errors) console.error('  ' + e);
    process.exit(1);
  }
  console.log(res.report);
  console.log(`Wrote public/data (${res.facts} facts) in ${Math.round(performance.now() - t0)} ms`);
}
