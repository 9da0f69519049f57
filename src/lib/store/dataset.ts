import type { FactRow, IndicatorRow, SourceRow } from '../schema';

/**
 * A user's own dataset, as kept across reloads and inserted into DuckDB's user layer:
 * an import (issue: bring your own data) or accepted extractions from a report.
 */
export interface UserDataset {
  id: string;
  name: string;
  origin: 'import' | 'extract';
  /** ISO timestamp of creation. */
  created: string;
  sources: SourceRow[];
  indicators: IndicatorRow[];
  /** Units of user data are free text (a file may count 亿元 or 人/万人). */
  facts: (Omit<FactRow, 'unit'> & { unit: string })[];
  /** Whatever the import or review step needs to show or redo the mapping. */
  mapping?: Record<string, unknown>;
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
