import { describe, expect, it } from 'vitest';
import type { UserFact } from '../../src/lib/store';
import { factsToIpc } from '../../src/lib/store/fact-arrow';
import { userDataset } from '../sql/user-dataset-fixture';
import { expectClean, openApp } from './browser';
import { consoleQuery } from './import-flow';
import { useAppSession } from './session';

const ID = 'u20260101000000v1ds';
const NAME = '旧版存储的数据（升级测试）';

/**
 * A browser that used the first version of the store (IndexedDB version 1: one `datasets`
 * store, an import's facts as Arrow IPC in `factsIpc`) opens the current app, which upgrades
 * the database to version 2. Nothing the user kept may be lost on the way.
 */
describe('datasets kept by the first version of the store', () => {
  const session = useAppSession();

  it('are listed, loaded and mapped after the upgrade', async () => {
    const w = await session.page();
    await w.page.goto(session.app.url);
    const ds = userDataset(ID);
    const record = {
      id: ID,
      name: NAME,
      origin: 'import',
      created: '2026-01-01T00:00:00.000Z',
      sources: ds.sources,
      indicators: ds.indicators,
    };
    const ipc = Array.from(factsToIpc(ds.facts as unknown as UserFact[]));
    // Replace whatever the page created with a version-1 database holding one dataset.
    await w.page.evaluate(
      async ({ record, ipc }) => {
        await new Promise((ok, fail) => {
          const r = indexedDB.deleteDatabase('mztj-user-data');
          r.onsuccess = ok;
          r.onerror = () => fail(r.error);
        });
        const db = await new Promise<IDBDatabase>((ok, fail) => {
          const r = indexedDB.open('mztj-user-data', 1);
          r.onupgradeneeded = () => r.result.createObjectStore('datasets', { keyPath: 'id' });
          r.onsuccess = () => ok(r.result);
          r.onerror = () => fail(r.error);
        });
        await new Promise((ok, fail) => {
          const tx = db.transaction('datasets', 'readwrite');
          tx.objectStore('datasets').put({ ...record, facts: [], factsIpc: new Uint8Array(ipc) });
          tx.oncomplete = ok;
          tx.onerror = () => fail(tx.error);
        });
        db.close();
      },
      { record, ipc },
    );

    await openApp(w, session.app.url);
    const list = w.page.locator('[data-testid=mydata-list]');
    await list.waitFor({ state: 'attached', timeout: 30_000 });
    const text = ((await list.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain(NAME);
    expect(text).toContain(`${ds.facts.length} 条`);
    const [row] = await consoleQuery(
      w.page,
      `SELECT (SELECT count(*) FROM user_facts WHERE dataset_id = '${ID}')::VARCHAR AS probeV1,
        (SELECT count(*) FROM user_map_agg WHERE dataset_id = '${ID}')::VARCHAR AS cells`,
      'V1',
    );
    const [facts, cells] = row ?? [];
    expect(facts).toBe(String(ds.facts.length));
    // The map reads the aggregate: the upgraded dataset must be there too.
    expect(Number(cells)).toBeGreaterThan(0);
    // The database is now version 2, and the dataset is still in it.
    const kept = await w.page.evaluate(
      () =>
        new Promise<[number, number]>((ok, fail) => {
          const r = indexedDB.open('mztj-user-data');
          r.onsuccess = () => {
            const db = r.result;
            const count = db.transaction('datasets').objectStore('datasets').count();
            count.onsuccess = () => {
              ok([db.version, count.result]);
              db.close();
            };
          };
          r.onerror = () => fail(r.error);
        }),
    );
    expect(kept).toEqual([2, 1]);
    expectClean(w);
  });
});
