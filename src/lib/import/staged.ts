import type { ImportError } from './errors';
import type { ImportReport, LongRow } from './finish';

/**
 * The canonical long table split for staging: one row per value (`StagedRow`, many) and one
 * row per region name as written (`StagedRegion`, few). Region codes join at the end, so a
 * table read row group by row group is matched with every name in view (吉林 in a table of
 * prefectures is 吉林市), exactly as a whole-file import matches it.
 */
export interface StagedRow {
  /** Position in the long table: a fact's id is `<dataset>:<row>`. */
  row: number;
  source_name: string;
  year: number | null;
  indicator: string;
  /** Null for a missing value: kept here (the CLI writes it), never staged as a fact. */
  value: number | null;
  unit: string | null;
  line: number;
  column: number;
}

export type StagedRegion = Pick<
  LongRow,
  'source_name' | 'region_code' | 'region_name' | 'region_level'
>;

/** What a staged import reports once every row is out: the preview's content. */
export type StagedImportResult =
  | {
      ok: true;
      report: ImportReport;
      regions: StagedRegion[];
      /** The first rows of the long table, region columns filled: the preview. */
      sample: LongRow[];
    }
  | { ok: false; error: ImportError };

export const SAMPLE_ROWS = 12;

export function toStagedRow(
  r: Omit<LongRow, 'region_code' | 'region_name' | 'region_level'>,
  row: number,
): StagedRow {
  return {
    row,
    source_name: r.source_name,
    year: r.year,
    indicator: r.indicator,
    value: r.value,
    unit: r.unit,
    line: r.line,
    column: r.column,
  };
}

/** A whole-file import's long table as staged rows, in batches of `batchRows`. */
export function* stagedBatches(
  table: readonly LongRow[],
  batchRows: number,
): Generator<StagedRow[]> {
  for (let from = 0; from < table.length; from += batchRows) {
    const to = Math.min(table.length, from + batchRows);
    const batch: StagedRow[] = [];
    for (let i = from; i < to; i++) batch.push(toStagedRow(table[i]!, i));
    yield batch;
  }
}

/** One entry per distinct name as written, from rows whose region columns are filled. */
export function regionsOf(table: readonly LongRow[]): StagedRegion[] {
  const seen = new Map<string, StagedRegion>();
  for (const r of table)
    if (!seen.has(r.source_name))
      seen.set(r.source_name, {
        source_name: r.source_name,
        region_code: r.region_code,
        region_name: r.region_name,
        region_level: r.region_level,
      });
  return [...seen.values()];
}
