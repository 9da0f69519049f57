import { createLatest } from '../db';

export type Status = 'idle' | 'loading' | 'ready' | 'error';

/**
 * `{status, data, error}` for one piece of a view. A failed or superseded load never
 * replaces data already shown: the old picture stays, with the error beside it.
 */
export class Resource<T> {
  status = $state<Status>('idle');
  data = $state.raw<T | null>(null);
  error = $state.raw<Error | null>(null);
  #latest = createLatest();

  async load(work: () => Promise<T>): Promise<void> {
    this.status = 'loading';
    try {
      const result = await this.#latest(work);
      if (result.stale) return;
      this.data = result.value;
      this.error = null;
      this.status = 'ready';
    } catch (e) {
      this.error = e instanceof Error ? e : new Error(String(e));
      this.status = 'error';
    }
  }
}
