import { DuckDBInstance } from '@duckdb/node-api';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, screenshot, watchedPage } from './browser';
import { serveStatic, type StaticServer } from './static-server';

async function countFactsNatively(): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const rows = (
    await conn.runAndReadAll("SELECT count(*)::INT FROM 'dist/data/facts.parquet'")
  ).getRows();
  conn.closeSync();
  return Number(rows[0]?.[0]);
}

describe('the built database in headless Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic('dist', '/some/sub/path/');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('ATTACHes facts.duckdb under a sub-path and counts the same facts as the Parquet export', async () => {
    const expected = await countFactsNatively();
    expect(expected).toBeGreaterThanOrEqual(450);
    const origin = new URL(server.url).origin;
    const { page, consoleErrors, foreignRequests } = await watchedPage(browser, origin);
    await page.goto(server.url);
    const count = page.getByTestId('fact-count');
    await count.waitFor({ timeout: 30_000 });
    expect(Number(await count.textContent())).toBe(expected);
    await screenshot(page, 'database-attached');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
