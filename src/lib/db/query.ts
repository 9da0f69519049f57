import type { Table } from 'apache-arrow';
import { getEngine } from './engine';
import { QueryError, messageOf } from './errors';

export type SqlParam = string | number | boolean | null;

export interface SqlQuery {
  sql: string;
  params: readonly SqlParam[];
}

/** Runs a parameterised query (`?` placeholders) and returns the Arrow table. */
export async function query({ sql, params }: SqlQuery): Promise<Table> {
  const { conn } = await getEngine();
  try {
    if (params.length === 0) return await conn.query(sql);
    const stmt = await conn.prepare(sql);
    try {
      return await stmt.query(...params);
    } finally {
      await stmt.close();
    }
  } catch (e) {
    throw new QueryError(messageOf(e), sql, e);
  }
}

/** Arrow rows as plain objects: what models hand to components. */
export async function queryRows<T>(q: SqlQuery): Promise<T[]> {
  const table = await query(q);
  return table.toArray().map((row) => ({ ...row.toJSON() }) as T);
}
