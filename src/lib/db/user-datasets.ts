import { buildDeleteUserDatasetSql, buildInsertUserRowsSql } from '../sql/build-user-rows-sql';
import type { UserDataset } from '../store/dataset';
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

/**
 * Adds a dataset to the user layer in one transaction: either every row lands or none
 * does, and what was loaded before stays as it was.
 */
export async function insertUserDataset(ds: UserDataset): Promise<void> {
  const { conn } = await getEngine();
  const rows = [
    ...buildInsertUserRowsSql('sources', ds.id, ds.sources as unknown as Record<string, unknown>[]),
    ...buildInsertUserRowsSql(
      'indicators',
      ds.id,
      ds.indicators as unknown as Record<string, unknown>[],
    ),
    ...buildInsertUserRowsSql('facts', ds.id, ds.facts as unknown as Record<string, unknown>[]),
    ...buildInsertUserRowsSql(
      'factSources',
      ds.id,
      ds.facts.map((f) => ({ fact_id: f.fact_id, source_id: f.source_id, is_primary: true })),
    ),
  ];
  await conn.query('BEGIN TRANSACTION');
  try {
    await runAll([...buildDeleteUserDatasetSql(ds.id), ...rows]);
    await conn.query('COMMIT');
  } catch (e) {
    await conn.query('ROLLBACK');
    throw new QueryError(`could not add "${ds.name}": ${messageOf(e)}`, rows[0]?.sql ?? '', e);
  }
}

export async function deleteUserDataset(id: string): Promise<void> {
  await runAll(buildDeleteUserDatasetSql(id));
}
