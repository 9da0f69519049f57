import { BOOLEAN, DOUBLE, INTEGER, VARCHAR, type DuckDBType } from '@duckdb/node-api';
import type { Column, Table } from '../../src/lib/schema';
import { enumTypeOf } from '../../src/lib/sql/common';

/** Build-time DDL from the one schema. Enum values are SQL string literals, escaped. */
export interface EnumDomains {
  regionCodes: readonly string[];
  indicatorIds: readonly string[];
}

export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const quoteLiteral = (v: string): string => `'${v.replaceAll("'", "''")}'`;

export function enumTypeName(table: Table, column: Column): string {
  return enumTypeOf(table.name, column.name);
}

function enumValues(column: Column, domains: EnumDomains): readonly string[] {
  if (column.values === 'regionCodes') return domains.regionCodes;
  if (column.values === 'indicatorIds') return domains.indicatorIds;
  return column.values ?? [];
}

const SQL_TYPES = { varchar: 'VARCHAR', integer: 'INTEGER', double: 'DOUBLE', boolean: 'BOOLEAN' };

/** CREATE TYPE … AS ENUM for each enum column, then CREATE TABLE. */
export function createTableSql(table: Table, domains: EnumDomains): string[] {
  const types: string[] = [];
  const cols = table.columns.map((c) => {
    let type: string;
    if (c.type === 'enum') {
      type = enumTypeName(table, c);
      const values = [...new Set(enumValues(c, domains))].map(quoteLiteral).join(', ');
      types.push(`CREATE TYPE ${quoteIdent(type)} AS ENUM (${values})`);
      type = quoteIdent(type);
    } else type = SQL_TYPES[c.type];
    return `${quoteIdent(c.name)} ${type}${c.nullable ? '' : ' NOT NULL'}`;
  });
  return [...types, `CREATE TABLE ${quoteIdent(table.name)} (${cols.join(', ')})`];
}

export function insertSql(table: Table): string {
  const names = table.columns.map((c) => quoteIdent(c.name)).join(', ');
  const params = table.columns.map((_, i) => `$${i + 1}`).join(', ');
  return `INSERT INTO ${quoteIdent(table.name)} (${names}) VALUES (${params})`;
}

const PARAM_TYPES = {
  varchar: VARCHAR,
  enum: VARCHAR,
  integer: INTEGER,
  double: DOUBLE,
  boolean: BOOLEAN,
};

/**
 * Parameter types for `insertSql`. Without them node-api binds a whole JS number as a 32-bit
 * INTEGER: 2,500,000,000 元 wrapped to −1,794,967,296 in an earlier build.
 */
export function paramTypes(table: Table): DuckDBType[] {
  return table.columns.map((c) => PARAM_TYPES[c.type]);
}
