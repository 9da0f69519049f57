import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { useAppSession } from './session';

describe('the built database in headless Chromium', () => {
  // A private copy of dist/, like every other file: the count expected and the page read
  // the same build even while someone runs `npm run build`.
  const session = useAppSession();

  it('ATTACHes facts.duckdb under a sub-path and counts the same facts as the Parquet export', async () => {
    const expected = await session.data.factCount();
    expect(expected).toBeGreaterThanOrEqual(450);
    const { page, consoleErrors, foreignRequests } = await session.page();
    await page.goto(session.app.url);
    const count = page.getByTestId('fact-count');
    await count.waitFor({ timeout: 30_000 });
    expect(Number(await count.textContent())).toBe(expected);
    await screenshot(page, 'database-attached');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
