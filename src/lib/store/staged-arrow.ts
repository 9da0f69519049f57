import { Table, tableToIPC, type Vector } from 'apache-arrow';
import { floatVector, intVector, stringVector } from './arrow-columns';
import { STAGED_COLUMNS } from './dataset';

/** One value of the long table, as the import produces it (lib/import's StagedRow). */
export interface StagedRowInput {
  row: number;
  source_name: string;
  year: number | null;
  indicator: string;
  value: number | null;
  unit: string | null;
  line: number;
  column: number;
}

/**
 * A batch of long rows as Arrow IPC stream bytes with the STAGED_COLUMNS. Rows without a
 * value are left out: they never become facts, and a fact keeps its `row_index` anyway.
 * Names, indicators and units repeat, so they are dictionary-encoded: ~36 bytes a row,
 * against ~135 bytes a row as finished facts (whose ids and evidence strings SQL rebuilds).
 */
export function stagedRowsToIpc(rows: readonly StagedRowInput[]): Uint8Array {
  const kept = rows.filter((r) => r.value !== null);
  const pick = <T>(f: (r: StagedRowInput) => T) => kept.map(f);
  const vectors: Record<(typeof STAGED_COLUMNS)[number]['name'], Vector> = {
    row_index: intVector(pick((r) => r.row)),
    source_name: stringVector(pick((r) => r.source_name)),
    year: intVector(pick((r) => r.year)),
    indicator: stringVector(pick((r) => r.indicator)),
    value: floatVector(pick((r) => r.value)),
    unit: stringVector(pick((r) => r.unit)),
    line: intVector(pick((r) => r.line)),
    col: intVector(pick((r) => r.column)),
  };
  const ordered = Object.fromEntries(STAGED_COLUMNS.map((c) => [c.name, vectors[c.name]]));
  return tableToIPC(new Table(ordered), 'stream');
}
