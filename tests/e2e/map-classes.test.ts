import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectClean, screenshot, waitForFilledMap, waitForLive } from './browser';
import { useAppSession } from './session';

const LEGEND = '[data-testid=choropleth] .legend';
const hashOf = (page: Page) => page.evaluate(() => location.hash);
const legendTexts = (page: Page) => page.locator(`${LEGEND} .legend-item text`).allTextContents();
const swatch = (page: Page, cls: string) =>
  page.locator(`${LEGEND} .legend-item[data-class="${cls}"] rect`).getAttribute('fill');
const regionFill = (page: Page, code: string) =>
  page.locator(`[data-testid=choropleth] path[data-code="${code}"]`).getAttribute('fill');

/** The legend at every year of the slider, in order. */
async function legendsOverYears(page: Page): Promise<string[]> {
  const slider = page.getByTestId('year-slider');
  const max = Number(await slider.getAttribute('max'));
  const legends: string[] = [];
  for (let i = 0; i <= max; i++) {
    await slider.fill(String(i));
    const year = await page.getByTestId('year').textContent();
    // The map title names the shown year once the redraw for it is done.
    await page.waitForFunction(
      (y) => document.querySelector('[data-testid=choropleth] g.header')?.textContent?.includes(y),
      year ?? '',
    );
    legends.push((await legendTexts(page)).join(' | '));
  }
  return legends;
}

describe('map colour classes', () => {
  const session = useAppSession();

  it('takes custom breaks, refuses a bad list without touching the map, keeps them over a reload', async () => {
    const w = await session.open();
    await waitForLive(w.page);
    await waitForFilledMap(w.page);
    const before = await legendTexts(w.page);

    await w.page.getByTestId('classing').selectOption('custom');
    await expect.poll(() => hashOf(w.page)).toBe('#v=1&cm=custom');
    // No breaks yet: the map keeps its quantile classes.
    expect(await legendTexts(w.page)).toEqual(before);

    await w.page.getByTestId('breaks').fill('50, 1O0');
    await w.page.getByTestId('breaks-apply').click();
    await expect(w.page.getByRole('alert').textContent()).resolves.toBe(
      '第 2 个断点“1O0”不是数字。',
    );
    expect(await legendTexts(w.page)).toEqual(before);
    expect(await hashOf(w.page)).toBe('#v=1&cm=custom');

    await w.page.getByTestId('breaks').fill('50，100');
    await w.page.getByTestId('breaks-apply').click();
    await expect
      .poll(() => legendTexts(w.page))
      .toEqual(['< 50个', '50个–100个', '≥ 100个', '无数据']);
    expect(await w.page.getByRole('alert').count()).toBe(0);
    expect(await hashOf(w.page)).toBe('#v=1&cm=custom&cb=50,100');
    // 云南 (137) is drawn in the top class's colour, 浙江 (13) in the lowest.
    expect(await regionFill(w.page, '530000')).toBe(await swatch(w.page, '2'));
    expect(await regionFill(w.page, '330000')).toBe(await swatch(w.page, '0'));
    await screenshot(w.page, 'map-classes-custom');

    await w.page.reload();
    await waitForFilledMap(w.page);
    await expect
      .poll(() => legendTexts(w.page))
      .toEqual(['< 50个', '50个–100个', '≥ 100个', '无数据']);
    expect(await w.page.getByTestId('breaks').inputValue()).toBe('50, 100');
    expectClean(w);
  });

  it('keeps the same classes for every year when asked, and says so in the link', async () => {
    const w = await session.open('#v=1&tm=period');
    await waitForLive(w.page);
    await waitForFilledMap(w.page);
    const perYear = await legendsOverYears(w.page);
    expect(new Set(perYear).size).toBeGreaterThan(1);

    await w.page.getByTestId('same-classes').check();
    await expect.poll(() => hashOf(w.page)).toContain('sc=1');
    const shared = await legendsOverYears(w.page);
    expect(new Set(shared).size).toBe(1);
    // Classes from all years span more values than any one year's.
    expect(shared[0]!.split(' | ').length).toBeGreaterThanOrEqual(
      Math.max(...perYear.map((l) => l.split(' | ').length)),
    );

    await w.page.getByTestId('class-count').selectOption('3');
    await expect.poll(() => hashOf(w.page)).toContain('ck=3');
    await expect.poll(async () => (await legendTexts(w.page)).length).toBe(4);
    expectClean(w);
  });
});
