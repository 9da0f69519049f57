import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectClean, screenshot } from './browser';
import { useAppSession } from './session';

const REPORT = [
  '发布时间：2024-05-12',
  '楚雄州2023年共举办民族团结进步培训班57期，培训学员10265人次。',
  '2023年，全国共命名全国民族团结进步示范区示范单位200个。',
  '全州森林覆盖率达69.5%。',
].join('\n');

const CANDIDATES = '[data-testid=extract-candidates] tbody tr';
const values = (page: Page) =>
  page
    .locator(`${CANDIDATES} td:nth-child(2) input`)
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
const rowOf = async (page: Page, value: string) => {
  // Svelte binds `value` as a property: match on the live property, not the attribute.
  const index = await page
    .locator(`${CANDIDATES} td:nth-child(2) input`)
    .evaluateAll((els, v) => els.findIndex((e) => (e as HTMLInputElement).value === v), value);
  expect(index).toBeGreaterThanOrEqual(0);
  return page.locator(CANDIDATES).nth(index);
};

describe('reviewing extracted statistics', () => {
  const session = useAppSession();

  it('edits, blocks figures without a region, keeps the draft over a reload, then adds', async () => {
    const w = await session.open();
    const { page } = w;
    await page.click('[data-testid=extract-details] summary');
    await page.fill('[data-testid=extract-text]', REPORT);
    await page.fill('[data-testid=extract-title]', '审核测试报告');
    await page.click('[data-testid=extract-run]');
    await page.locator('[data-testid=extract-candidates]').waitFor();

    // The page's own date fills the empty field.
    expect(await page.inputValue('[data-testid=extract-date]')).toBe('2024-05-12');
    // The national count has no region yet: adding waits until the reviewer says "全国".
    await page.locator('[data-testid=extract-blocked]').waitFor();
    expect(await page.isDisabled('[data-testid=extract-add]')).toBe(true);
    await page.fill('[data-testid=extract-region-fill]', '全国');
    await page.click('[data-testid=extract-region-fill-apply]');
    await page.locator('[data-testid=extract-blocked]').waitFor({ state: 'detached' });
    expect(await page.isEnabled('[data-testid=extract-add]')).toBe(true);

    // Edits: reject the forest-cover figure, rename an indicator.
    await (await rowOf(page, '69.5')).locator('select').first().selectOption('rejected');
    await (await rowOf(page, '57')).locator('td:nth-child(5) input').fill('培训班期数（核）');
    // A figure clicked in the text selects its row and shows its sentence.
    await page.locator('[data-testid=extract-review-text] button', { hasText: '10265' }).click();
    expect(await page.textContent('[data-testid=extract-evidence]')).toContain('培训学员10265人次');
    await screenshot(page, 'extract-review');

    // A reload brings the panel back with the review as it was left.
    await page.reload();
    await page.locator('[data-testid=extract-draftRestored]').waitFor({ timeout: 30_000 });
    expect(await page.inputValue('[data-testid=extract-text]')).toBe(REPORT);
    expect(await (await rowOf(page, '69.5')).locator('select').first().inputValue()).toBe(
      'rejected',
    );
    expect(await (await rowOf(page, '57')).locator('td:nth-child(5) input').inputValue()).toBe(
      '培训班期数（核）',
    );
    expect(await (await rowOf(page, '200')).locator('td:nth-child(9) input').inputValue()).toBe(
      '全国',
    );

    await page.click('[data-testid=extract-add]');
    await page.locator('[data-testid=extract-added]').waitFor();
    expect(await page.textContent('[data-testid=mydata-list]')).toContain('审核测试报告');
    await page.click('[role=tab][data-theme=trainings]');
    await page.selectOption('[data-testid=indicator]', { label: '培训班期数（核） · 我的数据' });

    // Added facts left the review: after a reload they are in my data, not in the draft.
    await page.reload();
    await page.locator('[data-testid=mydata-list]').waitFor({ timeout: 30_000 });
    expect(await page.textContent('[data-testid=mydata-list]')).toContain('审核测试报告');
    await page.locator('[data-testid=extract-candidates]').waitFor();
    // The rejected figure is still there to reconsider; the added ones are gone.
    expect(await values(page)).toContain('69.5');
    expect(await values(page)).not.toContain('57');
    expectClean(w);
  });
});
