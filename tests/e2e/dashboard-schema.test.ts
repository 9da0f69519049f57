import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectClean, screenshot, waitForFilledMap } from './browser';
import { useAppSession } from './session';

describe('a database of another schema version', () => {
  const session = useAppSession();
  beforeAll(() => {
    // An older deploy's data left behind beside a newer app (or the other way round).
    const path = `${session.app.root}/data/manifest.json`;
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { schema_version: number };
    writeFileSync(path, JSON.stringify({ ...manifest, schema_version: 1 }));
  });

  it('keeps the first map and says, translated, which versions disagree', async () => {
    // Not session.open(): DuckDB never goes live here.
    const w = await session.page();
    await w.page.goto(session.app.url);
    // The snapshot's map is painted before DuckDB starts, and stays.
    await waitForFilledMap(w.page, 10_000);
    const alert = w.page.getByRole('alert').filter({ hasText: '数据库版本（1）' });
    await alert.first().waitFor({ timeout: 30_000 });
    expect(await alert.first().textContent()).toMatch(/数据加载失败.*需要版本 \d/);
    expect(
      await w.page.locator('[data-testid=choropleth] path[data-code]').count(),
    ).toBeGreaterThan(30);
    await screenshot(w.page, 'schema-mismatch-alert');
    expectClean(w);
  });
});
