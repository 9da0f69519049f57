/** A cell the import changed or could not read, named for the user. */
export interface CellRef {
  line: number;
  column: number;
  text: string;
}

export type WarningCode =
  | 'junk_values'
  | 'text_values'
  | 'empty_values'
  | 'footnote_marks'
  | 'formula_text'
  | 'markup_text'
  | 'formula_cells'
  | 'watermark_rows'
  | 'rows_without_region'
  | 'unmatched_regions'
  | 'footnotes'
  | 'encoding'
  | 'sub_year_periods'
  | 'whole_year_periods'
  | 'header_levels_joined'
  | 'decimal_comma'
  | 'decimal_ambiguous'
  | 'units_converted'
  | 'year_from_title'
  | 'region_hierarchy';

export interface ImportWarning {
  code: WarningCode;
  message: string;
  count: number;
  /** The first few cells concerned (at most MAX_CELLS_NAMED). */
  cells: CellRef[];
}

export const MAX_CELLS_NAMED = 20;

const MESSAGES: Record<WarningCode, string> = {
  junk_values: 'placeholder cells (…, —, NA, ?) read as missing values',
  text_values: 'value cells that are not numbers, read as missing values',
  empty_values: 'empty value cells, read as missing values',
  footnote_marks: 'values with footnote marks ([a], *, ①) removed',
  formula_text:
    'cells that start like a spreadsheet formula (=, +, -, @), kept as text and never evaluated',
  markup_text: 'cells containing HTML or script markup, kept as plain text',
  formula_cells: 'workbook formula cells read as their saved values (never recalculated)',
  watermark_rows: 'watermark rows skipped',
  rows_without_region: 'rows with values but no region name, skipped',
  unmatched_regions: 'region names not found in the gazetteer',
  footnotes: 'footnote and source lines set aside',
  encoding: 'encoding',
  sub_year_periods:
    'months, quarters or dates left out: a fact holds whole years (period_start/period_end), so these columns or rows were not imported',
  whole_year_periods: 'periods covering a whole year (1-12月, 全年) read as that year',
  header_levels_joined:
    'labels of several header rows joined into one indicator name (upper/lower); a 合计 under a label is the label itself',
  decimal_comma:
    'values read with a decimal comma (1.234,5 = 1234.5), as the rest of the column or file writes them',
  decimal_ambiguous:
    'numbers that read either way (1,234 or 1.234) with the decimal mark guessed from the rest of the file: check them',
  units_converted: 'money converted to 元, the unit the schema stores (values multiplied)',
  year_from_title: 'year taken from the title, as no header or column gives one',
  region_hierarchy:
    'names resolved within the region listed above them (provinces followed by their cities); each level kept apart',
};

/** Counts cells per warning and remembers the first few of each. */
export class CellLog {
  private readonly warnings = new Map<WarningCode, ImportWarning>();

  add(code: WarningCode, cell?: CellRef, count = 1): void {
    let w = this.warnings.get(code);
    if (!w) {
      w = { code, message: MESSAGES[code], count: 0, cells: [] };
      this.warnings.set(code, w);
    }
    w.count += count;
    if (cell && w.cells.length < MAX_CELLS_NAMED) w.cells.push(cell);
  }

  note(code: WarningCode, message: string, count: number): void {
    this.warnings.set(code, { code, message, count, cells: [] });
  }

  list(): ImportWarning[] {
    return [...this.warnings.values()];
  }
}

const MARKUP =
  /<\s*\/?\s*(script|iframe|img|svg|a|style|object|embed|link|meta|on\w+|[a-z]+[^>]*>)/i;

export function hasMarkup(text: string): boolean {
  return MARKUP.test(text);
}
