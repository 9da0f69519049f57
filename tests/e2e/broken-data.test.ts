import { statSync, truncateSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectClean, screenshot } from './browser';
import { useAppSession } from './session';

describe('a damaged database file', () => {
  const session = useAppSession();
  beforeAll(() => {
    // A half-uploaded file, as a static host might serve after an interrupted deploy.
    const file = `${session.app.root}/data/facts.duckdb`;
    truncateSync(file, Math.floor(statSync(file).size / 3));
  });

  it('says so in a visible alert instead of loading forever', async () => {
    const w = await session.page();
    await w.page.goto(session.app.url);
    const alert = w.page.getByRole('alert');
    await alert.first().waitFor({ timeout: 15_000 });
    expect(await alert.first().isVisible()).toBe(true);
    expect(await alert.first().textContent()).toMatch(/数据|加载|失败/);
    await screenshot(w.page, 'broken-data-alert');
    expectClean(w);
  });
});
