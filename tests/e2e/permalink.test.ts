import { describe, expect, it } from 'vitest';
import {
  expectClean,
  mapTitle,
  openApp,
  screenshot,
  waitForMapTitle,
  type Watched,
} from './browser';
import { useAppSession } from './session';

const hashOf = (w: Watched) => w.page.evaluate(() => location.hash);
const selectedTheme = (w: Watched) =>
  w.page.getByRole('tab', { selected: true }).getAttribute('data-theme');

describe('permalinks in the location hash', () => {
  const session = useAppSession();

  it('writes each change of view into location.hash', async () => {
    const w = await session.open();
    expect(await hashOf(w)).toBe('#v=1');
    await w.page.getByRole('tab', { name: '表彰' }).click();
    await expect.poll(() => hashOf(w)).toBe('#v=1&t=honours');
    await w.page.getByTestId('measure').selectOption('per_10m');
    await expect.poll(() => hashOf(w)).toBe('#v=1&t=honours&m=per_10m');
    await w.page.getByTestId('lang-toggle').click();
    await expect.poll(() => hashOf(w)).toBe('#v=1&t=honours&m=per_10m&lang=en');
    expectClean(w);
  });

  it('restores theme and language from an opened permalink', async () => {
    const funding = await session.data.indicatorNames('funding');
    const w = await session.open('#v=1&t=funding&lang=en');
    await expect.poll(() => selectedTheme(w)).toBe('funding');
    expect(await w.page.getByRole('tab', { selected: true }).textContent()).toBe('Funding');
    await expect
      .poll(() => w.page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Ethnic Unity');
    expect(await w.page.evaluate(() => document.documentElement.lang)).toBe('en');
    const indicator = await w.page.getByTestId('indicator').inputValue();
    expect(funding.has(indicator)).toBe(true);
    await waitForMapTitle(w.page, (t) => t.startsWith(funding.get(indicator)!.en));
    expect(await w.page.getByRole('status').filter({ hasText: /link/i }).count()).toBe(0);
    await screenshot(w.page, 'permalink-funding-en');
    expectClean(w);
  });

  it('follows back and forward to the previous views', async () => {
    const w = await session.open();
    const first = await mapTitle(w.page);
    await w.page.getByRole('tab', { name: '资金' }).click();
    await expect.poll(() => hashOf(w)).toBe('#v=1&t=funding');
    const fundingTitle = await waitForMapTitle(w.page, (t) => t !== first);
    await w.page.getByTestId('lang-toggle').click();
    await expect.poll(() => hashOf(w)).toBe('#v=1&t=funding&lang=en');

    await w.page.goBack();
    await expect.poll(() => hashOf(w)).toBe('#v=1&t=funding');
    await expect
      .poll(() => w.page.getByRole('heading', { level: 1 }).textContent())
      .toBe('民族团结进步创建统计');
    await w.page.goBack();
    await expect.poll(() => selectedTheme(w)).toBe('coverage');
    await waitForMapTitle(w.page, (t) => t === first);
    expect(await hashOf(w)).toBe('#v=1');

    await w.page.goForward();
    await expect.poll(() => selectedTheme(w)).toBe('funding');
    await waitForMapTitle(w.page, (t) => t === fundingTitle);
    expectClean(w);
  });

  it('falls back to defaults with a visible notice on a hostile link, and runs nothing from it', async () => {
    const w = await session.page();
    const dialogs: string[] = [];
    w.page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    await openApp(
      w,
      session.app.url,
      '#v=1&t=<script>alert(1)</script>&y=99999&r=../../etc&i=x%ZZ',
    );
    const notices = w.page.getByRole('status').filter({ hasText: '链接' });
    await expect.poll(() => notices.count()).toBeGreaterThanOrEqual(4);
    const texts = await notices.allTextContents();
    for (const field of ['主题', '年份', '地区', '指标']) {
      expect(
        texts.some((t) => t.includes(field)),
        field,
      ).toBe(true);
    }
    expect(texts.join(' ')).not.toContain('<script>');
    expect(await notices.first().isVisible()).toBe(true);
    expect(await selectedTheme(w)).toBe('coverage');
    expect(await w.page.locator('script:not([src])').count()).toBe(0);
    await screenshot(w.page, 'permalink-hostile-link');
    expect(dialogs).toEqual([]);
    // The defaults the page fell back to are what the URL now says.
    await expect.poll(() => hashOf(w)).toBe('#v=1');
    expect(dialogs).toEqual([]);
    expectClean(w);
  });
});
