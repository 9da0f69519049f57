import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from 'playwright-core';
import { MAP_REGIONS, waitForMapTitle } from './browser';

/** Writes `select` to a file with native DuckDB (Parquet with the row group size given, or CSV). */
export async function writeTable(
  path: string,
  select: string,
  format: { parquetRowGroup: number } | 'csv',
): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  const options =
    format === 'csv' ? 'HEADER' : `FORMAT parquet, ROW_GROUP_SIZE ${format.parquetRowGroup}`;
  await conn.run(`COPY (${select}) TO '${path.replaceAll("'", "''")}' (${options})`);
  conn.closeSync();
  db.closeSync();
}

/** Provinces (as the gazetteer names them, first 31) × years × indicators, long, a value each. */
export function provincesLongSql(years: number, indicators: number): string {
  return `SELECT p.name AS 地区, 1900 + y AS 年份, '指标' || k AS 指标, (y * 37 + k * 11 + p.i) % 9973 + 0.5 AS 数值
  FROM (SELECT name, row_number() OVER () AS i FROM (SELECT unnest(${PROVINCES}) AS name)) p,
       range(${years}) r(y), range(${indicators}) s(k)
  ORDER BY k, p.i, y`;
}

const PROVINCES = `['北京市','天津市','河北省','山西省','内蒙古自治区','辽宁省','吉林省','黑龙江省','上海市','江苏省','浙江省','安徽省','福建省','江西省','山东省','河南省','湖北省','湖南省','广东省','广西壮族自治区','海南省','重庆市','四川省','贵州省','云南省','西藏自治区','陕西省','甘肃省','青海省','宁夏回族自治区','新疆维吾尔自治区']`;

/**
 * Records every text the import progress line shows, from before the file is picked: a
 * read of a few seconds shows several row groups, which polling could miss.
 */
export async function recordProgress(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid=import-progress]')?.textContent?.trim();
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
}

/** Picks a file in the open import panel and waits for its preview (or fails with its error). */
export async function importToPreview(page: Page, file: string, timeout = 120_000): Promise<void> {
  await page.setInputFiles('[data-testid=import-file]', file);
  const done = page.locator(
    '[data-testid=import-panel]:is([data-phase=preview], [data-phase=error])',
  );
  await done.waitFor({ timeout });
  if ((await done.getAttribute('data-phase')) === 'error')
    throw new Error(`import failed: ${await page.textContent('[data-testid=import-error]')}`);
}

/** Adds the previewed import to my data and waits until the panel says it was added. */
export async function addImport(page: Page, timeout?: number): Promise<void> {
  await page.click('[data-testid=import-add]');
  await page.locator('[data-testid=import-added]').waitFor({ timeout });
}

/**
 * Shows one of the user's own indicators (context theme) and waits for its title and for
 * region `code` to be painted with a colour rather than the missing-data hatch.
 */
export async function showOwnIndicator(
  page: Page,
  name: string,
  code: string,
  titleTimeout = 10_000,
): Promise<void> {
  await page.click('[role=tab][data-theme=context]');
  await page.selectOption('[data-testid=indicator]', { label: `${name} · 我的数据` });
  await waitForMapTitle(page, (t) => t.startsWith(name), titleTimeout);
  await page.waitForFunction(
    (sel) => !(document.querySelector(sel)?.getAttribute('fill') ?? 'url(').startsWith('url('),
    `${MAP_REGIONS}[data-code="${code}"]`,
    { timeout: 30_000 },
  );
}

/**
 * Runs a read-only query in the SQL console panel and returns its cells as text. The
 * query's last column must be named `probe` plus `tag`, which tells this result apart from
 * the one shown before.
 */
export async function consoleQuery(page: Page, sql: string, tag: string): Promise<string[][]> {
  const details = page.locator('[data-testid=sql-details]');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await details.locator('> summary').click();
  const editor = page.getByLabel(/SQL 查询|SQL query/);
  await editor.waitFor();
  await editor.fill(sql);
  await editor.press('Control+Enter');
  await page.waitForFunction(
    (name) =>
      Array.from(document.querySelectorAll('.sql-console table thead th')).some(
        (th) => th.textContent === name,
      ),
    `probe${tag}`,
    { timeout: 30_000 },
  );
  return page
    .locator('.sql-console table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')),
    );
}
