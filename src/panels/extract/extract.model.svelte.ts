import { detectDocumentDate, extractFacts, readDocument } from '../../lib/extract';
import type { UserDataModel } from '../data/user-data.model.svelte';
import { DRAFT_KEY, parseDraft, serializeDraft } from './draft';
import {
  browserStorage,
  fetchTools,
  type DraftStorage,
  type ExtractDeps,
  type Tools,
} from './extract-deps';
import { blockedRows, regionFromInput } from './review';
import { toDataset, type Candidate, type DocumentSource } from './to-dataset';

/** A message for the panel to translate: which one, and its argument. */
export type Notice =
  | { key: 'draftRestored' | 'draftNotSaved' }
  | { key: 'dateFound'; date: string }
  | { key: 'added'; n: number };

export type Failure =
  { key: 'readFailed'; file: string; why: string } | { key: 'failed'; why: string };

const EMPTY_DOC: DocumentSource = { title: '', publisher: '', date: '', url: '' };

/**
 * Report text → candidate facts → the reviewer accepts, edits or rejects → accepted facts
 * join the user's data with the document as their source. The review in progress is kept in
 * localStorage after every change, so a reload loses nothing.
 */
export class ExtractModel {
  text = $state('');
  candidates = $state<Candidate[]>([]);
  selected = $state<number | null>(null);
  doc = $state<DocumentSource>({ ...EMPTY_DOC });
  status = $state<'idle' | 'working' | 'ready' | 'added' | 'error'>('idle');
  failure = $state.raw<Failure | null>(null);
  notices = $state.raw<Notice[]>([]);
  /** Rows of accepted candidates whose region is missing or unknown: adding waits for them. */
  readonly blocked = $derived(blockedRows(this.candidates));
  readonly acceptedCount = $derived(this.candidates.filter((c) => c.status === 'accepted').length);
  #tools: Promise<Tools> | null = null;
  #saveFailed = false;
  private readonly storage: DraftStorage | null;
  private readonly loadTools: () => Promise<Tools>;

  constructor(
    private readonly userData: Pick<UserDataModel, 'add'>,
    deps: ExtractDeps = {},
  ) {
    this.storage = deps.storage === undefined ? browserStorage() : deps.storage;
    this.loadTools = deps.tools ?? fetchTools;
    const draft = parseDraft(this.read());
    if (!draft) return;
    this.text = draft.text;
    this.doc = draft.doc;
    this.candidates = draft.candidates;
    this.status = draft.candidates.length > 0 ? 'ready' : 'idle';
    this.notices = [{ key: 'draftRestored' }];
  }

  /** Gazetteer and the Traditional→Simplified converter, loaded on first use. */
  private tools(): Promise<Tools> {
    this.#tools ??= this.loadTools();
    return this.#tools;
  }

  async loadFile(file: File): Promise<void> {
    try {
      const data = /\.docx$/i.test(file.name) ? await file.arrayBuffer() : await file.text();
      const doc = await readDocument(file.name, data);
      this.text = doc.text;
      this.doc.title ||= file.name.replace(/\.[^.]+$/, '');
    } catch (e) {
      // The text and review already in the panel stay as they were.
      this.fail({ key: 'readFailed', file: file.name, why: messageOf(e) });
      return;
    }
    await this.run();
  }

  async run(): Promise<void> {
    if (this.text.trim() === '') return;
    this.status = 'working';
    this.notices = [];
    try {
      const { lookup, toSimplified } = await this.tools();
      // The page's own date (发布时间 …) fills an empty date field, so the source gets it too.
      const found = this.doc.date.trim() === '' ? detectDocumentDate(this.text) : null;
      if (found) {
        this.doc.date = found;
        this.notices = [{ key: 'dateFound', date: found }];
      }
      const facts = extractFacts(this.text, {
        date: this.doc.date || undefined,
        resolver: lookup,
        toSimplified,
      });
      // Statistics of the four themes start accepted; background numbers wait for a decision.
      this.candidates = facts.map((f) => ({
        ...f,
        status: f.theme === 'other' ? 'pending' : 'accepted',
      }));
      this.selected = null;
      this.failure = null;
      this.status = 'ready';
    } catch (e) {
      this.fail({ key: 'failed', why: messageOf(e) });
    }
  }

  /** The reviewer typed a region for these rows (one row, or every blocked one). */
  async setRegion(rows: readonly number[], text: string): Promise<void> {
    const { lookup } = await this.tools();
    const region = regionFromInput(text, lookup);
    for (const i of rows) {
      const c = this.candidates[i];
      if (c) Object.assign(c, region);
    }
  }

  setStatusWhere(test: (c: Candidate) => boolean, status: Candidate['status']): void {
    for (const c of this.candidates) if (test(c)) c.status = status;
  }

  async add(): Promise<void> {
    const accepted = this.candidates.filter((c) => c.status === 'accepted');
    if (accepted.length === 0 || this.blocked.length > 0) return;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, not state
    const ds = toDataset($state.snapshot(this.candidates), $state.snapshot(this.doc), new Date());
    if (!(await this.userData.add(ds))) return;
    // Added facts leave the review, so a second click cannot add them twice.
    this.candidates = this.candidates.filter((c) => c.status !== 'accepted');
    this.status = 'added';
    this.notices = [{ key: 'added', n: accepted.length }];
  }

  discard(): void {
    this.text = '';
    this.doc = { ...EMPTY_DOC };
    this.candidates = [];
    this.selected = null;
    this.status = 'idle';
    this.failure = null;
    this.notices = [];
    this.storage?.removeItem(DRAFT_KEY);
  }

  /** Keeps the review in the browser; call from an effect so every change is saved. */
  save(): void {
    if (!this.storage) return;
    const draft = {
      text: this.text,
      doc: $state.snapshot(this.doc),
      candidates: $state.snapshot(this.candidates),
    };
    try {
      if (draft.text === '' && draft.candidates.length === 0) this.storage.removeItem(DRAFT_KEY);
      else this.storage.setItem(DRAFT_KEY, serializeDraft(draft));
      this.#saveFailed = false;
    } catch {
      // Quota: the review goes on in memory; say once that a reload would lose it.
      if (!this.#saveFailed) this.notices = [...this.notices, { key: 'draftNotSaved' }];
      this.#saveFailed = true;
    }
  }

  private read(): string | null {
    try {
      return this.storage?.getItem(DRAFT_KEY) ?? null;
    } catch {
      return null;
    }
  }

  private fail(failure: Failure): void {
    this.failure = failure;
    // A failed read or run leaves an earlier review in place.
    this.status = this.candidates.length > 0 ? 'ready' : 'error';
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
