import type { RegionResolver } from '../geo';
import { CellLog, type ImportWarning } from './cell-log';
import type { EncodingInfo } from './decode';
import { importError, type ImportError } from './errors';
import type { Grid } from './grid';
import { decideDecimalMarks } from './decimal-marks';
import { applyTitleYear, convertMoney } from './normalise-rows';
import { extractNotes, type TableNotes } from './notes';
import { mapRowRegions } from './region-tree';
import { reshapeBlock, type RawRow } from './reshape';
import {
  cleanRegionName,
  levelOfCode,
  makeIsRegion,
  type RegionLevelHint,
  type RegionMapping,
  type RegionOverrides,
} from './regions';
import { detectShape, type Block, type ShapeKind } from './shape';
import { normaliseUnit } from './units';

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

const baseName = (file: string) =>
  file
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]+$/, '')
    .trim() || 'value';

function byStatus(mapping: Map<string, RegionMapping>, status: RegionMapping['status']): string[] {
  return [...mapping].filter(([, m]) => m.status === status).map(([name]) => name);
}

type RegionColumns = Pick<LongRow, 'region_code' | 'region_name' | 'region_level'>;

function regionColumns(
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

/** Header cells naming months or quarters, across blocks: the first says where. */
function subYearCells(blocks: readonly Block[]) {
  return blocks.flatMap((b) =>
    b.layout.kind === 'columns'
      ? b.layout.header.subYear.map((c) => ({
          line: b.grid.lines[c.row] ?? c.row + 1,
          column: b.grid.columns[c.col] ?? c.col + 1,
          text: c.text,
        }))
      : [],
  );
}

function levelCounts(mapping: ReadonlyMap<string, RegionMapping>): Record<RegionLevelHint, number> {
  const codes = new Set<string>();
  for (const m of mapping.values()) if (m.status === 'matched') codes.add(m.code);
  const levels = { province: 0, prefecture: 0, county: 0 };
  for (const code of codes) levels[levelOfCode(code)]++;
  return levels;
}

function unitsOf(table: readonly LongRow[]): Record<string, string | null> {
  const units: Record<string, string | null> = {};
  for (const r of table) if (!units[r.indicator]) units[r.indicator] = r.unit;
  return units;
}

/** Grid → notes → shape → long rows → region codes → result with its report. */
export function finishImport(input: Grid, ctx: FinishContext): ImportResult {
  const fail = (
    code: ImportError['code'],
    message: string,
    line?: number,
    column = 1,
  ): ImportResult => ({
    ok: false,
    error: importError(code, message, ctx.file, line ? { line, column } : {}),
  });
  if (input.rows.length === 0) return fail('empty', 'The file has no cells with content.');
  const { grid, notes, titleCell } = extractNotes(input);
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
  const marks = decideDecimalMarks(shape.blocks, ctx.log);
  const raw = shape.blocks.flatMap((b, i) =>
    reshapeBlock(b, fallback, ctx.log, marks[i] ?? (() => '.')),
  );
  if (raw.length === 0) {
    const months = subYearCells(shape.blocks);
    const first = months[0];
    if (first)
      return fail(
        'sub_year_periods',
        `Every value column is a month, quarter or date (${months
          .slice(0, 4)
          .map((c) => c.text)
          .join(', ')}${months.length > 4 ? ', …' : ''}); a fact holds whole years, so nothing was imported. Make a yearly table first (sum the months of a flow, or take the year-end figure of a stock).`,
        first.line,
        first.column,
      );
    return fail('no_values', 'Regions were found but no value cells.', grid.lines[0]);
  }
  if (notes.year !== null) for (const r of raw) r.year ??= notes.year;
  else if (notes.title && titleCell) applyTitleYear(raw, { text: notes.title, ...titleCell }, ctx.log);
  convertMoney(raw, ctx.log);
  const rowRegions = mapRowRegions(
    raw.map((r) => r.region),
    ctx.resolver,
    ctx.overrides,
  );
  const { mapping, keys } = rowRegions;
  if (rowRegions.nested && rowRegions.changed.length === 0) ctx.log.add('region_hierarchy');
  for (const i of rowRegions.changed) {
    const r = raw[i];
    if (r) ctx.log.add('region_hierarchy', { line: r.line, column: r.regionColumn, text: r.region });
  }
  const regions = new Map<string, RegionColumns>();
  const table = raw.map((r, i) => {
    const key = keys[i] ?? r.region;
    let columns = regions.get(key);
    if (!columns) regions.set(key, (columns = regionColumns(r.region, mapping.get(key), ctx)));
    return toLong(r, columns);
  });
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
  const noteFields: ImportReport['notes'] = {
    database: notes.database,
    indicator: notes.indicator,
    // The unit of the values as imported: money in 元.
    unit: normaliseUnit(notes.unit).unit,
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
      regions: {
        matched: byStatus(mapping, 'matched').length,
        unmatched,
        national: byStatus(mapping, 'national'),
        aggregates: byStatus(mapping, 'aggregate'),
        nonRegions: byStatus(mapping, 'non_region'),
        mapping: Object.fromEntries(mapping),
        levels: levelCounts(mapping),
      },
      years: [...new Set(table.map((r) => r.year).filter((y) => y !== null))].sort(),
      indicators: [...new Set(table.map((r) => r.indicator))],
      units: unitsOf(table),
      warnings: ctx.log.list(),
    },
  };
}
