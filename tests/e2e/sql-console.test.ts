import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectClean, screenshot } from './browser';
import { FACTS_CSV, queryDataset } from './dataset';
import { useAppSession } from './session';

const COUNTS = 'SELECT theme, count(*) AS n FROM mz.facts GROUP BY theme ORDER BY n DESC';

async function openConsole(page: Page): Promise<Locator> {
  await page.locator('[data-testid=sql-details] > summary').click();
  const editor = page.getByLabel('SQL 查询');
  await editor.waitFor();
  return editor;
}

async function run(page: Page, editor: Locator, sql: string): Promise<void> {
  await editor.fill(sql);
  await editor.press('Control+Enter');
}

const resultRows = (page: Page) =>
  page
    .locator('.sql-console table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')),
    );

describe('the SQL console', () => {
  const session = useAppSession();

  it('runs a query with Ctrl+Enter and refuses DROP TABLE, keeping the last result', async () => {
    const { data } = session;
    const expected = await data.query(
      `SELECT theme, count(*)::INT AS n FROM ${data.facts} GROUP BY theme ORDER BY n DESC`,
    );
    const w = await session.open();
    const { page } = w;
    const editor = await openConsole(page);
    await run(page, editor, COUNTS);
    await expect.poll(() => resultRows(page), { timeout: 15_000 }).toHaveLength(expected.length);
    const rows = await resultRows(page);
    expect(rows.map(([theme, n]) => [theme, Number(n!.replace(/[^\d]/g, ''))])).toEqual(
      expected.map((r) => [r['theme'], r['n']]),
    );
    expect(await page.locator('.sql-console table thead th').allTextContents()).toEqual([
      'theme',
      'n',
    ]);
    await screenshot(page, 'sql-console-counts');

    await run(page, editor, 'DROP TABLE mz.facts');
    const refusal = page.locator('.sql-console [role=alert]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('未运行');
    expect(await refusal.textContent()).toContain('DROP');
    expect(await resultRows(page)).toEqual(rows);
    await screenshot(page, 'sql-console-refused');

    // The table is still there: the same count runs again.
    await run(page, editor, COUNTS);
    await expect.poll(() => refusal.count()).toBe(0);
    expect(await resultRows(page)).toEqual(rows);
    expectClean(w);
  });

  it('returns money above 2^31 yuan as written in facts.csv (no int32 wrap-around)', async () => {
    const source = await queryDataset(`
      SELECT fact_id, value::DOUBLE AS value FROM ${FACTS_CSV}
      WHERE value::DOUBLE >= 2147483648 ORDER BY fact_id`);
    expect(source.length).toBeGreaterThan(0);
    const w = await session.open();
    const { page } = w;
    const editor = await openConsole(page);
    const ids = source.map((r) => `'${String(r['fact_id'])}'`).join(', ');
    await run(
      page,
      editor,
      `SELECT fact_id, CAST(value AS VARCHAR) AS v FROM mz.facts WHERE fact_id IN (${ids}) ORDER BY fact_id`,
    );
    await expect.poll(() => resultRows(page), { timeout: 15_000 }).toHaveLength(source.length);
    const rows = await resultRows(page);
    expect(rows.map(([id, v]) => [id, Number(v)])).toEqual(
      source.map((r) => [r['fact_id'], r['value']]),
    );
    expectClean(w);
  });
});
