import { describe, expect, it } from 'vitest';
import { MAP_REGIONS, expectClean } from './browser';
import { useAppSession } from './session';

const GUANGXI = '450000';
const YUNNAN = '530000';

describe('the dashboard drops superseded map answers', () => {
  const session = useAppSession();

  it('draws the view asked for last, not a slower answer to an earlier one', async () => {
    const provinces = await session.data.regionsOf('province');
    const w = await session.open();
    const { page } = w;
    const filled = () =>
      page.locator(MAP_REGIONS).evaluateAll(
        (paths) =>
          paths.filter((p) => {
            const fill = p.getAttribute('fill') ?? '';
            return fill !== '' && !fill.startsWith('url(');
          }).length,
      );
    const before = await filled();
    expect(before).toBeGreaterThan(5);
    const go = (hash: string) =>
      page.evaluate((h) => {
        history.pushState(null, '', h);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, hash);
    // The first view was painted from the build-time snapshot; visit it again live, so
    // that the row source holds its answer (as after any use of the dashboard).
    const provinceView = await page.evaluate(() => location.hash);
    await go(`${provinceView}&r=${YUNNAN}&l=prefecture`);
    await expect.poll(() => page.locator(MAP_REGIONS).count()).toBeLessThan(provinces.length);
    await go(provinceView);
    const drawn = async () => [await page.locator(MAP_REGIONS).count(), await filled()];
    await expect.poll(drawn).toEqual([provinces.length, before]);
    // Into Guangxi's prefectures (a view not yet queried: DuckDB answers in a later task)
    // and, before that answer comes, back to the provinces (cached: answered at once). The
    // prefecture answer arrives last and must never be drawn, not even for a frame: every
    // state of the map from then on is the province map with its values.
    const states = await page.evaluate(
      async ({ drill, selector }) => {
        const seen: [number, number][] = [];
        const note = () => {
          const paths = [...document.querySelectorAll(selector)];
          const fills = paths.map((p) => p.getAttribute('fill') ?? '');
          seen.push([paths.length, fills.filter((f) => f !== '' && !f.startsWith('url(')).length]);
        };
        const provinceView = location.hash;
        const go = (hash: string) => {
          history.pushState(null, '', hash);
          window.dispatchEvent(new PopStateEvent('popstate'));
        };
        go(`${provinceView}&r=${drill}&l=prefecture`);
        // Microtasks only: the view's effects run and its query is sent, but the worker's
        // answer (a message event, a task) cannot arrive before the next line.
        for (let i = 0; i < 50; i++) await Promise.resolve();
        go(provinceView);
        for (let i = 0; i < 50; i++) await Promise.resolve();
        const observer = new MutationObserver(note);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        note();
        await new Promise((r) => setTimeout(r, 1_500));
        observer.disconnect();
        note();
        return seen;
      },
      { drill: GUANGXI, selector: MAP_REGIONS },
    );
    expect(states.length).toBeGreaterThan(1);
    for (const state of states) expect(state).toEqual([provinces.length, before]);
    expect(await page.locator(`${MAP_REGIONS}[data-code="${GUANGXI}"]`).count()).toBe(1);
    expect(await page.evaluate(() => location.hash)).not.toContain('l=prefecture');
    expectClean(w);
  });
});
