/**
 * Statistics from table cells. Each numeric cell takes its year, place, what it counts and its
 * unit from whichever axis names them — its row label, its column header — and the caption for
 * the rest (table-axes.ts). Tables are found in the original text (aligned columns need its
 * spaces, which normalisation drops beside Han characters); words are read in the normalised
 * text (Simplified, NFKC) through the offset map.
 */
import type { ExtractedFact } from './extract';
import type { NormalizedText } from './normalize';
import { timeOf } from './periods';
import type { RegionContext } from './region-context';
import type { RegionLookup, RegionRef } from './regions';
import type { Span } from './sentences';
import {
  captionUnit,
  captionUnits,
  mergeLabels,
  PERCENT,
  readAxisLabel,
  unitOfWord,
  type AxisLabel,
} from './table-axes';
import {
  captionText,
  distinct,
  indicatorOfCell,
  leadingLabels,
  parentOfPlaces,
  placeAmong,
  unitOfCell,
  withParent,
} from './table-reading';
import { findTables, NUMERIC_CELL, tableUnitWord, type TableCell } from './tables';
import { cueWeights, themeTakesUnit, type ExtractTheme } from './theme-cues';
import type { UnitMatch } from './units';

export interface TableEnv {
  original: string;
  norm: NormalizedText;
  docDate: string | null;
  regions: RegionContext | null;
  /** Tells a label that names a place (和龙市) from one that names what is counted. */
  resolver?: RegionLookup;
}

/** The first normalised index at or after an original offset. */
function toNormalized(norm: NormalizedText, at: number): number {
  let lo = 0;
  let hi = norm.map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((norm.map[mid] ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The theme of a cell: its indicator's cue words first, the caption's to break ties. */
function themeOf(label: string, caption: string, unit: UnitMatch): ExtractTheme {
  const own = cueWeights(label, 0, label.length);
  const around = cueWeights(caption, 0, caption.length);
  if (unit.kind === 'money') return own.funding + around.funding > 0 ? 'funding' : 'other';
  // Projects in a funding table are the funded projects.
  if (/项目/.test(label) && own.funding + around.funding > 0) return 'funding';
  let best: ExtractTheme = 'other';
  let bestScore = 0;
  for (const theme of ['coverage', 'honours', 'trainings', 'funding'] as const) {
    if (!themeTakesUnit(theme, unit.unit)) continue;
    const score = 2 * own[theme] + around[theme];
    if (score > bestScore) [best, bestScore] = [theme, score];
  }
  return best;
}

/** 序号, 编号: a column numbering the rows (1, 2, 3 …) counts nothing. */
const SERIAL_HEADER = /^\s*(?:序\s*号|编\s*号|No\.?)\s*$/i;

/** A row number read as an empty cell, so the words after it still label the row. */
function withoutSerial(cell: TableCell, serial: boolean | undefined): TableCell {
  return serial && NUMERIC_CELL.test(cell.text)
    ? { start: cell.start, end: cell.start, text: '' }
    : cell;
}

function cellValue(raw: string, factor: number): number {
  const n = Number(raw.normalize('NFKC').replace(/[,%]/g, ''));
  return Math.round(n * factor * 1e6) / 1e6;
}

export function tableFacts(env: TableEnv): { facts: ExtractedFact[]; rows: Span[] } {
  const { original, norm, docDate, regions, resolver } = env;
  const n = (at: number) => toNormalized(norm, at);
  const read = (s: Span) => norm.text.slice(n(s.start), n(s.end));
  const normSpan = (s: Span) => ({ start: n(s.start), end: n(s.end) });
  /** The place a cell names as the region context reads it (the right one of two so named). */
  const regionIn = (cell: TableCell): RegionRef | null => {
    const span = normSpan(cell);
    return regions?.regionAt(span.end, span, span) ?? null;
  };
  const placeOf = (cell: TableCell) => (words: string) => {
    const named = resolver?.resolve(words) ?? null;
    if (!named) return null;
    // The context tells apart two places of one name; a place it does not know keeps its own.
    const read = regionIn(cell);
    return read && (read.code === named.code || read.name === named.name)
      ? read
      : { code: named.code, name: named.name };
  };
  const labelOf = (cell: TableCell | undefined): AxisLabel =>
    cell
      ? readAxisLabel(read(cell), placeOf(cell), () => regionIn(cell))
      : readAxisLabel(
          '',
          () => null,
          () => null,
        );
  const facts: ExtractedFact[] = [];
  const rows: Span[] = [];
  for (const table of findTables(original)) {
    const caption = captionText(table, read);
    const time = timeOf(caption.replace(/《[^》]*》/g, ''), caption.length, docDate);
    // 单位：万元 may also be written in a header cell of its own.
    const headerWords = table.header.map((c) => read(c)).join(' ');
    const shared = captionUnit(caption) ?? unitOfWord(tableUnitWord(headerWords));
    const listed = captionUnits(caption);
    const headerLabels = table.header.map((_, i) =>
      mergeLabels(distinct((table.headerBands ?? [table.header]).map((b) => b[i])).map(labelOf)),
    );
    const columnParent = parentOfPlaces(headerLabels, resolver);
    const columns = headerLabels
      .map((l, i) =>
        placeAmong(l, table.header[i] && read(table.header[i]), columnParent, resolver),
      )
      .map((l) => withParent(l, columnParent));
    const serial = table.header.map((_, i) =>
      (table.headerBands ?? [table.header]).some((b) => b[i] && SERIAL_HEADER.test(read(b[i]))),
    );
    const rowsRead = table.rows.map((whole) => {
      // Short rows (a total spanning label columns) align to the right-hand columns.
      const shift = columns.length - whole.cells.length;
      const row = {
        ...whole,
        cells: whole.cells.map((c, i) => withoutSerial(c, serial[i + shift])),
      };
      const labels = leadingLabels(row.cells, (i) => columns[i + shift], read);
      return { row, shift, labels, label: mergeLabels(distinct(labels).map(labelOf)) };
    });
    const rowParent = parentOfPlaces(
      rowsRead.map((r) => r.label),
      resolver,
    );
    for (const { row, shift, labels, label } of rowsRead) {
      const first = row.cells[0];
      const named =
        labels.length === 1 && first ? placeAmong(label, read(first), rowParent, resolver) : label;
      const rowLabel = withParent(named, rowParent);
      const rowSpan = normSpan(row.line);
      rows.push(rowSpan);
      row.cells.forEach((cell, i) => {
        // A label (| 2022 | 12 |: the year is when, not a figure) or a cell spanning columns.
        if (i < labels.length || cell === row.cells[i - 1]) return;
        const column = columns[i + shift];
        if (!column || !NUMERIC_CELL.test(read(cell))) return;
        const percent = /%$/.test(read(cell));
        const unit = percent ? PERCENT : unitOfCell(rowLabel, column, shared, listed);
        if (!unit) return;
        const indicator = indicatorOfCell(rowLabel, column, caption);
        const theme = themeOf(indicator, caption, unit);
        const cellAt = n(cell.start);
        const region =
          rowLabel.region ?? column.region ?? regions?.regionAt(cellAt, rowSpan, rowSpan) ?? null;
        const own = column.year ?? rowLabel.year;
        facts.push({
          value: cellValue(cell.text, unit.factor),
          value_max: null,
          unit: unit.unit,
          qualifier: 'exact',
          theme: themeTakesUnit(theme, unit.unit) ? theme : 'other',
          indicator,
          year: own ?? time?.year ?? null,
          period: own !== null ? null : (time?.period ?? null),
          region_code: region?.code ?? null,
          region_name: region?.name ?? null,
          is_target: false,
          evidence: original.slice(row.line.start, row.line.end),
          start: row.line.start,
          end: row.line.end,
          mention_start: cell.start,
          mention_end: cell.end,
          confidence: theme === 'other' ? 0.6 : 0.8,
        });
      });
    }
  }
  return { facts, rows };
}
