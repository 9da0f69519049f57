import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { statSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, serveBuiltApp, watchedPage, type BuiltApp } from './browser';
import { consoleQuery } from './import-flow';

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

describe(`adding ${ROWS} long rows`, () => {
  let app: BuiltApp;
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    app = await serveBuiltApp();
    browser = await launch();
    dir = mkdtempSync(join(tmpdir(), 'mz-bench-'));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads, adds and restores them, printing the times', { timeout: 900_000 }, async () => {
    const csv = writeLongCsv(dir, app.root);
    const w = await watchedPage(browser, app.origin);
    const { page } = w;
    await openApp(w, app.url);
    await page.click('[data-testid=import-details] summary');
    let t = performance.now();
    await page.setInputFiles('[data-testid=import-file]', csv);
    await page.locator('[data-testid=import-preview]').waitFor({ timeout: 600_000 });
    const read = performance.now() - t;
    t = performance.now();
    await page.click('[data-testid=import-add]');
    await page
      .locator('[data-testid=import-added], [data-testid=import-error], [data-testid=mydata-error]')
      .first()
      .waitFor({ timeout: 600_000 });
    const add = performance.now() - t;
    const failed = await page.locator('[data-testid=mydata-error]').allTextContents();
    expect(failed).toEqual([]);
    expect(await page.locator('[data-testid=import-added]').count()).toBe(1);
    t = performance.now();
    await page.reload();
    await page.waitForFunction(
      (rows) => document.querySelector('[data-testid=mydata-list]')?.textContent?.includes(rows),
      ROWS.toLocaleString('zh-CN'),
      { timeout: 600_000 },
    );
    const restore = performance.now() - t;
    console.log(
      `[import-bench] ${ROWS} rows: read ${(read / 1000).toFixed(1)} s, add ${(add / 1000).toFixed(1)} s, reload+restore ${(restore / 1000).toFixed(1)} s`,
    );
    await page.context().close();
  });

  it(
    'reads, adds and restores the same rows from Parquet, printing the times and memory',
    { timeout: 900_000 },
    async () => {
      const csv = join(dir, `long-${ROWS}.csv`);
      const parquet = join(dir, `long-${ROWS}.parquet`);
      const db = await DuckDBInstance.create(':memory:');
      const conn = await db.connect();
      await conn.run(`COPY (FROM read_csv('${csv}')) TO '${parquet}' (FORMAT parquet)`);
      conn.closeSync();
      db.closeSync();
      const w = await watchedPage(browser, app.origin);
      const { page } = w;
      await openApp(w, app.url);
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
      let t = performance.now();
      await page.setInputFiles('[data-testid=import-file]', parquet);
      await page.locator('[data-testid=import-preview]').waitFor({ timeout: 600_000 });
      const read = (performance.now() - t) / 1000;
      const heapStaged = await heap('b');
      t = performance.now();
      await page.click('[data-testid=import-add]');
      await page
        .locator(
          '[data-testid=import-added], [data-testid=import-error], [data-testid=mydata-error]',
        )
        .first()
        .waitFor({ timeout: 600_000 });
      const add = (performance.now() - t) / 1000;
      expect(await page.locator('[data-testid=mydata-error]').allTextContents()).toEqual([]);
      const heapAdded = await heap('c');
      const stored = await page.evaluate(
        async () => (await navigator.storage.estimate()).usage ?? 0,
      );
      t = performance.now();
      await page.reload();
      await page.waitForFunction(
        (rows) => document.querySelector('[data-testid=mydata-list]')?.textContent?.includes(rows),
        ROWS.toLocaleString('zh-CN'),
        { timeout: 600_000 },
      );
      const restore = (performance.now() - t) / 1000;
      const mb = statSync(parquet).size / 2 ** 20;
      console.log(
        `[import-bench] Parquet ${mb.toFixed(1)} MiB, ${ROWS} rows: read ${read.toFixed(1)} s (${(mb / read).toFixed(1)} MB/s), add ${add.toFixed(1)} s, read+add ${(read + add).toFixed(1)} s, reload+restore ${restore.toFixed(1)} s; ` +
          `DuckDB heap ${heapBefore} MiB before, ${heapStaged} MiB staged, ${heapAdded} MiB added (${(((heapStaged - heapBefore) * 2 ** 20) / ROWS).toFixed(0)} B/row staged, ${(((heapAdded - heapBefore) * 2 ** 20) / ROWS).toFixed(0)} B/row as facts); IndexedDB ${(stored / 2 ** 20).toFixed(1)} MiB`,
      );
      await page.context().close();
    },
  );
});
