import { FACTS, FACT_SOURCES } from '../schema';
import {
  buildDeleteUserDatasetSql,
  buildInsertUserAggregatesSql,
  buildInsertUserRowsSql,
} from '../sql/build-user-rows-sql';
import { DATASET_COLUMN, USER_TABLES } from '../sql/user-layer';
import type { UserDataset } from '../store';
import { getEngine } from './engine';
import { QueryError, messageOf } from './errors';
import type { SqlQuery } from './query';

async function runAll(queries: SqlQuery[]): Promise<void> {
  const { conn } = await getEngine();
  for (const q of queries) {
    const stmt = await conn.prepare(q.sql);
    try {
      await stmt.query(...q.params);
    } finally {
      await stmt.close();
    }
  }
}

/** Dataset ids are `u` + digits + base36; anything else is squashed so the name stays an identifier. */
const stagingName = (id: string) => `staging_facts_${id.replace(/\W/g, '_')}`;

/**
 * Facts and their fact_sources rows from the staging table. Identifiers come from the schema
 * and the staging name above; the dataset id is a parameter.
 */
function copyFromStagingSql(staging: string, datasetId: string): SqlQuery[] {
  const facts = FACTS.columns.map((c) => c.name);
  const links = FACT_SOURCES.columns.map((c) => c.name);
  return [
    {
      sql: `INSERT INTO ${USER_TABLES.facts} (${[...facts, DATASET_COLUMN].join(', ')}) SELECT ${facts.join(', ')}, ? FROM ${staging}`,
      params: [datasetId],
    },
    {
      sql: `INSERT INTO ${USER_TABLES.factSources} (${[...links, DATASET_COLUMN].join(', ')}) SELECT fact_id, source_id, true, ? FROM ${staging}`,
      params: [datasetId],
    },
  ];
}

/**
 * Adds a dataset to the user layer in one transaction: either every row lands or none
 * does, and what was loaded before stays as it was. The few source and indicator rows go
 * through bound parameters; the facts go in as one Arrow stream into a staging table and
 * are copied over in SQL, which is ~50× faster than 250-row parameterised INSERTs.
 */
export async function insertUserDataset(
  ds: UserDataset,
  /** Statements that make the facts from an import's staging tables, run in the same transaction. */
  stagedFacts: readonly SqlQuery[] = [],
): Promise<void> {
  const { conn } = await getEngine();
  const meta = [
    ...buildInsertUserRowsSql('sources', ds.id, ds.sources as unknown as Record<string, unknown>[]),
    ...buildInsertUserRowsSql(
      'indicators',
      ds.id,
      ds.indicators as unknown as Record<string, unknown>[],
    ),
  ];
  const staging = stagingName(ds.id);
  await conn.query('BEGIN TRANSACTION');
  try {
    await runAll([...buildDeleteUserDatasetSql(ds.id), ...meta, ...stagedFacts]);
    if (ds.facts.length > 0) {
      // The worker takes the buffer (transfer); the cached bytes are kept for storage.
      const { factsToIpc } = await import('../store/fact-arrow');
      const ipc = factsToIpc(ds.facts).slice();
      await conn.insertArrowFromIPCStream(ipc, { name: staging, create: true });
      await runAll(copyFromStagingSql(staging, ds.id));
      await conn.query(`DROP TABLE ${staging}`);
    }
    // The map and the indicator list read the aggregates, never the facts: they land with
    // them (staged or not) or not at all.
    await runAll(buildInsertUserAggregatesSql(ds.id));
    await conn.query('COMMIT');
  } catch (e) {
    await conn.query('ROLLBACK');
    // Only if the Arrow insert escaped the transaction; normally the rollback removed it.
    await conn.query(`DROP TABLE IF EXISTS ${staging}`).catch(() => undefined);
    throw new QueryError(`could not add "${ds.name}": ${messageOf(e)}`, meta[0]?.sql ?? '', e);
  }
}

export async function deleteUserDataset(id: string): Promise<void> {
  await runAll(buildDeleteUserDatasetSql(id));
}
