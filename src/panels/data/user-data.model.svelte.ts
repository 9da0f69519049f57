import {
  addStagedDataset,
  deleteUserDataset,
  getEngine,
  insertUserDataset,
  openImportStaging,
  type ImportStaging,
} from '../../lib/db';
import {
  datasetStore,
  StoreError,
  type DatasetInfo,
  type KeptDataset,
  type UserDataset,
} from '../../lib/store';

/**
 * The user's own datasets: restored into DuckDB on start, added transactionally, kept in
 * IndexedDB. The page keeps each dataset's info and row count, never its facts: those live
 * in DuckDB and IndexedDB. `revision` changes after every change so views reload.
 */
export class UserDataModel {
  datasets = $state.raw<DatasetInfo[]>([]);
  revision = $state(0);
  error = $state.raw<Error | null>(null);
  busy = $state(false);

  async restore(): Promise<void> {
    let saved: KeptDataset[];
    try {
      saved = await datasetStore.list();
    } catch (e) {
      // No local storage (private mode, disabled): the app works, nothing is restored.
      if (!(e instanceof StoreError && e.kind === 'unavailable')) this.error = toError(e);
      return;
    }
    if (saved.length === 0) return;
    await getEngine();
    const restored: DatasetInfo[] = [];
    for (const kept of saved) {
      try {
        restored.push(await restoreOne(kept));
      } catch (e) {
        this.error = toError(e);
      }
    }
    this.datasets = restored;
    this.revision++;
  }

  /** Adds facts given as rows (extractions), then saves; a failed save undoes the insert. */
  async add(ds: UserDataset): Promise<boolean> {
    return this.#adding(ds.id, async () => {
      await insertUserDataset(ds);
      return datasetStore.put(ds);
    });
  }

  /** Adds a staged import in one transaction, then keeps its chunks; a failed save undoes it. */
  async addStaged(
    info: DatasetInfo,
    staging: ImportStaging,
    chunks: readonly Uint8Array[],
  ): Promise<boolean> {
    return this.#adding(info.id, async () => {
      const kept = { ...info, rows: await addStagedDataset(info, staging) };
      await datasetStore.putStaged(kept, chunks);
      return kept;
    });
  }

  async #adding(id: string, work: () => Promise<DatasetInfo>): Promise<boolean> {
    this.busy = true;
    try {
      let info: DatasetInfo;
      try {
        info = await work();
      } catch (e) {
        // Whatever reached DuckDB goes again: a dataset is in both places or in neither.
        await deleteUserDataset(id).catch(() => undefined);
        throw e;
      }
      this.datasets = [...this.datasets.filter((d) => d.id !== id), info];
      this.error = null;
      this.revision++;
      return true;
    } catch (e) {
      this.error = toError(e);
      return false;
    } finally {
      this.busy = false;
    }
  }

  async remove(id: string): Promise<void> {
    try {
      await datasetStore.remove(id);
      await deleteUserDataset(id);
      this.datasets = this.datasets.filter((d) => d.id !== id);
      this.revision++;
    } catch (e) {
      this.error = toError(e);
    }
  }

  async rename(id: string, name: string): Promise<void> {
    if (!this.datasets.some((d) => d.id === id) || name.trim() === '') return;
    try {
      await datasetStore.rename(id, name.trim());
      this.datasets = this.datasets.map((d) => (d.id === id ? { ...d, name: name.trim() } : d));
    } catch (e) {
      this.error = toError(e);
    }
  }
}

/** One kept dataset back into DuckDB: staged chunks through staging, or its facts as rows. */
async function restoreOne(kept: KeptDataset): Promise<DatasetInfo> {
  const { info } = kept;
  if (info.staged) {
    const staging = await openImportStaging(info.id);
    try {
      for (const chunk of await datasetStore.chunks(info.id)) await staging.addRows(chunk);
      return { ...info, rows: await addStagedDataset(info, staging) };
    } finally {
      await staging.drop().catch(() => undefined);
    }
  }
  const facts = (await kept.facts?.()) ?? [];
  await insertUserDataset({ ...info, facts });
  return { ...info, rows: facts.length };
}

function toError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}
