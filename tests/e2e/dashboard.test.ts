import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  MAP_REGIONS,
  expectClean,
  mapTitle,
  screenshot,
  waitForFilledMap,
  waitForLive,
  waitForMapTitle,
} from './browser';
import { useAppSession } from './session';

const YUNNAN = '530000';

const yearShown = async (page: Page): Promise<number> =>
  Number(await page.getByTestId('year').textContent());

describe('the dashboard in headless Chromium', () => {
  const session = useAppSession();

  it('paints a filled map from the build-time snapshot before DuckDB-WASM is live, under a sub-path, then counts the Parquet facts live', async () => {
    const expected = await session.data.factCount();
    const w = await session.page();
    const context = w.page.context();
    // DuckDB's wasm is held back until the map has been seen filled: the first view must
    // not wait for the engine. (How fast it paints is the benchmark's first_chart_ms.)
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const held: string[] = [];
    await context.route(/\.wasm$/, async (route) => {
      held.push(route.request().url());
      await gate;
      await route.continue();
    });
    const answered: string[] = [];
    context.on('response', (r) => answered.push(new URL(r.url()).pathname));

    await w.page.goto(session.app.url);
    await waitForFilledMap(w.page, 30_000);
    expect(await w.page.getByTestId('engine-status').getAttribute('data-live')).not.toBe('true');
    expect(answered.filter((p) => p.endsWith('/data/snapshot.json'))).toHaveLength(1);
    expect(answered.filter((p) => p.endsWith('.wasm'))).toEqual([]);
    release();

    await waitForLive(w.page);
    expect(held.length).toBeGreaterThan(0);
    await expect
      .poll(async () => Number(await w.page.getByTestId('fact-count').textContent()))
      .toBe(expected);
    await expect.poll(() => w.page.getByTestId('engine-status').textContent()).toMatch(/DuckDB/);
    await screenshot(w.page, 'dashboard-first-view');
    expectClean(w);
  });

  it('switches theme by tab: the indicator select and the map title follow; another indicator can be chosen', async () => {
    const funding = await session.data.indicatorNames('funding');
    const { page, ...rest } = await session.open();
    const before = await mapTitle(page);
    await page.getByRole('tab', { name: '资金' }).click();
    await expect
      .poll(() => page.getByRole('tab', { name: '资金' }).getAttribute('aria-selected'))
      .toBe('true');
    await expect
      .poll(() => page.getByTestId('indicator').inputValue())
      .toSatisfy((v: string) => funding.has(v));
    const first = await page.getByTestId('indicator').inputValue();
    const title = await waitForMapTitle(
      page,
      (t) => t !== before && t.startsWith(funding.get(first)!.zh),
    );
    expect(title).not.toBe(before);

    const other = 'other_ethnic_fund';
    expect(funding.has(other) && other !== first).toBe(true);
    await page.getByTestId('indicator').selectOption(other);
    await waitForMapTitle(page, (t) => t.startsWith(funding.get(other)!.zh));
    expect(await page.getByTestId('indicator').inputValue()).toBe(other);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`i=${other}`);
    await screenshot(page, 'dashboard-funding-theme');
    expectClean({ page, ...rest });
  });

  it('opens a province profile with cited facts, closes it with Escape and ✕, drills into prefectures and back', async () => {
    const prefectures = await session.data.regionsOf('prefecture', YUNNAN);
    const { page, ...rest } = await session.open();
    const yunnan = page.locator(`${MAP_REGIONS}[data-code="${YUNNAN}"]`);
    await yunnan.click();
    const profile = page.getByRole('region', { name: /云南省/ });
    await expect.poll(() => profile.isVisible()).toBe(true);
    await expect
      .poll(() => profile.getByRole('heading', { level: 2 }).textContent())
      .toMatch(/云南省[\s\S]*Yunnan/);
    // Facts listed with links to their sources.
    await profile.locator('table.facts tbody tr').first().waitFor();
    const links = profile.locator('a[href^="http"]');
    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.first().getAttribute('rel')).toContain('noopener');
    await expect.poll(() => yunnan.getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'dashboard-yunnan-profile');

    // Escape, with focus inside the profile (here: after sorting its facts table), closes it.
    await profile.locator('table.facts thead button').first().click();
    await page.keyboard.press('Escape');
    await expect.poll(() => profile.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('r=');

    // So does the close button.
    await yunnan.click();
    await expect.poll(() => profile.isVisible()).toBe(true);
    await profile.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => profile.count()).toBe(0);

    // Drill down to Yunnan's prefectures and back up.
    await yunnan.click();
    await page.getByTestId('drill-down').click();
    await expect
      .poll(async () =>
        (
          await page
            .locator(MAP_REGIONS)
            .evaluateAll((ps) => ps.map((p) => p.getAttribute('data-code')))
        ).sort(),
      )
      .toEqual(prefectures.map((r) => r.code).sort());
    expect(await page.evaluate(() => location.hash)).toContain('l=prefecture');
    await screenshot(page, 'dashboard-yunnan-prefectures');
    await page.getByTestId('drill-up').click();
    await expect
      .poll(() => page.locator(MAP_REGIONS).count())
      .toBe((await session.data.regionsOf('province')).length);
    expect(await page.locator(`${MAP_REGIONS}[data-code^="53"]`).count()).toBe(1);
    expectClean({ page, ...rest });
  });

  it('moves the year with the slider and plays through the years, then pauses', async () => {
    const { page, ...rest } = await session.open();
    const slider = page.getByTestId('year-slider');
    const latest = await yearShown(page);
    expect(await mapTitle(page)).toContain(`${latest}年`);
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => yearShown(page)).toBeLessThan(latest);
    const earlier = await yearShown(page);
    expect(await slider.getAttribute('aria-valuetext')).toBe(String(earlier));
    await waitForMapTitle(page, (t) => t.includes(`${earlier}年`));
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`y=${earlier}`);

    const play = page.getByTestId('play');
    await play.click();
    await expect.poll(() => play.getAttribute('aria-pressed')).toBe('true');
    const atStart = await yearShown(page);
    await expect.poll(() => yearShown(page), { timeout: 5_000 }).toBeGreaterThan(atStart);
    await waitForMapTitle(page, (t) => t.includes('年'));
    await play.click();
    await expect.poll(() => play.getAttribute('aria-pressed')).toBe('false');
    const paused = await yearShown(page);
    // The play timer ticks every 1.2 s: after 2 s a still-running animation would have moved.
    await page.waitForTimeout(2_000);
    expect(await yearShown(page)).toBe(paused);
    await waitForMapTitle(page, (t) => t.includes(`${paused}年`));
    expectClean({ page, ...rest });
  });

  it('speaks English with region names and money in millions/billions, and Chinese again with 万/亿', async () => {
    const stocks = await session.data.latestStocks('minority_dev_fund');
    const [topCode, topValue] = [...stocks].sort((a, b) => b[1] - a[1])[0]!;
    const names = new Map((await session.data.regionsOf('province')).map((p) => [p.code, p]));
    const { page, ...rest } = await session.open();

    await page.getByTestId('lang-toggle').click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Ethnic Unity');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect
      .poll(() => page.getByTestId('ranking').locator('text').allTextContents())
      .toContain('Yunnan');
    await page.getByRole('tab', { name: 'Funding' }).click();
    await expect
      .poll(() => page.getByTestId('ranking').locator('text').allTextContents())
      .toContain(names.get(topCode)!.name_en);
    const en = await page.getByTestId('ranking').locator('text').allTextContents();
    expect(en).toContain(`${Number((topValue / 1e9).toPrecision(4))} billion yuan`);
    expect(en.some((t) => /^[\d.]+ million yuan/.test(t))).toBe(true);
    expect(en.join(' ')).not.toMatch(/[亿万]/);
    await screenshot(page, 'dashboard-english-funding');

    await page.getByTestId('lang-toggle').click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('民族团结进步创建统计');
    await expect
      .poll(() => page.getByTestId('ranking').locator('text').allTextContents())
      .toContain(`${Number((topValue / 1e8).toPrecision(4))}亿元`);
    // A fund counted in tens of millions reads in 万元.
    await page.getByTestId('indicator').selectOption('other_ethnic_fund');
    await page.getByTestId('time').selectOption('period');
    await expect
      .poll(async () =>
        (await page.getByTestId('ranking').locator('text').allTextContents()).some((t) =>
          /^[\d.]+万元/.test(t),
        ),
      )
      .toBe(true);
    expectClean({ page, ...rest });
  });

  it('draws funding above 2^31 yuan as written in facts.csv, never wrapped to negative (int32 overflow)', async () => {
    // Money is never negative in data/facts.csv; a negative tick means 2.5e9 became -1.79e9.
    const { page, ...rest } = await session.open('#v=1&t=funding');
    await waitForMapTitle(page, (t) => t.startsWith('少数民族发展资金'));
    const trend = page.getByTestId('trend');
    await expect.poll(() => trend.locator('text').count()).toBeGreaterThan(5);
    const ticks = await trend.locator('text').allTextContents();
    await screenshot(page, 'dashboard-funding-trend');
    expect(ticks.filter((t) => /^[-−]\d/.test(t))).toEqual([]);
    expectClean({ page, ...rest });
  });

  it('is operable by keyboard: theme tabs with arrows, year slider with arrows, a region with Enter', async () => {
    const { page, ...rest } = await session.open();
    const active = page.getByRole('tab', { selected: true });
    expect(await active.textContent()).toBe('创建覆盖');
    // Tab from the language button lands on the selected tab (roving tabindex).
    await page.getByTestId('lang-toggle').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('表彰');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('表彰');
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => page.getByRole('tab', { selected: true }).textContent())
      .toBe('创建覆盖');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('创建覆盖');

    await page.getByTestId('year-slider').focus();
    const latest = await yearShown(page);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => yearShown(page)).toBeLessThan(latest);
    await page.keyboard.press('End');
    await expect.poll(() => yearShown(page)).toBe(latest);

    const yunnan = page.locator(`${MAP_REGIONS}[data-code="${YUNNAN}"]`);
    await yunnan.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('region', { name: /云南省/ }).isVisible()).toBe(true);
    expectClean({ page, ...rest });
  });

  it('lists every region in the table alternative, with 无数据 for missing figures rather than 0', async () => {
    const stocks = await session.data.latestStocks('demo_units_named');
    const all = await session.data.regionsOf('province');
    const { page, ...rest } = await session.open();
    const table = page.locator('table.map-table');
    expect(await table.isVisible()).toBe(false);
    await page.locator('summary', { hasText: '表格' }).click();
    await table.waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(all.length);
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.querySelector('th')?.textContent?.trim() ?? '',
          tr.querySelector('td.num')?.textContent?.trim() ?? '',
        ]),
      );
    const byName = new Map(rows.map(([name, value]) => [name, value]));
    for (const p of all) {
      const shown = byName.get(p.name);
      expect(shown, p.name).toBeDefined();
      const expected = stocks.get(p.code);
      if (expected === undefined) expect(shown, p.name).toBe('无数据');
      else expect(shown!.replace(/[^\d.]/g, ''), p.name).toBe(String(expected));
    }
    await screenshot(page, 'dashboard-table');
    expectClean({ page, ...rest });
  });
});
