import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openParquet } from '../../src/lib/import/parquet';
import { BASE_HEAP_BYTES, HEAP_BYTES_PER_LONG_ROW } from '../../src/panels/import/memory-estimate';
import { expectClean, screenshot } from './browser';
import {
  addImport,
  consoleQuery,
  importToPreview,
  provincesLongSql,
  recordProgress,
  showOwnIndicator,
  writeTable,
} from './import-flow';
import { useAppSession, useTempDir } from './session';

/** 31 provinces × 200 years × 33 indicators = 204,600 long rows, in 32,768-row groups. */
const ROWS = 31 * 200 * 33;

/** Staging tables plus user facts, as text: '0' once a refused or cancelled import is gone. */
const stagedOrAdded = (page: Page, tag: string) =>
  consoleQuery(
    page,
    `SELECT ((SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE 'import_staging%') + (SELECT count(*) FROM user_facts))::VARCHAR AS probe${tag}`,
    tag,
  );

describe('a multi-row-group Parquet file through the import panel', () => {
  const dir = useTempDir('mz-parquet-e2e-');
  const session = useAppSession();
  let file: string;
  beforeAll(async () => {
    file = join(dir.path, 'provinces-long.parquet');
    await writeTable(file, provincesLongSql(200, 33), { parquetRowGroup: 32_768 });
  }, 120_000);

  it('imports it row group by row group, shows it on the map, and keeps it across a reload', async () => {
    const info = await openParquet(new Uint8Array(readFileSync(file)), 'x', { maxColumns: 9 });
    const groups = info.ok ? info.value.rowGroups.length : 0;
    expect(groups).toBeGreaterThanOrEqual(6);
    const w = await session.open();
    const { page } = w;
    await page.click('[data-testid=import-details] summary');
    const progress = await recordProgress(page);
    await importToPreview(page, file);
    expect(await page.textContent('[data-testid=import-rows]')).toBe(String(ROWS));
    expect(await page.textContent('[data-testid=import-matched]')).toBe('31');
    // Progress was reported per row group, up to the last one.
    const seen = await progress();
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.at(-1)).toBe(`已读取第 ${groups} / ${groups} 个行组`);
    // Staged while reading, yet nothing is on the dashboard before the user confirms.
    expect(await page.locator('[data-testid=mydata-list]').count()).toBe(0);
    await page.fill('[data-testid=import-name]', '分省长表（Parquet）');
    await addImport(page, 120_000);
    const listed = await page.textContent('[data-testid=mydata-list]');
    expect(listed).toContain('分省长表（Parquet）');
    expect(listed).toContain(ROWS.toLocaleString('zh-CN'));

    const showOnMap = () => showOwnIndicator(page, '指标0', '440000', 30_000);
    await showOnMap();
    await screenshot(page, 'import-parquet-map');
    // The staging tables are gone once the dataset is added.
    expect(
      await consoleQuery(
        page,
        `SELECT count(*) AS probe1 FROM duckdb_tables() WHERE table_name LIKE 'import_staging%'`,
        '1',
      ),
    ).toEqual([['0']]);

    await page.reload();
    await page
      .locator('[data-testid=mydata-list]')
      .filter({ hasText: '分省长表（Parquet）' })
      .waitFor({ timeout: 120_000 });
    expect(await page.textContent('[data-testid=mydata-list]')).toContain(
      ROWS.toLocaleString('zh-CN'),
    );
    await showOnMap();
    expect(
      await consoleQuery(
        page,
        `SELECT count(*)::VARCHAR AS probe2 FROM user_facts WHERE indicator_id LIKE '%_i0'`,
        '2',
      ),
    ).toEqual([[String(31 * 200)]]);
    expectClean(w);
    await page.context().close();
  });

  it('refuses a file with a damaged middle row group, names it, and adds nothing', async () => {
    const bytes = new Uint8Array(readFileSync(file));
    const info = await openParquet(bytes, 'x', { maxColumns: 9 });
    if (!info.ok) throw new Error('fixture');
    const middle = Math.floor(info.value.rowGroups.length / 2);
    const meta = info.value.metadata.row_groups[middle]!.columns[3]!.meta_data!;
    const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
    bytes.fill(0xff, start, start + Number(meta.total_compressed_size));
    const damaged = join(dir.path, 'damaged.parquet');
    writeFileSync(damaged, bytes);

    const w = await session.open();
    const { page } = w;
    await page.click('[data-testid=import-details] summary');
    await page.setInputFiles('[data-testid=import-file]', damaged);
    const error = page.locator('[data-testid=import-error]');
    await error.waitFor({ timeout: 120_000 });
    const g = info.value.rowGroups[middle]!;
    expect(await page.textContent('[data-testid=import-error-lead]')).toBe(
      `damaged.parquet：第 ${middle + 1} 个行组（共 ${info.value.rowGroups.length} 个；第 ${(g.firstRow + 1).toLocaleString('zh-CN')}–${(g.firstRow + g.rows).toLocaleString('zh-CN')} 行）已损坏，无法读取。已读取的部分已丢弃，现有数据没有改变。`,
    );
    expect(await page.textContent('[data-testid=import-error-message]')).toMatch(
      /^damaged\.parquet: Cannot read Parquet row group \d+ of \d+/,
    );
    expect(await stagedOrAdded(page, '3')).toEqual([['0']]);
    expectClean(w);
    await page.context().close();
  });

  it('cancels a read in progress and leaves nothing staged', async () => {
    const w = await session.open();
    const { page } = w;
    await page.click('[data-testid=import-details] summary');
    await page.setInputFiles('[data-testid=import-file]', file);
    await page.locator('[data-testid=import-progress]').filter({ hasText: '行组' }).waitFor();
    await page.click('[data-testid=import-cancel]');
    await page.locator('[data-testid=import-cancelled]').waitFor();
    expect(await page.textContent('[data-testid=import-cancelled]')).toBe(
      '已取消导入，未加入任何数据。',
    );
    expect(await stagedOrAdded(page, '4')).toEqual([['0']]);
    expect(await page.locator('[data-testid=mydata-list]').count()).toBe(0);
    expectClean(w);
    await page.context().close();
  });

  it('refuses a file too large for the tab after its first rows, with the figures, staging nothing', async () => {
    // 7M long rows compress to a few MB: the file is small, the table is not.
    const big = join(dir.path, 'seven-million.parquet');
    await writeTable(big, provincesLongSql(200, 1130), { parquetRowGroup: 122_880 });
    const longRows = 31 * 200 * 1130;
    const w = await session.open();
    const { page } = w;
    await page.click('[data-testid=import-details] summary');
    await page.setInputFiles('[data-testid=import-file]', big);
    await page.locator('[data-testid=import-error]').waitFor({ timeout: 60_000 });
    const gib = ((BASE_HEAP_BYTES + longRows * HEAP_BYTES_PER_LONG_ROW) / 2 ** 30).toFixed(1);
    expect(await page.textContent('[data-testid=import-error-message]')).toBe(
      `seven-million.parquet：预计需要约 ${gib} GiB 内存（约 ${longRows.toLocaleString('zh-CN')} 行长表数据），而浏览器中的 DuckDB 最多只能使用 4.0 GiB。已停止导入，未加入任何数据。`,
    );
    // The same notice in English, words and figures, once the page is switched.
    await page.getByTestId('lang-toggle').click();
    expect(await page.textContent('[data-testid=import-error-message]')).toBe(
      `seven-million.parquet: about ${gib} GiB of memory is needed (about ${longRows.toLocaleString('en')} long rows), and DuckDB in the browser can use at most 4.0 GiB. The import was stopped; nothing was added.`,
    );
    expect(await stagedOrAdded(page, '5')).toEqual([['0']]);
    expectClean(w);
  });
});
