import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectClean, openApp, screenshot } from './browser';
import {
  addImport,
  importToPreview,
  provincesLongSql,
  showOwnIndicator,
  writeTable,
} from './import-flow';
import { useAppSession, useTempDir } from './session';

const FIXTURES = 'tests/fixtures/import';
const KEEPER = '年末常住人口（配额测试）';

/**
 * Chromium's own quota for the page's origin, lowered through the DevTools protocol: writes
 * past it fail in IndexedDB with QuotaExceededError, as they would on a full disk.
 */
async function setQuota(cdp: CDPSession, origin: string, quotaSize?: number): Promise<void> {
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize });
}

const usage = (page: Page) =>
  page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

/** The context theme's indicators, once its list has loaded (it holds the user's own). */
async function indicatorLabels(page: Page): Promise<string[]> {
  await page.click('[role=tab][data-theme=context]');
  const options = page.locator('[data-testid=indicator] option');
  await page.waitForFunction(
    () =>
      Array.from(document.querySelectorAll('[data-testid=indicator] option')).some((o) =>
        o.textContent?.includes('我的数据'),
      ),
    undefined,
    { timeout: 30_000 },
  );
  return options.allTextContents();
}

describe('a full storage quota', () => {
  const dir = useTempDir('mz-quota-');
  const session = useAppSession();
  let parquet: string;
  beforeAll(async () => {
    parquet = join(dir.path, 'quota-long.parquet');
    await writeTable(parquet, provincesLongSql(200, 20), { parquetRowGroup: 16_384 });
  });

  it(
    'is reported in zh with the figures, loses nothing, and the import can be added once there is room',
    { timeout: 180_000 },
    async () => {
      const { app } = session;
      const w = await session.page();
      const { page } = w;
      const cdp = await page.context().newCDPSession(page);
      // Set before the page first opens IndexedDB: Chromium reads the quota when it opens the
      // origin's database, not at each write. Room for the first dataset, not the second.
      await setQuota(cdp, app.origin, 200_000);
      await openApp(w, app.url);
      await page.click('[data-testid=import-details] summary');
      // An earlier import, kept with room to spare.
      await importToPreview(page, `${FIXTURES}/nbs-gbk-crlf.csv`);
      await page.fill('[data-testid=import-name]', KEEPER);
      await addImport(page);
      await page.getByRole('button', { name: '再导入一个' }).click();

      // The next dataset (~0.7 MB staged) does not fit. Chromium enforces the lowered quota on
      // IndexedDB's put (QuotaExceededError), though navigator.storage.estimate() goes on
      // reporting the disk's quota.
      expect(await usage(page)).toBeLessThan(200_000);
      await importToPreview(page, parquet);
      await page.fill('[data-testid=import-name]', '放不下的数据集');
      await page.click('[data-testid=import-add]');
      const error = page.locator('[data-testid=mydata-error]');
      await error.waitFor({ timeout: 60_000 });
      expect(await error.textContent()).toMatch(
        /^\s*浏览器存储空间已满：该数据集需要 \d+\.\d MB。数据集未保存，已有数据没有改变；请删除数据集或释放空间后再加入。\s*$/,
      );
      await screenshot(page, 'user-data-quota');
      // Nothing lost: the earlier dataset is listed and on the map; the new one is neither
      // listed nor in DuckDB, and its preview stays, ready to add again.
      const listed = await page.textContent('[data-testid=mydata-list]');
      expect(listed).toContain(KEEPER);
      expect(listed).not.toContain('放不下的数据集');
      expect(await page.getAttribute('[data-testid=import-panel]', 'data-phase')).toBe('preview');
      const labels = await indicatorLabels(page);
      expect(labels).toContain('年末常住人口 · 我的数据');
      expect(labels).not.toContain('指标0 · 我的数据');

      // The store's up-front check, when the browser's estimate says the bytes will not fit:
      // refused before writing, with both figures.
      await page.evaluate(() => {
        const real = navigator.storage.estimate.bind(navigator.storage);
        navigator.storage.estimate = async () => {
          const e = await real();
          return { ...e, quota: (e.usage ?? 0) + 1000 };
        };
      });
      await setQuota(cdp, app.origin);
      await page.click('[data-testid=import-add]');
      await page.waitForFunction(
        () => /仅剩/.test(document.querySelector('[data-testid=mydata-error]')?.textContent ?? ''),
        undefined,
        { timeout: 60_000 },
      );
      expect(await error.textContent()).toMatch(
        /^\s*浏览器存储空间已满：该数据集需要 \d+\.\d MB，仅剩 0\.0 MB。数据集未保存，已有数据没有改变；请删除数据集或释放空间后再加入。\s*$/,
      );
      expect(await page.textContent('[data-testid=mydata-list]')).not.toContain('放不下的数据集');
      expect(await page.getAttribute('[data-testid=import-panel]', 'data-phase')).toBe('preview');

      // Room again (the quota is back to the disk's): the same preview adds.
      await page.evaluate(() => {
        delete (navigator.storage as { estimate?: unknown }).estimate;
      });
      await addImport(page, 60_000);
      expect(await page.textContent('[data-testid=mydata-list]')).toContain('放不下的数据集');

      await page.reload();
      await page
        .locator('[data-testid=mydata-list]')
        .filter({ hasText: '放不下的数据集' })
        .waitFor({ timeout: 60_000 });
      expect(await page.textContent('[data-testid=mydata-list]')).toContain(KEEPER);
      await showOwnIndicator(page, '年末常住人口', '440000', 30_000);
      expectClean(w);
    },
  );
});
