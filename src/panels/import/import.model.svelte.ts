import { messageOf } from '../../lib/db';
import type { ImportError, ImportReport, LongRow } from '../../lib/import';
import { newDatasetId } from '../../lib/store';
import type { UserDataModel } from '../data/user-data.model.svelte';
import { ImportSession, type Limit } from './import-session';
import { judgeMemory } from './memory-estimate';
import { initialDraft, toDatasetInfo, type DatasetDraft } from './to-dataset';

/** Files above this are refused before reading: DuckDB-WASM is wasm32 (~4 GB in all). */
export const MAX_FILE_BYTES = 1.5 * 2 ** 30;

type Phase = 'idle' | 'reading' | 'preview' | 'adding' | 'added' | 'error' | 'cancelled';

/** What went wrong (or may), kept as data so the panel words it in the current language. */
export type ImportNotice =
  | { kind: 'import'; error: ImportError }
  | { kind: 'too_large'; file: string; bytes: number; limit: number }
  | { kind: 'memory'; file: string; verdict: Limit }
  | { kind: 'staging'; file: string; why: string }
  | { kind: 'crash'; file: string; message: string };

const PARQUET_NAME = /\.(parquet|pq)$/i;

/**
 * One import at a time: read in a worker while the rows are staged in DuckDB, preview,
 * confirm the mapping, add in one transaction. Until then nothing touches the user's data;
 * a failed, refused or cancelled read drops its staging tables.
 */
export class ImportModel {
  phase = $state<Phase>('idle');
  progress = $state(0);
  progressDone = $state(0);
  progressTotal = $state(0);
  progressUnit = $state<'bytes' | 'rowGroups'>('bytes');
  error = $state.raw<ImportNotice | null>(null);
  warning = $state.raw<ImportNotice | null>(null);
  report = $state.raw<ImportReport | null>(null);
  /** The first rows of the long table (the preview); the rest is staged in DuckDB. */
  rows = $state.raw<LongRow[]>([]);
  draft = $state<DatasetDraft | null>(null);
  overrides = $state<Record<string, string | null>>({});
  encoding = $state('');
  /** Name of the file being read or shown (the preview's and error's subject). */
  fileName = $state('');
  #file: File | null = null;
  #session: ImportSession | null = null;

  constructor(private readonly userData: UserDataModel) {}

  async pick(file: File): Promise<void> {
    this.#file = file;
    this.fileName = file.name;
    this.overrides = {};
    this.encoding = '';
    await this.read();
  }

  /** Reads (again, with the user's encoding or region choices); drops any earlier staging. */
  async read(): Promise<void> {
    const file = this.#file;
    if (!file) return;
    // Before any await: the panel never shows the last file's preview under this file's name.
    this.phase = 'reading';
    this.progress = 0;
    this.progressDone = 0;
    this.progressTotal = 0;
    this.warning = null;
    await this.#discard();
    if (file.size > MAX_FILE_BYTES)
      return this.#fail({
        kind: 'too_large',
        file: file.name,
        bytes: file.size,
        limit: MAX_FILE_BYTES,
      });
    if (!PARQUET_NAME.test(file.name)) {
      // A text or workbook file is read whole in the worker: judge it by its size up front.
      const verdict = judgeMemory({
        fileBytes: file.size,
        longRows: null,
        largestBufferBytes: file.size,
      });
      if (verdict.level === 'refuse')
        return this.#fail({ kind: 'memory', file: file.name, verdict });
      if (verdict.level === 'warn') this.warning = { kind: 'memory', file: file.name, verdict };
    }
    // A timestamp read once, not reactive state.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const now = new Date();
    const session = new ImportSession(newDatasetId(now), {
      progress: (done, total, unit) => {
        this.progressDone = done;
        this.progressTotal = total;
        this.progressUnit = unit;
        this.progress = total > 0 ? done / total : 0;
      },
      warning: (verdict) => (this.warning = { kind: 'memory', file: file.name, verdict }),
    });
    this.#session = session;
    const outcome = await session.run(file, {
      encoding: this.encoding || undefined,
      overrides: this.overrides,
    });
    if (!outcome) return;
    if (outcome.type !== 'result' || !outcome.result.ok) {
      await this.#discard();
      if (outcome.type === 'refused')
        return this.#fail({ kind: 'memory', file: file.name, verdict: outcome.verdict });
      if (outcome.type === 'staging')
        return this.#fail({ kind: 'staging', file: file.name, why: outcome.why });
      if (outcome.type === 'crash')
        return this.#fail({ kind: 'crash', file: file.name, message: outcome.message });
      if (!outcome.result.ok) return this.#fail({ kind: 'import', error: outcome.result.error });
      return;
    }
    const { report, regions, sample } = outcome.result;
    // A file whose values are all missing stages no batch, yet adds its indicators.
    try {
      if (!(await session.stagingReady())) return;
    } catch (e) {
      await this.#discard();
      return this.#fail({ kind: 'staging', file: file.name, why: messageOf(e) });
    }
    session.regions = regions;
    this.report = report;
    this.rows = sample;
    this.draft = initialDraft(session.id, file.name, report, now);
    this.phase = 'preview';
  }

  async add(): Promise<void> {
    const session = this.#session;
    if (!this.draft || !session?.staging) return;
    this.phase = 'adding';
    const info = toDatasetInfo($state.snapshot(this.draft), {
      regions: session.regions,
      chunks: session.chunks.length,
    });
    const ok = await this.userData.addStaged(info, session.staging, session.chunks);
    if (!ok) {
      // Kept staged: the user can free space and add again.
      this.phase = 'preview';
      return;
    }
    await this.#discard();
    this.phase = 'added';
  }

  /** Stops a read or drops a preview: the staging tables go, the user's data stays as it was. */
  async cancel(): Promise<void> {
    await this.#discard();
    this.#clear();
    this.phase = 'cancelled';
  }

  async reset(): Promise<void> {
    await this.#discard();
    this.#clear();
    this.phase = 'idle';
  }

  #clear(): void {
    this.report = null;
    this.rows = [];
    this.draft = null;
    this.error = null;
    this.warning = null;
  }

  #fail(notice: ImportNotice): void {
    this.error = notice;
    this.phase = 'error';
  }

  async #discard(): Promise<void> {
    const session = this.#session;
    this.#session = null;
    await session?.discard();
  }
}
