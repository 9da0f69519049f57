import { deleteUserDataset, getEngine, insertUserDataset } from '../../lib/db';
import { datasetStore, StoreError, type UserDataset } from '../../lib/store';

/**
 * The user's own datasets: restored into DuckDB on start, added transactionally, kept in
 * IndexedDB. `revision` changes after every change so views reload.
 */
export class UserDataModel {
  datasets = $state.raw<UserDataset[]>([]);
  revision = $state(0);
  error = $state.raw<Error | null>(null);
  busy = $state(false);

  async restore(): Promise<void> {
    let saved: UserDataset[];
    try {
      saved = await datasetStore.list();
    } catch (e) {
      // No local storage (private mode, disabled): the app works, nothing is restored.
      if (!(e instanceof StoreError && e.kind === 'unavailable')) this.error = toError(e);
      return;
    }
    if (saved.length === 0) return;
    await getEngine();
    const restored: UserDataset[] = [];
    for (const ds of saved) {
      try {
        await insertUserDataset(ds);
        restored.push(ds);
      } catch (e) {
        this.error = toError(e);
      }
    }
    this.datasets = restored;
    this.revision++;
  }

  /** Adds to DuckDB, then saves; if saving fails the insert is undone and the error shown. */
  async add(ds: UserDataset): Promise<boolean> {
    this.busy = true;
    try {
      await insertUserDataset(ds);
      try {
        await datasetStore.put(ds);
      } catch (e) {
        await deleteUserDataset(ds.id);
        throw e;
      }
      this.datasets = [...this.datasets.filter((d) => d.id !== ds.id), ds];
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
    const ds = this.datasets.find((d) => d.id === id);
    if (!ds || name.trim() === '') return;
    const renamed = { ...ds, name: name.trim() };
    try {
      await datasetStore.put(renamed);
      this.datasets = this.datasets.map((d) => (d.id === id ? renamed : d));
    } catch (e) {
      this.error = toError(e);
    }
  }
}

function toError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}
