/**
 * Statistics from table cells: unit and what is counted from the column header, region from
 * the row label, year and theme from the caption and header. Tables are found in the original
 * text (aligned columns need its spaces, which normalisation drops beside Han characters);
 * words are read in the normalised text (Simplified, NFKC) through the offset map.
 */
import type { ExtractedFact } from './extract';
import type { NormalizedText } from './normalize';
import { timeOf } from './periods';
import type { RegionContext } from './region-context';
import type { Span } from './sentences';
import { findTables, headerUnitWord, NUMERIC_CELL, tableUnitWord, type TextTable } from './tables';
import { cueWeights, themeTakesUnit, type ExtractTheme } from './theme-cues';
import { multiplierOf } from './numbers';
import { matchUnit, type UnitMatch } from './units';

export interface TableEnv {
  original: string;
  norm: NormalizedText;
  docDate: string | null;
  regions: RegionContext | null;
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

interface Column {
  label: string;
  unit: UnitMatch;
  theme: ExtractTheme;
  indicator: string;
  /** A column headed by a year (2021年, 2022年度): the year of every cell under it. */
  year: number | null;
}

/** A header or row label that is a year and nothing else: 2023, 2023年, 2023年度. */
function yearLabel(label: string): number | null {
  const m = /^((?:19|20)\d{2})\s*年?度?$/.exec(label.trim());
  return m ? Number(m[1]) : null;
}

/** What a table counts when its columns are years: its title without number and unit. */
function captionIndicator(caption: string): string | null {
  const title = caption.split('\n').at(-1) ?? '';
  const words = title
    .replace(/<[^>]*>/g, '')
    .replace(/^\s*(?:附?表\s*\d+[:：.、]?)/, '')
    .replace(/[(（][^)）]*[)）]\s*$/, '')
    .replace(/^[\s\d年—–-]*/, '')
    .trim();
  return /^[\p{Script=Han}]{2,30}$/u.test(words) ? words : null;
}

const PERCENT: UnitMatch = { unit: '%', factor: 1, kind: 'rate', length: 0 };
const COUNT: UnitMatch = { unit: '个', factor: 1, kind: 'count', length: 0 };

/** A header without a unit word still says one when it counts (项目数 → 个, 金额 → 元). */
function unitOf(label: string, word: string | null): UnitMatch | null {
  const named = word ? matchUnit(word, 0) : null;
  if (named) return named;
  // 受众（万人次）, 人数（千人）: a count in a multiple, read like 31.4万人次 in prose.
  const scaled = word ? /^([万亿千])(.+)$/.exec(word) : null;
  const counted = scaled?.[2] ? matchUnit(scaled[2], 0) : null;
  if (scaled?.[1] && counted && counted.kind !== 'money')
    return { ...counted, factor: counted.factor * multiplierOf(scaled[1]) };
  if (/人次$/.test(label)) return { ...COUNT, unit: '人次', kind: 'people' };
  // 宣讲场次, 培训期数, 举办班次: the unit is the last word of the header.
  const session = /(场次|期|场|班)数?$/.exec(label)?.[1];
  if (session) return { ...COUNT, unit: session };
  if (/人数$/.test(label)) return { ...COUNT, unit: '人', kind: 'people' };
  if (/(?:率|比例|占比|比重)$/.test(label)) return PERCENT;
  if (/数$/.test(label)) return COUNT;
  return null;
}

/** The theme of a column: its header's cue words first, the caption's to break ties. */
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

function columnsOf(
  table: TextTable,
  read: (s: Span) => string,
  caption: string,
): (Column | null)[] {
  const shared = tableUnitWord(caption) ?? tableUnitWord(table.header.map(read).join(' '));
  return table.header.map((cell) => {
    const text = read(cell);
    const word = headerUnitWord(text);
    const label = text.replace(/[(（/／][^)）]*[)）]?\s*$/, '').trim();
    const unit = unitOf(label, word ?? shared);
    if (!unit) return null;
    const theme = themeOf(label, caption, unit);
    const money = /[\p{Script=Han}]{2,12}?(?:资金|经费)/u.exec(caption)?.[0];
    const year = yearLabel(label);
    const indicator =
      unit.kind === 'money' && money && money.endsWith(label)
        ? money
        : year !== null
          ? (captionIndicator(caption) ?? label)
          : label;
    return { label, unit, theme, indicator, year };
  });
}

function cellValue(raw: string, factor: number): number {
  const n = Number(raw.normalize('NFKC').replace(/[,%]/g, ''));
  return Math.round(n * factor * 1e6) / 1e6;
}

export function tableFacts(env: TableEnv): { facts: ExtractedFact[]; rows: Span[] } {
  const { original, norm, docDate, regions } = env;
  const n = (at: number) => toNormalized(norm, at);
  const read = (s: Span) => norm.text.slice(n(s.start), n(s.end));
  const facts: ExtractedFact[] = [];
  const rows: Span[] = [];
  for (const table of findTables(original)) {
    const caption = table.caption ? read(table.caption) : '';
    const time = timeOf(caption.replace(/《[^》]*》/g, ''), caption.length, docDate);
    const columns = columnsOf(table, read, caption);
    for (const row of table.rows) {
      const rowSpan = { start: n(row.line.start), end: n(row.line.end) };
      rows.push(rowSpan);
      // Short rows (a total spanning label columns) align to the right-hand columns.
      const shift = columns.length - row.cells.length;
      // Years as rows (| 2022年 | 12 | 8 |): the row's year; its columns may name the regions.
      const rowYear = yearLabel(row.cells[0] ? read(row.cells[0]) : '');
      row.cells.forEach((cell, i) => {
        const column = columns[i + shift];
        // A row labelled by its year: the label is when, not a figure.
        if (!column || !NUMERIC_CELL.test(read(cell)) || (i === 0 && rowYear !== null)) return;
        const unit = /%$/.test(read(cell)) ? PERCENT : column.unit;
        const head = table.header[i + shift];
        const headSpan = head ? { start: n(head.start), end: n(head.end) } : null;
        const region =
          rowYear !== null && headSpan
            ? (regions?.regionAt(headSpan.end, headSpan, headSpan) ?? null)
            : (regions?.regionAt(n(cell.start), rowSpan, rowSpan) ?? null);
        const own = column.year ?? rowYear;
        const year = own ?? time?.year ?? null;
        facts.push({
          value: cellValue(cell.text, unit.factor),
          value_max: null,
          unit: unit.unit,
          qualifier: 'exact',
          theme: themeTakesUnit(column.theme, unit.unit) ? column.theme : 'other',
          indicator: column.indicator,
          year,
          period: own !== null ? null : (time?.period ?? null),
          region_code: region?.code ?? null,
          region_name: region?.name ?? null,
          is_target: false,
          evidence: original.slice(row.line.start, row.line.end),
          start: row.line.start,
          end: row.line.end,
          mention_start: cell.start,
          mention_end: cell.end,
          confidence: column.theme === 'other' ? 0.6 : 0.8,
        });
      });
    }
  }
  return { facts, rows };
}
