import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import {
  buildCountDatasetFactsSql,
  buildCreateStagingSql,
  buildDropStagingSql,
  buildFactsFromStagingSql,
  buildInsertStagedChoicesSql,
  buildInsertStagedRegionsSql,
  stagingTables,
  type StagingTables,
} from '../sql/build-import-staging-sql';
import type { DatasetInfo, StagedChoice, StagedRegionRow } from '../store';
import { getEngine } from './engine';
import { QueryError, messageOf } from './errors';
import type { SqlQuery } from './query';
import { insertUserDataset } from './user-datasets';

/**
 * What staging needs of a connection: DuckDB-WASM's async connection in the page, its
 * blocking one in Node tests (same method names; awaiting a plain value is harmless).
 */
export interface StagingConnection {
  query(sql: string): unknown;
  prepare(sql: string): unknown;
  insertArrowFromIPCStream(
    buffer: Uint8Array,
    options: { name: string; create?: boolean },
  ): unknown;
}

interface Statement {
  query(...params: unknown[]): unknown;
  close(): unknown;
}

async function run(conn: StagingConnection, queries: readonly SqlQuery[]): Promise<void> {
  for (const q of queries) {
    if (q.params.length === 0) {
      await conn.query(q.sql);
      continue;
    }
    const stmt = (await conn.prepare(q.sql)) as Statement;
    try {
      await stmt.query(...q.params);
    } finally {
      await stmt.close();
    }
  }
}

/**
 * One import's staging tables. Rows arrive batch by batch while the file is still being
 * read; nothing here touches the user's data, and `drop` leaves no trace of it.
 */
export class ImportStaging {
  readonly tables: StagingTables;

  constructor(
    private readonly conn: StagingConnection,
    readonly datasetId: string,
  ) {
    this.tables = stagingTables(datasetId);
  }

  async create(): Promise<void> {
    await this.#run(buildCreateStagingSql(this.tables));
  }

  /** Appends one Arrow IPC batch of STAGED_COLUMNS. The bytes are copied: the caller keeps them. */
  async addRows(ipc: Uint8Array): Promise<void> {
    try {
      await this.conn.insertArrowFromIPCStream(ipc.slice(), {
        name: this.tables.rows,
        create: false,
      });
    } catch (e) {
      throw new QueryError(
        `could not stage rows: ${messageOf(e)}`,
        `INSERT INTO ${this.tables.rows}`,
        e,
      );
    }
  }

  async setRegions(regions: readonly StagedRegionRow[]): Promise<void> {
    await this.#run([
      { sql: `DELETE FROM ${this.tables.regions}`, params: [] },
      ...buildInsertStagedRegionsSql(this.tables, regions),
    ]);
  }

  async setChoices(choices: readonly StagedChoice[]): Promise<void> {
    await this.#run([
      { sql: `DELETE FROM ${this.tables.choices}`, params: [] },
      ...buildInsertStagedChoicesSql(this.tables, choices),
    ]);
  }

  async drop(): Promise<void> {
    await this.#run(buildDropStagingSql(this.tables));
  }

  async #run(queries: readonly SqlQuery[]): Promise<void> {
    try {
      await run(this.conn, queries);
    } catch (e) {
      throw new QueryError(messageOf(e), queries[0]?.sql ?? '', e);
    }
  }
}

let stagingConn: Promise<AsyncDuckDBConnection> | null = null;

/**
 * Staging runs on a connection of its own: batches can land while the main connection is
 * inside another dataset's add transaction, and a rollback there never takes them along.
 */
export async function openImportStaging(datasetId: string): Promise<ImportStaging> {
  stagingConn ??= getEngine().then(({ db }) => db.connect());
  const staging = new ImportStaging(await stagingConn, datasetId);
  await staging.create();
  return staging;
}

/**
 * Adds a staged import to the user layer in one transaction (insertUserDataset's), making
 * its facts from the staging tables with the user's choices. Returns the number of facts.
 * The staging tables stay: the caller drops them once the dataset is also kept.
 */
export async function addStagedDataset(info: DatasetInfo, staging: ImportStaging): Promise<number> {
  const staged = info.staged;
  if (!staged) throw new Error(`${info.id} has no staged import`);
  await staging.setRegions(staged.regions);
  await staging.setChoices(staged.choices);
  const sourceId = info.sources[0]?.source_id ?? `${info.id}:src`;
  await insertUserDataset(
    { ...info, facts: [] },
    buildFactsFromStagingSql(staging.tables, { datasetId: info.id, sourceId, file: staged.file }),
  );
  const { conn } = await getEngine();
  const q = buildCountDatasetFactsSql(info.id);
  const stmt = await conn.prepare(q.sql);
  try {
    const table = await stmt.query(...q.params);
    return Number(table.getChild('facts')?.get(0) ?? 0);
  } finally {
    await stmt.close();
  }
}
