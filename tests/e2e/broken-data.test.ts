import { statSync, truncateSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectClean,
  launch,
  screenshot,
  serveBuiltApp,
  watchedPage,
  type BuiltApp,
  type Watched,
} from './browser';

describe('a damaged database file', () => {
  let app: BuiltApp;
  let browser: Browser;
  let w: Watched | undefined;

  beforeAll(async () => {
    app = await serveBuiltApp();
    // A half-uploaded file, as a static host might serve after an interrupted deploy.
    const file = `${app.root}/data/facts.duckdb`;
    truncateSync(file, Math.floor(statSync(file).size / 3));
    browser = await launch();
  });
  afterAll(async () => {
    await w?.page.context().close();
    await browser?.close();
    await app?.close();
  });

  it('says so in a visible alert instead of loading forever', async () => {
    w = await watchedPage(browser, app.origin);
    await w.page.goto(app.url);
    const alert = w.page.getByRole('alert');
    await alert.first().waitFor({ timeout: 15_000 });
    expect(await alert.first().isVisible()).toBe(true);
    expect(await alert.first().textContent()).toMatch(/数据|加载|失败/);
    await screenshot(w.page, 'broken-data-alert');
    expectClean(w);
  });
});
