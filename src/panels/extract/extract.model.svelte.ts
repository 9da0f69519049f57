import { dataHref } from '../../lib/db';
import {
  createRegionLookup,
  createToSimplified,
  extractFacts,
  readDocument,
  type RegionLookup,
} from '../../lib/extract';
import type { Region } from '../../lib/geo';
import type { UserDataModel } from '../data/user-data.model.svelte';
import { toDataset, type Candidate, type DocumentSource } from './to-dataset';

/**
 * Report text → candidate facts → the reviewer accepts, edits or rejects → accepted facts
 * join the user's data with the document as their source.
 */
export class ExtractModel {
  text = $state('');
  candidates = $state<Candidate[]>([]);
  selected = $state<number | null>(null);
  doc = $state<DocumentSource>({ title: '', publisher: '', date: '', url: '' });
  status = $state<'idle' | 'working' | 'ready' | 'added' | 'error'>('idle');
  error = $state('');
  #tools: Promise<{ lookup: RegionLookup; toSimplified: (s: string) => string }> | null = null;

  constructor(private readonly userData: UserDataModel) {}

  /** Gazetteer and the Traditional→Simplified converter, fetched on first use. */
  private tools() {
    this.#tools ??= Promise.all([
      fetch(dataHref('gazetteer.json')).then((r) => r.json() as Promise<Region[]>),
      import('opencc-js/t2cn'),
    ]).then(([regions, OpenCC]) => ({
      lookup: createRegionLookup(regions),
      toSimplified: createToSimplified(OpenCC.Converter),
    }));
    return this.#tools;
  }

  async loadFile(file: File): Promise<void> {
    try {
      const data = /\.docx$/i.test(file.name) ? await file.arrayBuffer() : await file.text();
      const doc = await readDocument(file.name, data);
      this.text = doc.text;
      this.doc.title ||= file.name.replace(/\.[^.]+$/, '');
      await this.run();
    } catch (e) {
      this.fail(`${file.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async run(): Promise<void> {
    if (this.text.trim() === '') return;
    this.status = 'working';
    try {
      const { lookup, toSimplified } = await this.tools();
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
      this.status = 'ready';
    } catch (e) {
      this.fail(e instanceof Error ? e.message : String(e));
    }
  }

  async add(): Promise<void> {
    const accepted = this.candidates.filter((c) => c.status === 'accepted');
    if (accepted.length === 0) return;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, not state
    const ds = toDataset($state.snapshot(this.candidates), $state.snapshot(this.doc), new Date());
    if (await this.userData.add(ds)) this.status = 'added';
  }

  private fail(message: string): void {
    this.error = message;
    this.status = 'error';
  }
}
