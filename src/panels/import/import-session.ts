import { dataHref, messageOf, openImportStaging, type ImportStaging } from '../../lib/db';
import type { StagedImportResult, StagedRegion } from '../../lib/import';
import type { ImportInput, ImportMessage } from './import.worker';
import ImportWorker from './import.worker.ts?worker';
import { judgeMemory, type MemoryVerdict } from './memory-estimate';

export type Limit = Exclude<MemoryVerdict, { level: 'ok' }>;

/** How a read ended; null from `run` when the session was discarded first. */
export type Outcome =
  | { type: 'result'; result: StagedImportResult }
  | { type: 'crash'; message: string }
  | { type: 'refused'; verdict: Limit }
  | { type: 'staging'; why: string };

export interface SessionEvents {
  progress: (done: number, total: number, unit: 'bytes' | 'rowGroups') => void;
  warning: (verdict: Limit) => void;
}

/**
 * One read of one file: its worker, its staging tables, and the Arrow batches kept for
 * storage. Batches are staged as they arrive and acknowledged, so the worker decodes the
 * next one meanwhile. `discard` ends it and drops its staging tables: nothing is left.
 */
export class ImportSession {
  staging: ImportStaging | null = null;
  chunks: Uint8Array[] = [];
  regions: StagedRegion[] = [];
  #worker: Worker | null = null;
  #discarded = false;
  #finish: (outcome: Outcome | null) => void = () => undefined;

  constructor(
    readonly id: string,
    private readonly events: SessionEvents,
  ) {}

  get live(): boolean {
    return !this.#discarded;
  }

  run(
    file: File,
    options: { encoding?: string; overrides: Record<string, string | null> },
  ): Promise<Outcome | null> {
    return new Promise((resolve) => {
      const worker = new ImportWorker();
      this.#worker = worker;
      this.#finish = resolve;
      const send = (m: ImportInput) => worker.postMessage(m);
      const end = (outcome: Outcome) => {
        worker.terminate();
        resolve(this.live ? outcome : null);
      };
      worker.onerror = (e) =>
        end({ type: 'crash', message: e.message || 'the import worker stopped' });
      worker.onmessage = async (e: MessageEvent<ImportMessage>) => {
        const m = e.data;
        if (!this.live) return;
        if (m.type === 'progress') this.events.progress(m.done, m.total, m.unit);
        else if (m.type === 'sizing') {
          const verdict = judgeMemory({
            fileBytes: m.sizing.fileBytes,
            longRows: m.sizing.longRows,
            largestBufferBytes: m.sizing.largestChunkBytes,
            decodedAtOnceBytes: m.sizing.largestRowGroupBytes,
          });
          if (verdict.level === 'refuse') end({ type: 'refused', verdict });
          else if (verdict.level === 'warn') this.events.warning(verdict);
        } else if (m.type === 'batch') {
          try {
            const staging = await this.stagingReady();
            if (!staging) return;
            await staging.addRows(m.ipc);
            this.chunks.push(m.ipc);
            send({ type: 'ack' });
          } catch (err) {
            send({ type: 'stop', reason: messageOf(err) });
            end({ type: 'staging', why: messageOf(err) });
          }
        } else end(m);
      };
      send({
        type: 'start',
        request: {
          name: file.name,
          file,
          gazetteerUrl: dataHref('gazetteer.json'),
          encoding: options.encoding,
          overrides: { ...options.overrides },
        },
      });
    });
  }

  /** The staging tables, created on first use; null (and dropped) if discarded meanwhile. */
  async stagingReady(): Promise<ImportStaging | null> {
    if (this.staging) return this.staging;
    const staging = await openImportStaging(this.id);
    if (!this.live) {
      await staging.drop().catch(() => undefined);
      return null;
    }
    return (this.staging = staging);
  }

  async discard(): Promise<void> {
    if (this.#discarded) return;
    this.#discarded = true;
    this.#worker?.terminate();
    this.#finish(null);
    this.chunks = [];
    await this.staging?.drop().catch(() => undefined);
  }
}
