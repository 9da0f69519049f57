import { CellLog } from './cell-log';
import type { Result } from './errors';
import {
  baseName,
  finishImport,
  regionColumns,
  type FinishContext,
  type ImportReport,
  type LongRow,
} from './finish';
import { convertMoney } from './normalise-rows';
import { reportRegions } from './report';
import { cleanCell, filledCells, type Grid } from './grid';
import { extractNotes, isNoteRow } from './notes';
import { mapRegions, makeIsRegion } from './regions';
import { reshapeBlock } from './reshape';
import { detectShape, type Block } from './shape';
import { SAMPLE_ROWS, toStagedRow, type StagedImportResult, type StagedRow } from './staged';

/**
 * A table read in chunks (Parquet row groups) with the same shape logic as a whole file:
 * the first chunk goes through `finishImport` as a file of its own (notes, shape, reshape,
 * the same errors); later chunks are reshaped with the layout found there, below the same
 * header rows. Region names are collected and matched once, at the end, over all of them.
 * Known limits: a second table stacked below the first (a new year header in a later chunk)
 * is read as rows of the first; provinces followed by their cities are matched as flat
 * names (not within their province); a year taken from a title reaches the first chunk only.
 * Parquet stores numbers as numbers, so every chunk reads them with a decimal point.
 */

type Context = Omit<FinishContext, 'log'>;

interface Head {
  block: Block;
  header: { rows: string[][]; lines: number[] };
  fallback: string;
  year: number | null;
  report: ImportReport;
}

/** Trimmed cells, blank rows dropped; every column kept so chunks line up with the first. */
function chunkGrid(rows: readonly string[][], lines: readonly number[], width: number): Grid {
  const kept: string[][] = [];
  const keptLines: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const cells = new Array<string>(width);
    let filled = false;
    for (let c = 0; c < width; c++) {
      const cell = trimmed(row[c] ?? '');
      cells[c] = cell;
      filled ||= cell !== '';
    }
    if (filled) {
      kept.push(cells);
      keptLines.push(lines[i] ?? i + 1);
    }
  }
  return { rows: kept, lines: keptLines, columns: Array.from({ length: width }, (_, c) => c + 1) };
}

/** Printable ASCII or a CJK ideograph: never trimmed by cleanCell. */
const solid = (code: number) => (code > 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff);

/** cleanCell, skipping its regex for the common cell with nothing to trim (a hot path). */
function trimmed(cell: string): string {
  if (cell === '') return cell;
  return solid(cell.charCodeAt(0)) && solid(cell.charCodeAt(cell.length - 1))
    ? cell
    : cleanCell(cell);
}

export class ChunkedImport {
  readonly #ctx: Context;
  readonly #log = new CellLog();
  readonly #names = new Set<string>();
  readonly #years = new Set<number>();
  readonly #indicators = new Set<string>();
  readonly #units: Record<string, string | null> = {};
  readonly #footnotes: string[] = [];
  #head: Head | null = null;
  #rows = 0;
  #sample: LongRow[] = [];

  constructor(ctx: Context) {
    this.#ctx = ctx;
  }

  /** Long rows of the next chunk (the first chunk starts with the header row). */
  push(rows: readonly string[][], lines: readonly number[], width: number): Result<StagedRow[]> {
    const grid = chunkGrid(rows, lines, width);
    return this.#head ? { ok: true, value: this.#next(this.#head, grid) } : this.#first(grid);
  }

  #first(grid: Grid): Result<StagedRow[]> {
    const result = finishImport(grid, { ...this.#ctx, log: this.#log });
    if (!result.ok) return result;
    // The layout finishImport used, found again the same way, for the chunks that follow.
    const { grid: body, notes } = extractNotes(grid);
    const shape = detectShape(body, notes, makeIsRegion(this.#ctx.resolver));
    const block = shape?.blocks.at(-1);
    if (!block) throw new Error('finishImport found a shape that detectShape does not');
    this.#head = {
      block,
      header: {
        rows: block.grid.rows.slice(0, block.headerRows),
        lines: block.grid.lines.slice(0, block.headerRows),
      },
      fallback: notes.title ?? baseName(this.#ctx.file),
      year: notes.year,
      report: result.report,
    };
    this.#footnotes.push(...notes.footnotes);
    this.#sample = result.table.slice(0, SAMPLE_ROWS);
    return { ok: true, value: this.#stage(result.table) };
  }

  #next(head: Head, grid: Grid): StagedRow[] {
    const keep = grid.rows.map((row) => !isNoteRow(row));
    grid.rows.forEach((row, i) => {
      if (!keep[i]) this.#footnotes.push(filledCells(row).join(', '));
    });
    const body: Grid = {
      ...grid,
      rows: [...head.header.rows, ...grid.rows.filter((_, i) => keep[i])],
      lines: [...head.header.lines, ...grid.lines.filter((_, i) => keep[i])],
    };
    const raw = reshapeBlock({ ...head.block, grid: body }, head.fallback, this.#log, () => '.');
    convertMoney(raw, this.#log);
    const out = new Array<StagedRow>(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const r = raw[i]!;
      out[i] = this.#count({
        row: this.#rows++,
        source_name: r.region,
        year: r.year ?? head.year,
        indicator: r.indicator,
        value: r.value,
        unit: r.unit,
        line: r.line,
        column: r.column,
      });
    }
    return out;
  }

  /** The first chunk's long rows (from finishImport) as staged rows. */
  #stage(rows: readonly LongRow[]): StagedRow[] {
    return rows.map((r) => this.#count(toStagedRow(r, this.#rows++)));
  }

  #count(r: StagedRow): StagedRow {
    this.#names.add(r.source_name);
    this.#indicators.add(r.indicator);
    if (!this.#units[r.indicator]) this.#units[r.indicator] = r.unit;
    if (r.year !== null) this.#years.add(r.year);
    return r;
  }

  /** Long rows staged so far (values and missing ones). */
  get rows(): number {
    return this.#rows;
  }

  #regionsReport(mapping: Parameters<typeof reportRegions>[0]): ImportReport['regions'] {
    const report = reportRegions(mapping, this.#ctx.regionName);
    if (report.unmatched.length)
      this.#log.note(
        'unmatched_regions',
        'region names not found in the gazetteer (see regions.unmatched)',
        report.unmatched.length,
      );
    return report;
  }

  /** Matches every name seen, once, and reports on the whole table. */
  finish(): StagedImportResult {
    const head = this.#head;
    if (!head) throw new Error('finish() before any chunk');
    const mapping = mapRegions(this.#names, this.#ctx.resolver, this.#ctx.overrides);
    const regions = [...mapping].map(([name, m]) => ({
      source_name: name,
      ...regionColumns(name, m, { ...this.#ctx, log: this.#log }),
    }));
    const byName = new Map(regions.map((r) => [r.source_name, r]));
    const sample = this.#sample.map((r) => ({ ...r, ...byName.get(r.source_name) }));
    if (this.#footnotes.length)
      this.#log.note('footnotes', 'footnote and source lines set aside', this.#footnotes.length);
    const report: ImportReport = {
      ...head.report,
      notes: { ...head.report.notes, footnotes: [...this.#footnotes] },
      rows: this.#rows,
      regions: this.#regionsReport(mapping),
      years: [...this.#years].sort(),
      indicators: [...this.#indicators],
      units: { ...this.#units },
      warnings: this.#log.list(),
    };
    return { ok: true, report, regions, sample };
  }
}
