import type { FactRow, IndicatorRow, SourceRow, StagedChoice, StagedRegionRow } from '../schema';

export { STAGED_COLUMNS, type StagedChoice, type StagedRegionRow } from '../schema';

/** Units of user data are free text (a file may count 亿元 or 人/万人). */
export type UserFact = Omit<FactRow, 'unit'> & { unit: string };

/** What the page keeps of a user's dataset: metadata and counts, never its facts. */
export interface DatasetInfo {
  id: string;
  name: string;
  origin: 'import' | 'extract';
  /** ISO timestamp of creation. */
  created: string;
  sources: SourceRow[];
  indicators: IndicatorRow[];
  /** Facts the dataset adds to the user layer (what "My data" lists). */
  rows: number;
  /** Whatever the import or review step needs to show or redo the mapping. */
  mapping?: Record<string, unknown>;
  /** An import kept as its staged long table (chunks beside this record) and the choices made. */
  staged?: StagedImport;
}

/**
 * A user's own dataset with its facts as rows, as the extraction panel builds it (a few
 * dozen facts). Imports never come this way: their facts are made in DuckDB from staging.
 */
export interface UserDataset extends Omit<DatasetInfo, 'rows' | 'staged'> {
  facts: UserFact[];
}

export interface StagedImport {
  /** File name, cited in every fact's evidence as `file:line:column`. */
  file: string;
  regions: StagedRegionRow[];
  choices: StagedChoice[];
  /** Number of Arrow IPC chunks of long rows kept beside the record. */
  chunks: number;
}

/** A dataset id safe to use as a prefix of fact, source and indicator ids. */
export function newDatasetId(now: Date, random: () => number = Math.random): string {
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  return `u${stamp}${Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0')}`;
}

/** Indicators of user datasets carry the dataset id (u + timestamp) as their prefix. */
export function isUserIndicator(indicatorId: string): boolean {
  return /^u\d{14}[0-9a-z]{4}_/.test(indicatorId);
}
