import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectClean, screenshot } from './browser';
import { addImport, showOwnIndicator } from './import-flow';
import { useAppSession } from './session';

const FIXTURES = 'tests/fixtures/import';

describe('bringing your own data', () => {
  const session = useAppSession();

  it('imports a GBK NBS export onto the map, keeps it across a reload, and survives a bad file', async () => {
    const w = await session.open();
    const { page } = w;
    await page.click('[data-testid=import-details] summary');
    await page.setInputFiles('[data-testid=import-file]', `${FIXTURES}/nbs-gbk-crlf.csv`);
    await page.locator('[data-testid=import-preview]').waitFor();
    expect(await page.textContent('[data-testid=import-matched]')).toBe('31');
    await page.fill('[data-testid=import-name]', '年末常住人口（测试导入）');
    await page.selectOption('[data-testid=import-theme]', 'context');
    await addImport(page);

    // The fixture's 2022 figure for Guangdong (万人) is on the map as a coloured region.
    await showOwnIndicator(page, '年末常住人口', '440000');
    await screenshot(page, 'user-data-imported');

    // A broken file: a clear error naming the file, and the earlier import stays.
    await page.click('[data-testid=import-details] summary');
    await page.click('[data-testid=import-details] summary');
    const reset = page.getByRole('button', { name: '再导入一个' });
    if (await reset.isVisible()) await reset.click();
    await page.setInputFiles('[data-testid=import-file]', `${FIXTURES}/garbage.csv`);
    const error = page.locator('[data-testid=import-error]');
    await error.waitFor();
    expect(await error.textContent()).toContain('garbage.csv');
    expect(await page.textContent('[data-testid=mydata-list]')).toContain(
      '年末常住人口（测试导入）',
    );

    await page.reload();
    await page.locator('[data-testid=mydata-list]').waitFor({ timeout: 30_000 });
    expect(await page.textContent('[data-testid=mydata-list]')).toContain(
      '年末常住人口（测试导入）',
    );
    expectClean(w);
    await w.page.context().close();
  });

  it('extracts statistics from a pasted report, and accepted facts join the dashboard', async () => {
    const w = await session.open();
    const { page } = w;
    await page.click('[data-testid=extract-details] summary');
    const text = readFileSync('tests/fixtures/extract/seeds/000_3d31730c46b3e97f.txt', 'utf8');
    await page.fill('[data-testid=extract-text]', text);
    await page.fill('[data-testid=extract-title]', '春风化雨 培育民族团结进步之花');
    await page.fill('[data-testid=extract-date]', '2023-01-29');
    await page.click('[data-testid=extract-run]');
    const table = page.locator('[data-testid=extract-candidates]');
    await table.waitFor();
    // "2021 年共举办各类培训班 57 期,培训学员10265 人次" must be among the candidates.
    const values = await table
      .locator('tbody tr td:nth-child(2) input')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(values).toEqual(expect.arrayContaining(['57', '10265']));
    await page.click('[data-testid=extract-add]');
    await page.locator('[data-testid=extract-added]').waitFor();
    await screenshot(page, 'user-data-extracted');

    await page.click('[role=tab][data-theme=trainings]');
    await page.selectOption('[data-testid=indicator]', { label: '培训人次 · 我的数据' });
    await page.locator('[data-testid=facts-show-all], table.facts').first().waitFor();
    expect(await page.textContent('[data-testid=mydata-list]')).toContain('春风化雨');
    expectClean(w);
  });
});
