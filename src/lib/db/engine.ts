import type * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { userLayerSql } from '../sql/user-layer';
import { DataLoadError, messageOf } from './errors';
import { checkSchema } from './schema-check';

/** Alias of the embedded, read-only database; user data lives in the in-memory main catalog. */
export const EMBEDDED = 'mz';

export interface Engine {
  db: duckdb.AsyncDuckDB;
  conn: duckdb.AsyncDuckDBConnection;
  manifest: DataManifest;
}

export interface DataManifest {
  schema_version: number;
  duckdb_version: string;
  database: string;
  rows: Record<string, number>;
  files: Record<string, { bytes: number; sha256: string }>;
}

let started: Promise<Engine> | null = null;

/** Starts DuckDB once; every caller shares the same promise. A failed start can be retried. */
export function getEngine(): Promise<Engine> {
  started ??= startEngine().catch((e: unknown) => {
    started = null;
    throw e;
  });
  return started;
}

function dataUrl(file: string, version?: string): string {
  const url = new URL(`data/${file}`, document.baseURI);
  if (version) url.searchParams.set('v', version.slice(0, 16));
  return url.href;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new DataLoadError(`could not fetch ${url}: ${messageOf(e)}`, url, e);
  }
  if (!res.ok) throw new DataLoadError(`could not fetch ${url}: HTTP ${res.status}`, url);
  return new Uint8Array(await res.arrayBuffer());
}

async function fetchManifest(): Promise<DataManifest> {
  const url = dataUrl('manifest.json');
  const bytes = await fetchBytes(url);
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as DataManifest;
  } catch (e) {
    throw new DataLoadError(`manifest at ${url} is not valid JSON`, url, e);
  }
}

/**
 * Refuses a database built for another version of the app before any query meets a
 * missing table or column: a clear, translated error instead of a Catalog Error on the
 * first map. The database stays attached but unused; reloading after a deploy fixes it.
 */
async function assertSchema(
  conn: duckdb.AsyncDuckDBConnection,
  manifest: DataManifest,
  url: string,
): Promise<void> {
  const tables = await conn.query(
    `SELECT table_name FROM duckdb_tables() WHERE database_name = '${EMBEDDED}'`,
  );
  const names = tables.toArray().map((r) => String((r as { table_name: unknown }).table_name));
  const problem = checkSchema(manifest.schema_version, names);
  if (problem)
    throw new DataLoadError(
      `database schema version ${problem.found ?? 'unknown'}, this app reads version ${problem.expected}` +
        (problem.missing.length ? ` (missing: ${problem.missing.join(', ')})` : ''),
      url,
      undefined,
      problem,
    );
}

async function startEngine(): Promise<Engine> {
  // Loaded on demand: the first view paints from the snapshot without DuckDB's JS or Arrow.
  const duckdbModule = import('@duckdb/duckdb-wasm');
  const bundles: duckdb.DuckDBBundles = {
    mvp: {
      mainModule: new URL(mvpWasm, document.baseURI).href,
      mainWorker: new URL(mvpWorker, document.baseURI).href,
    },
    eh: {
      mainModule: new URL(ehWasm, document.baseURI).href,
      mainWorker: new URL(ehWorker, document.baseURI).href,
    },
  };
  const manifestP = fetchManifest();
  const duckdb = await duckdbModule;
  const bundle = await duckdb.selectBundle(bundles);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await db.open({ query: { castBigIntToDouble: true } });
  const conn = await db.connect();
  // Offline, an autoloaded extension is fetched from a CDN and fails opaquely; make it a clean error.
  await conn.query('SET autoinstall_known_extensions=false');
  await conn.query('SET autoload_known_extensions=false');
  const manifest = await manifestP;
  const file = manifest.database;
  const url = dataUrl(file, manifest.files[file]?.sha256);
  await db.registerFileBuffer(file, await fetchBytes(url));
  try {
    await conn.query(`ATTACH '${file.replaceAll("'", "''")}' AS ${EMBEDDED} (READ_ONLY)`);
  } catch (e) {
    throw new DataLoadError(`could not open ${file}: ${messageOf(e)}`, url, e);
  }
  await assertSchema(conn, manifest, url);
  for (const sql of userLayerSql()) await conn.query(sql);
  return { db, conn, manifest };
}
