import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consoleQuery } from './import-flow';
import { useAppSession, useTempDir } from './session';

/** Long rows to add; IMPORT_BENCH_ROWS overrides (e.g. 100000 for a quick run). */
const ROWS = Number(process.env.IMPORT_BENCH_ROWS ?? 1_000_000);
const YEARS = 50;

/** A tidy long CSV of prefecture-level cities (unique names) × years × indicators. */
function writeLongCsv(dir: string, root: string): string {
  const regions = JSON.parse(readFileSync(join(root, 'data/gazetteer.json'), 'utf8')) as {
    name: string;
    level: string;
  }[];
  const counts = new Map<string, number>();
  for (const r of regions) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
  const names = regions
    .filter((r) => r.level === 'prefecture' && counts.get(r.name) === 1)
    .map((r) => r.name);
  const indicators = Math.ceil(ROWS / (names.length * YEARS));
  const lines = ['地区,年份,指标,数值'];
  let n = 0;
  for (let k = 0; k < indicators && n < ROWS; k++)
    for (const name of names)
      for (let y = 0; y < YEARS && n < ROWS; y++, n++)
        lines.push(`${name},${1975 + y},指标${k},${(n % 9973) + 0.5}`);
  const file = join(dir, `long-${ROWS}.csv`);
  writeFileSync(file, lines.join('\n'));
  return file;
}

/** Seconds that `step` takes. */
async function seconds(step: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await step();
  return (performance.now() - t) / 1000;
}

/** Picks `file` in the open import panel; resolves once its preview is shown. */
async function readToPreview(page: Page, file: string): Promise<void> {
  await page.setInputFiles('[data-testid=import-file]', file);
  await page.locator('[data-testid=import-preview]').waitFor({ timeout: 600_000 });
}

/** Adds the previewed rows; resolves once the panel says added or either error shows. */
async function add(page: Page): Promise<void> {
  await page.click('[data-testid=import-add]');
  await page
    .locator('[data-testid=import-added], [data-testid=import-error], [data-testid=mydata-error]')
    .first()
    .waitFor({ timeout: 600_000 });
}

/** Reloads; resolves once my data lists the rows again, restored from the browser's store. */
async function reloadAndRestore(page: Page): Promise<void> {
  await page.reload();
  await page.waitForFunction(
    (rows) => document.querySelector('[data-testid=mydata-list]')?.textContent?.includes(rows),
    ROWS.toLocaleString('zh-CN'),
    { timeout: 600_000 },
  );
}

describe(`adding ${ROWS} long rows`, () => {
  const dir = useTempDir('mz-bench-');
  const session = useAppSession();

  it('reads, adds and restores them, printing the times', { timeout: 900_000 }, async () => {
    const csv = writeLongCsv(dir.path, session.app.root);
    const { page } = await session.open();
    await page.click('[data-testid=import-details] summary');
    const read = await seconds(() => readToPreview(page, csv));
    const added = await seconds(() => add(page));
    const failed = await page.locator('[data-testid=mydata-error]').allTextContents();
    expect(failed).toEqual([]);
    expect(await page.locator('[data-testid=import-added]').count()).toBe(1);
    const restore = await seconds(() => reloadAndRestore(page));
    console.log(
      `[import-bench] ${ROWS} rows: read ${read.toFixed(1)} s, add ${added.toFixed(1)} s, reload+restore ${restore.toFixed(1)} s`,
    );
    // Frees this tab's million rows before the next test opens its own.
    await page.context().close();
  });

  it(
    'reads, adds and restores the same rows from Parquet, printing the times and memory',
    { timeout: 900_000 },
    async () => {
      const csv = join(dir.path, `long-${ROWS}.csv`);
      const parquet = join(dir.path, `long-${ROWS}.parquet`);
      const db = await DuckDBInstance.create(':memory:');
      const conn = await db.connect();
      await conn.run(`COPY (FROM read_csv('${csv}')) TO '${parquet}' (FORMAT parquet)`);
      conn.closeSync();
      db.closeSync();
      const { page } = await session.open();
      const heap = async (tag: string) =>
        Number(
          (
            await consoleQuery(
              page,
              `SELECT (sum(memory_usage_bytes) / 1048576)::INTEGER::VARCHAR AS probe${tag} FROM duckdb_memory()`,
              tag,
            )
          )[0]?.[0],
        );
      const heapBefore = await heap('a');
      await page.click('[data-testid=import-details] summary');
      const read = await seconds(() => readToPreview(page, parquet));
      const heapStaged = await heap('b');
      const added = await seconds(() => add(page));
      expect(await page.locator('[data-testid=mydata-error]').allTextContents()).toEqual([]);
      const heapAdded = await heap('c');
      const stored = await page.evaluate(
        async () => (await navigator.storage.estimate()).usage ?? 0,
      );
      const restore = await seconds(() => reloadAndRestore(page));
      const mb = statSync(parquet).size / 2 ** 20;
      console.log(
        `[import-bench] Parquet ${mb.toFixed(1)} MiB, ${ROWS} rows: read ${read.toFixed(1)} s (${(mb / read).toFixed(1)} MB/s), add ${added.toFixed(1)} s, read+add ${(read + added).toFixed(1)} s, reload+restore ${restore.toFixed(1)} s; ` +
          `DuckDB heap ${heapBefore} MiB before, ${heapStaged} MiB staged, ${heapAdded} MiB added (${(((heapStaged - heapBefore) * 2 ** 20) / ROWS).toFixed(0)} B/row staged, ${(((heapAdded - heapBefore) * 2 ** 20) / ROWS).toFixed(0)} B/row as facts); IndexedDB ${(stored / 2 ** 20).toFixed(1)} MiB`,
      );
    },
  );
});
