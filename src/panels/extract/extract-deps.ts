import { dataHref } from '../../lib/db';
import { createRegionLookup, createToSimplified, type RegionLookup } from '../../lib/extract';
import type { Region } from '../../lib/geo';

/** What the extraction model needs from outside: injected in tests, the browser's in the app. */
export interface Tools {
  lookup: RegionLookup;
  toSimplified: (s: string) => string;
}

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface ExtractDeps {
  /** Where the draft is kept; null: not kept (tests, or storage the browser refuses). */
  storage?: DraftStorage | null;
  /** Gazetteer lookup and converter; by default fetched from the site on first use. */
  tools?: () => Promise<Tools>;
}

/** localStorage, or null where reading it throws (sandboxed frames, disabled storage). */
export function browserStorage(): DraftStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function fetchTools(): Promise<Tools> {
  return Promise.all([
    fetch(dataHref('gazetteer.json')).then((r) => r.json() as Promise<Region[]>),
    import('opencc-js/t2cn'),
  ]).then(([regions, OpenCC]) => ({
    lookup: createRegionLookup(regions),
    toSimplified: createToSimplified(OpenCC.Converter),
  }));
}
