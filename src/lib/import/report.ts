import type { ImportWarning } from './cell-log';
import type { EncodingInfo } from './decode';
import type { ImportError } from './errors';
import type { TableNotes } from './notes';
import { levelOfCode, type RegionLevelHint, type RegionMapping } from './regions';
import type { ShapeKind } from './shape';

/** One row of the canonical long table. */
export interface LongRow {
  /** GB/T 2260 code; null for 全国, aggregates, non-regions and unmatched names. */
  region_code: string | null;
  /** The gazetteer's name when matched, else the name as written (cleaned). */
  region_name: string;
  region_level: RegionLevelHint | 'national' | null;
  /** Null for attributes without a year. */
  year: number | null;
  indicator: string;
  /** Null for missing values (empty, junk, text); never zero in their place. */
  value: number | null;
  unit: string | null;
  /** The name as written in the file. */
  source_name: string;
  /** Where the value came from, 1-based. */
  line: number;
  column: number;
}

export type ImportFormat = 'csv' | 'xlsx' | 'xls' | 'ods' | 'parquet' | 'json' | 'ndjson';

export interface ImportReport {
  file: string;
  format: ImportFormat;
  encoding: EncodingInfo | null;
  delimiter: string | null;
  sheet: string | null;
  sheets: string[];
  shape: { kind: ShapeKind; nbs: boolean; multiHeader: boolean; blocks: number };
  notes: Omit<TableNotes, 'nbs'>;
  rows: number;
  regions: {
    matched: number;
    unmatched: {
      name: string;
      suggestions: { code: string; name: string; confidence: number }[];
    }[];
    national: string[];
    aggregates: string[];
    nonRegions: string[];
    /** Name as written → mapping, for a review table and the override map. A name that
     *  means different places under different parents is filed as `上级/name`. */
    mapping: Record<string, RegionMapping>;
    /** Distinct matched regions per level; a table of provinces and their cities has both. */
    levels: Record<RegionLevelHint, number>;
  };
  years: number[];
  indicators: string[];
  /** Each indicator's unit as imported (money in 元), or null when the file gives none. */
  units: Record<string, string | null>;
  warnings: ImportWarning[];
}

export type ImportResult =
  { ok: true; table: LongRow[]; report: ImportReport } | { ok: false; error: ImportError };

function byStatus(
  mapping: ReadonlyMap<string, RegionMapping>,
  status: RegionMapping['status'],
): string[] {
  return [...mapping].filter(([, m]) => m.status === status).map(([name]) => name);
}

function levelCounts(mapping: ReadonlyMap<string, RegionMapping>): Record<RegionLevelHint, number> {
  const codes = new Set<string>();
  for (const m of mapping.values()) if (m.status === 'matched') codes.add(m.code);
  const levels = { province: 0, prefecture: 0, county: 0 };
  for (const code of codes) levels[levelOfCode(code)]++;
  return levels;
}

/** The report's account of the regions: matched, unmatched with suggestions, the rest by kind. */
export function reportRegions(
  mapping: ReadonlyMap<string, RegionMapping>,
  regionName?: (code: string) => string | undefined,
): ImportReport['regions'] {
  const unmatched = [...mapping]
    .filter(([, m]) => m.status === 'unmatched')
    .map(([name, m]) => ({
      name,
      suggestions: (m.status === 'unmatched' ? m.suggestions : []).map((s) => ({
        ...s,
        name: regionName?.(s.code) ?? s.code,
      })),
    }));
  return {
    matched: byStatus(mapping, 'matched').length,
    unmatched,
    national: byStatus(mapping, 'national'),
    aggregates: byStatus(mapping, 'aggregate'),
    nonRegions: byStatus(mapping, 'non_region'),
    mapping: Object.fromEntries(mapping),
    levels: levelCounts(mapping),
  };
}

/** Each indicator's unit: the first its rows carry. */
export function unitsOf(table: readonly LongRow[]): Record<string, string | null> {
  const units: Record<string, string | null> = {};
  for (const r of table) if (!units[r.indicator]) units[r.indicator] = r.unit;
  return units;
}
