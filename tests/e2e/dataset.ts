import { DuckDBInstance } from '@duckdb/node-api';

/**
 * Expected values come from the built files (and data/facts.csv, the source of truth),
 * read natively in Node, never from guesses. Paths are relative to the repository root.
 */
export type Cell = string | number | boolean | null;

let instance: Promise<DuckDBInstance> | null = null;

export async function queryDataset(sql: string): Promise<Record<string, Cell>[]> {
  instance ??= DuckDBInstance.create(':memory:');
  const conn = await (await instance).connect();
  try {
    const reader = await conn.runAndReadAll(sql);
    const names = reader.columnNames();
    return reader
      .getRows()
      .map((row) =>
        Object.fromEntries(
          row.map((v, i) => [
            names[i] ?? String(i),
            typeof v === 'bigint' ? Number(v) : v === null ? null : (v as Cell),
          ]),
        ),
      );
  } finally {
    conn.closeSync();
  }
}

/** A SQL string literal for a file path. */
const literal = (path: string): string => `'${path.replace(/'/g, "''")}'`;

export const FACTS_CSV = "read_csv('data/facts.csv', header = true, all_varchar = true)";

/** The built data files under `root` (a copy of dist/), queried natively. */
export function builtData(root: string) {
  const file = (name: string) => literal(`${root}/data/${name}`);
  const facts = file('facts.parquet');
  const regions = file('regions.parquet');
  const indicators = file('indicators.parquet');
  return {
    facts,
    regions,
    indicators,
    query: queryDataset,

    async factCount(): Promise<number> {
      const [row] = await queryDataset(`SELECT count(*)::INT AS n FROM ${facts}`);
      return Number(row?.['n']);
    },

    /**
     * Each province's latest "as of" figure (kind cumulative, totals only) for an indicator,
     * written independently of the app's SQL builders.
     */
    async latestStocks(indicator: string): Promise<Map<string, number>> {
      const rows = await queryDataset(`
        SELECT region_code AS code, arg_max(value, period_end) AS value
        FROM ${facts}
        WHERE indicator_id = ${literal(indicator)} AND kind = 'cumulative'
          AND region_level = 'province' AND (unit_type IS NULL OR unit_type = 'all')
          AND period_end IS NOT NULL
        GROUP BY region_code`);
      return new Map(rows.map((r) => [String(r['code']), Number(r['value'])]));
    },

    /** Codes, Chinese and English names of one level's regions (optionally under a parent). */
    async regionsOf(
      level: string,
      parent?: string,
    ): Promise<{ code: string; name: string; name_en: string }[]> {
      const under = parent ? ` AND parent_code = ${literal(parent)}` : '';
      const rows = await queryDataset(
        `SELECT code, name, name_en FROM ${regions} WHERE level = ${literal(level)}${under} ORDER BY code`,
      );
      return rows.map((r) => ({
        code: String(r['code']),
        name: String(r['name']),
        name_en: String(r['name_en']),
      }));
    },

    async indicatorNames(theme: string): Promise<Map<string, { zh: string; en: string }>> {
      const rows = await queryDataset(
        `SELECT indicator_id, name_zh, name_en FROM ${indicators} WHERE theme = ${literal(theme)}`,
      );
      return new Map(
        rows.map((r) => [
          String(r['indicator_id']),
          { zh: String(r['name_zh']), en: String(r['name_en']) },
        ]),
      );
    },
  };
}

export type BuiltData = ReturnType<typeof builtData>;

/** RFC 4180 reader for the app's CSV exports (quotes, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
