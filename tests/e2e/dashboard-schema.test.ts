import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectClean,
  launch,
  screenshot,
  serveBuiltApp,
  waitForFilledMap,
  watchedPage,
  type BuiltApp,
  type Watched,
} from './browser';

describe('a database of another schema version', () => {
  let app: BuiltApp;
  let browser: Browser;
  let w: Watched | undefined;

  beforeAll(async () => {
    app = await serveBuiltApp();
    // An older deploy's data left behind beside a newer app (or the other way round).
    const path = `${app.root}/data/manifest.json`;
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { schema_version: number };
    writeFileSync(path, JSON.stringify({ ...manifest, schema_version: 1 }));
    browser = await launch();
  });
  afterAll(async () => {
    await w?.page.context().close();
    await browser?.close();
    await app?.close();
  });

  it('keeps the first map and says, translated, which versions disagree', async () => {
    w = await watchedPage(browser, app.origin);
    await w.page.goto(app.url);
    // The snapshot's map is painted before DuckDB starts, and stays.
    await waitForFilledMap(w.page, 10_000);
    const alert = w.page.getByRole('alert').filter({ hasText: '数据库版本（1）' });
    await alert.first().waitFor({ timeout: 30_000 });
    expect(await alert.first().textContent()).toMatch(/数据加载失败.*需要版本 \d/);
    expect(
      await w.page.locator('[data-testid=choropleth] path[data-code]').count(),
    ).toBeGreaterThan(30);
    await screenshot(w.page, 'schema-mismatch-alert');
    expectClean(w);
  });
});
