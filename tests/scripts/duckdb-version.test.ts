import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** duckdb-wasm release → the DuckDB it embeds. Extend when upgrading either package. */
const WASM_ENGINE: Record<string, string> = { '1.32.0': '1.4.3' };

const installed = (pkg: string): string =>
  (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as { version: string })
    .version;

describe('DuckDB versions', () => {
  it('pins @duckdb/node-api to the DuckDB release duckdb-wasm embeds, so the file it writes opens in the browser', async () => {
    const engine = WASM_ENGINE[installed('@duckdb/duckdb-wasm')];
    expect(engine, 'unknown duckdb-wasm release: add it to WASM_ENGINE').toBeDefined();
    expect(installed('@duckdb/node-api').split('-')[0]).toBe(engine);
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    const version = (await conn.runAndReadAll('SELECT version()')).getRows()[0]?.[0];
    conn.closeSync();
    expect(version).toBe(`v${engine}`);
  });

  it('pins both packages exactly in package.json (no ^ or ~ that would let them drift)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.dependencies['@duckdb/duckdb-wasm']).toMatch(/^\d/);
    expect(pkg.devDependencies['@duckdb/node-api']).toMatch(/^\d/);
  });
});
