import type { RegionResolver } from '../geo';
import { CellLog, type ImportWarning } from './cell-log';
import type { EncodingInfo } from './decode';
import { importError, type ImportError } from './errors';
import type { Grid } from './grid';
import { extractNotes, type TableNotes } from './notes';
import { reshapeBlock, type RawRow } from './reshape';
import {
  cleanRegionName,
  levelOfCode,
  makeIsRegion,
  mapRegions,
  type RegionLevelHint,
  type RegionMapping,
  type RegionOverrides,
} from './regions';
import { detectShape, type ShapeKind } from './shape';

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

export type ImportFormat = 'csv' | 'xlsx' | 'xls' | 'parquet' | 'json' | 'ndjson';

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
    /** Name as written → mapping, for a review table and the override map. */
    mapping: Record<string, RegionMapping>;
  };
  years: number[];
  indicators: string[];
  warnings: ImportWarning[];
}

export type ImportResult =
  { ok: true; table: LongRow[]; report: ImportReport } | { ok: false; error: ImportError };

export interface FinishContext {
  file: string;
  format: ImportFormat;
  encoding: EncodingInfo | null;
  delimiter: string | null;
  sheet: string | null;
  sheets: string[];
  log: CellLog;
  resolver: RegionResolver;
  overrides?: RegionOverrides;
  regionName?: (code: string) => string | undefined;
}

/** The indicator's name when nothing in the file names it. */
export const baseName = (file: string) =>
  file
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]+$/, '')
    .trim() || 'value';

function byStatus(mapping: Map<string, RegionMapping>, status: RegionMapping['status']): string[] {
  return [...mapping].filter(([, m]) => m.status === status).map(([name]) => name);
}

export type RegionColumns = Pick<LongRow, 'region_code' | 'region_name' | 'region_level'>;

export function regionColumns(
  name: string,
  m: RegionMapping | undefined,
  ctx: FinishContext,
): RegionColumns {
  const matched = m?.status === 'matched' ? m : null;
  const national = m?.status === 'national' ? 'national' : null;
  return {
    region_code: matched?.code ?? null,
    region_name: (matched && ctx.regionName?.(matched.code)) || cleanRegionName(name),
    region_level: matched ? levelOfCode(matched.code) : national,
  };
}

function toLong(raw: RawRow, region: RegionColumns): LongRow {
  return {
    region_code: region.region_code,
    region_name: region.region_name,
    region_level: region.region_level,
    year: raw.year,
    indicator: raw.indicator,
    value: raw.value,
    unit: raw.unit,
    source_name: raw.region,
    line: raw.line,
    column: raw.column,
  };
}

/**
 * The report's regions section for a name → mapping table; notes unmatched names in the log.
 * Shared with the row-group-by-row-group import, which maps all names once at the end.
 */
export function summarizeRegions(
  mapping: Map<string, RegionMapping>,
  ctx: Pick<FinishContext, 'log' | 'regionName'>,
): ImportReport['regions'] {
  const unmatched = [...mapping]
    .filter(([, m]) => m.status === 'unmatched')
    .map(([name, m]) => ({
      name,
      suggestions: (m.status === 'unmatched' ? m.suggestions : []).map((s) => ({
        ...s,
        name: ctx.regionName?.(s.code) ?? s.code,
      })),
    }));
  if (unmatched.length)
    ctx.log.note(
      'unmatched_regions',
      'region names not found in the gazetteer (see regions.unmatched)',
      unmatched.length,
    );
  return {
    matched: byStatus(mapping, 'matched').length,
    unmatched,
    national: byStatus(mapping, 'national'),
    aggregates: byStatus(mapping, 'aggregate'),
    nonRegions: byStatus(mapping, 'non_region'),
    mapping: Object.fromEntries(mapping),
  };
}

/** Grid → notes → shape → long rows → region codes → result with its report. */
export function finishImport(input: Grid, ctx: FinishContext): ImportResult {
  const fail = (code: ImportError['code'], message: string, line?: number): ImportResult => ({
    ok: false,
    error: importError(code, message, ctx.file, line ? { line, column: 1 } : {}),
  });
  if (input.rows.length === 0) return fail('empty', 'The file has no cells with content.');
  const { grid, notes } = extractNotes(input);
  if (notes.footnotes.length)
    ctx.log.note('footnotes', 'footnote and source lines set aside', notes.footnotes.length);
  if (grid.rows.length < 2)
    return fail('no_table', 'Only one row: a header without data?', grid.lines[0]);
  const shape = detectShape(grid, notes, makeIsRegion(ctx.resolver));
  if (!shape)
    return fail(
      'no_regions',
      'No column or header row of region names (provinces or prefectures) was found.',
      grid.lines[0],
    );
  const fallback = notes.title ?? baseName(ctx.file);
  const raw = shape.blocks.flatMap((b) => reshapeBlock(b, fallback, ctx.log));
  if (raw.length === 0)
    return fail('no_values', 'Regions were found but no value cells.', grid.lines[0]);
  if (notes.year !== null) for (const r of raw) r.year ??= notes.year;
  const mapping = mapRegions(new Set(raw.map((r) => r.region)), ctx.resolver, ctx.overrides);
  const regions = new Map(
    [...mapping].map(([name, m]) => [name, regionColumns(name, m, ctx)] as const),
  );
  const table = raw.map((r) =>
    toLong(r, regions.get(r.region) ?? regionColumns(r.region, undefined, ctx)),
  );
  const regionsSummary = summarizeRegions(mapping, ctx);
  const noteFields: ImportReport['notes'] = {
    database: notes.database,
    indicator: notes.indicator,
    unit: notes.unit,
    year: notes.year,
    title: notes.title,
    footnotes: notes.footnotes,
  };
  return {
    ok: true,
    table,
    report: {
      file: ctx.file,
      format: ctx.format,
      encoding: ctx.encoding,
      delimiter: ctx.delimiter,
      sheet: ctx.sheet,
      sheets: ctx.sheets,
      shape: {
        kind: shape.kind,
        nbs: shape.nbs,
        multiHeader: shape.multiHeader,
        blocks: shape.blocks.length,
      },
      notes: noteFields,
      rows: table.length,
      regions: regionsSummary,
      years: [...new Set(table.map((r) => r.year).filter((y) => y !== null))].sort(),
      indicators: [...new Set(table.map((r) => r.indicator))],
      warnings: ctx.log.list(),
    },
  };
}
