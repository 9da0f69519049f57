import { dataHref } from '../../lib/db';
import { formatImportError, type ImportReport, type LongRow } from '../../lib/import';
import type { UserDataModel } from '../data/user-data.model.svelte';
import type { ImportMessage, ImportRequest } from './import.worker';
import ImportWorker from './import.worker.ts?worker';
import { initialDraft, toDataset, type DatasetDraft } from './to-dataset';

/** Files above this are refused before reading: DuckDB-WASM is wasm32 (~4 GB in all). */
export const MAX_FILE_BYTES = 1.5 * 2 ** 30;

/**
 * Rough bytes of memory per byte of a text file once it is long rows in the worker, facts
 * on the page, Arrow and DuckDB's copy (measured: ~8× for a 1M-row long CSV).
 */
const MEMORY_PER_FILE_BYTE = 8;
/** A tab's wasm32 heap tops out at 4 GiB; warn well before the estimate gets there. */
const MEMORY_WARN_BYTES = 2 * 2 ** 30;

/** A warning when a file this size may not fit in the tab's memory, else ''. */
export function memoryWarning(bytes: number): string {
  const estimate = bytes * MEMORY_PER_FILE_BYTE;
  if (estimate < MEMORY_WARN_BYTES) return '';
  return `about ${(estimate / 2 ** 30).toFixed(1)} GiB of memory is needed; a browser tab has at most 4 GiB, so this may fail — split the file if it does`;
}

type Phase = 'idle' | 'reading' | 'preview' | 'adding' | 'added' | 'error';

/**
 * One import at a time: read in a worker, preview, confirm the mapping, add. A failed step
 * shows its error and leaves every dataset already loaded as it was.
 */
export class ImportModel {
  phase = $state<Phase>('idle');
  progress = $state(0);
  error = $state('');
  report = $state.raw<ImportReport | null>(null);
  rows = $state.raw<LongRow[]>([]);
  draft = $state<DatasetDraft | null>(null);
  overrides = $state<Record<string, string | null>>({});
  encoding = $state('');
  /** Name of the file being read or shown (the preview's and error's subject). */
  fileName = $state('');
  warning = $state('');
  #file: File | null = null;

  constructor(private readonly userData: UserDataModel) {}

  async pick(file: File): Promise<void> {
    this.#file = file;
    this.fileName = file.name;
    this.overrides = {};
    this.encoding = '';
    await this.read();
  }

  /** Reads again with the user's encoding or region choices. */
  async read(): Promise<void> {
    const file = this.#file;
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      this.fail(
        `${file.name}: ${(file.size / 2 ** 30).toFixed(1)} GiB is over the 1.5 GiB a browser tab can import`,
      );
      return;
    }
    this.phase = 'reading';
    this.progress = 0;
    this.warning = memoryWarning(file.size);
    // The worker reads the File itself (in slices for big CSVs): no copy on this thread.
    const message = await this.runWorker({
      name: file.name,
      file,
      gazetteerUrl: dataHref('gazetteer.json'),
      encoding: this.encoding || undefined,
      overrides: { ...this.overrides },
    });
    if (message.type === 'crash') return this.fail(`${file.name}: ${message.message}`);
    if (message.type !== 'result') return;
    const { result } = message;
    if (!result.ok) return this.fail(formatImportError(result.error));
    this.report = result.report;
    this.rows = result.table;
    // A timestamp read once, not reactive state.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.draft = initialDraft(file.name, result.report, new Date());
    this.phase = 'preview';
  }

  async add(): Promise<void> {
    if (!this.draft) return;
    this.phase = 'adding';
    const ok = await this.userData.add(toDataset($state.snapshot(this.draft), this.rows));
    this.phase = ok ? 'added' : 'preview';
  }

  reset(): void {
    this.phase = 'idle';
    this.report = null;
    this.rows = [];
    this.draft = null;
    this.error = '';
    this.warning = '';
  }

  private fail(message: string): void {
    this.error = message;
    this.phase = 'error';
  }

  private runWorker(req: ImportRequest): Promise<ImportMessage> {
    return new Promise((resolve) => {
      const worker = new ImportWorker();
      worker.onmessage = (e: MessageEvent<ImportMessage>) => {
        if (e.data.type === 'progress') {
          this.progress = e.data.total > 0 ? e.data.done / e.data.total : 0;
          return;
        }
        worker.terminate();
        resolve(e.data);
      };
      worker.onerror = (e) => {
        worker.terminate();
        resolve({ type: 'crash', message: e.message || 'the import worker stopped' });
      };
      worker.postMessage(req);
    });
  }
}
