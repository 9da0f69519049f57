import type { RegionResolver } from '../geo';
import type { CellLog } from './cell-log';
import type { EncodingInfo } from './decode';
import { importError, type ImportError } from './errors';
import type { Grid } from './grid';
import { decideDecimalMarks } from './decimal-marks';
import { applyTitleYear, convertMoney } from './normalise-rows';
import { extractNotes } from './notes';
import { mapRowRegions } from './region-tree';
import { reshapeBlock, type MarkOf, type RawRow } from './reshape';
import {
  cleanRegionName,
  levelOfCode,
  makeIsRegion,
  type RegionMapping,
  type RegionOverrides,
} from './regions';
import {
  reportRegions,
  unitsOf,
  type ImportFormat,
  type ImportReport,
  type ImportResult,
  type LongRow,
} from './report';
import { detectShape, type Block } from './shape';
import { normaliseUnit } from './units';

export type { ImportFormat, ImportReport, ImportResult, LongRow } from './report';

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

/** Grid → notes → shape → long rows → region codes → result with its report. */
export function finishImport(input: Grid, ctx: FinishContext): ImportResult {
  const fail = (
    code: ImportError['code'],
    message: string,
    line?: number,
    where: { column?: number; names?: string[] } = {},
  ): ImportResult => ({
    ok: false,
    error: importError(
      code,
      message,
      ctx.file,
      line
        ? { line, column: where.column ?? 1, ...(where.names ? { names: where.names } : {}) }
        : {},
    ),
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
  // Workbooks, Parquet and JSON store numbers as numbers, printed with a decimal point:
  // only text files leave the mark to be decided.
  const marks =
    ctx.format === 'csv'
      ? decideDecimalMarks(shape.blocks, ctx.log)
      : shape.blocks.map((): MarkOf => () => '.');
  const raw = shape.blocks.flatMap((b, i) =>
    reshapeBlock(b, fallback, ctx.log, marks[i] ?? ((): '.' => '.')),
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
          .join(
            ', ',
          )}${months.length > 4 ? ', …' : ''}); a fact holds whole years, so nothing was imported. Make a yearly table first (sum the months of a flow, or take the year-end figure of a stock).`,
        first.line,
        { column: first.column, names: months.map((c) => c.text) },
      );
    return fail('no_values', 'Regions were found but no value cells.', grid.lines[0]);
  }
  if (notes.year !== null) for (const r of raw) r.year ??= notes.year;
  else if (notes.title && titleCell)
    applyTitleYear(raw, { text: notes.title, ...titleCell }, ctx.log);
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
    if (r)
      ctx.log.add('region_hierarchy', { line: r.line, column: r.regionColumn, text: r.region });
  }
  const regions = new Map<string, RegionColumns>();
  const table = raw.map((r, i) => {
    const key = keys[i] ?? r.region;
    let columns = regions.get(key);
    if (!columns) regions.set(key, (columns = regionColumns(r.region, mapping.get(key), ctx)));
    return toLong(r, columns);
  });
  const regionsReport = reportRegions(mapping, ctx.regionName);
  if (regionsReport.unmatched.length)
    ctx.log.note(
      'unmatched_regions',
      'region names not found in the gazetteer (see regions.unmatched)',
      regionsReport.unmatched.length,
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
      regions: regionsReport,
      years: [...new Set(table.map((r) => r.year).filter((y) => y !== null))].sort(),
      indicators: [...new Set(table.map((r) => r.indicator))],
      units: unitsOf(table),
      warnings: ctx.log.list(),
    },
  };
}
