import { checkColumns, checkUnique, RowReader } from './row-reader';
import { FACTS, FACTS_CSV_EXTRA, INDICATORS, POPULATION, SOURCES } from './tables';
import {
  KINDS,
  LANGUAGES,
  QUALIFIERS,
  REGION_LEVELS,
  RELIABILITIES,
  THEMES,
  UNITS,
  UNIT_TYPES,
} from './vocab';
import type { FactRow, FactSourceRow, IndicatorRow, PopulationRow, SourceRow } from './rows';

/** Where a value is wrong: file, 1-based line in the file (header = line 1), column name. */
export interface ValidationIssue {
  file: string;
  line: number;
  column: string;
  message: string;
}

/** A CSV record with the line it started on. */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

export interface CsvFile {
  file: string;
  columns: string[];
  records: CsvRecord[];
}

export interface DataInputs {
  facts: CsvFile;
  indicators: CsvFile;
  sources: CsvFile;
  population: CsvFile;
  regionCodes: ReadonlySet<string>;
}

export interface ValidData {
  facts: FactRow[];
  factSources: FactSourceRow[];
  indicators: IndicatorRow[];
  sources: SourceRow[];
  population: PopulationRow[];
}

export type ValidationResult =
  { ok: true; data: ValidData } | { ok: false; issues: ValidationIssue[] };

const YEAR_MIN = 1949;
const YEAR_MAX = 2100;

function readIndicators(csv: CsvFile, issues: ValidationIssue[]): IndicatorRow[] {
  checkColumns(csv, INDICATORS, [], issues);
  const r = new RowReader(csv.file, issues);
  const rows = csv.records.map((rec) => ({
    indicator_id: r.text(rec, 'indicator_id'),
    theme: r.oneOf(rec, 'theme', THEMES),
    name_zh: r.text(rec, 'name_zh'),
    name_en: r.text(rec, 'name_en'),
    unit: r.oneOf(rec, 'unit', UNITS),
    definition: r.text(rec, 'definition'),
    comparable: r.boolean(rec, 'comparable'),
    additive: r.boolean(rec, 'additive'),
  }));
  checkUnique(keysOf(csv, 'indicator_id'), csv.file, 'indicator_id', issues);
  return rows;
}

function readSources(csv: CsvFile, issues: ValidationIssue[]): SourceRow[] {
  checkColumns(csv, SOURCES, [], issues);
  const r = new RowReader(csv.file, issues);
  const rows = csv.records.map((rec) => {
    const url = r.optionalText(rec, 'url');
    if (url !== null && !/^https?:\/\/\S+$/.test(url))
      r.fail(rec, 'url', `"${url}" is not an http(s) address`);
    return {
      source_id: r.text(rec, 'source_id'),
      title: r.text(rec, 'title'),
      publisher: r.text(rec, 'publisher'),
      date: r.optionalDate(rec, 'date'),
      url,
      language: r.oneOf(rec, 'language', LANGUAGES),
      reliability: r.oneOf(rec, 'reliability', RELIABILITIES),
      notes: r.optionalText(rec, 'notes'),
    };
  });
  checkUnique(keysOf(csv, 'source_id'), csv.file, 'source_id', issues);
  return rows;
}

interface FactContext {
  regionCodes: ReadonlySet<string>;
  indicators: ReadonlyMap<string, IndicatorRow>;
  sourceIds: ReadonlySet<string>;
}

function readFact(rec: CsvRecord, r: RowReader, ctx: FactContext): FactRow {
  const fact: FactRow = {
    fact_id: r.text(rec, 'fact_id'),
    theme: r.oneOf(rec, 'theme', THEMES),
    indicator_id: r.text(rec, 'indicator_id'),
    region_code: r.optionalText(rec, 'region_code'),
    region_name_raw: r.text(rec, 'region_name_raw'),
    region_level: r.oneOf(rec, 'region_level', REGION_LEVELS),
    period_start: r.optionalInteger(rec, 'period_start', YEAR_MIN, YEAR_MAX),
    period_end: r.optionalInteger(rec, 'period_end', YEAR_MIN, YEAR_MAX),
    date: r.optionalDate(rec, 'date'),
    value: r.number(rec, 'value'),
    unit: r.oneOf(rec, 'unit', UNITS),
    qualifier: r.oneOf(rec, 'qualifier', QUALIFIERS),
    kind: r.oneOf(rec, 'kind', KINDS),
    batch: r.optionalInteger(rec, 'batch', 1, 99),
    unit_type: r.optionalOneOf(rec, 'unit_type', UNIT_TYPES),
    source_id: r.text(rec, 'source_id'),
    conflict_group: r.optionalText(rec, 'conflict_group'),
    evidence: r.text(rec, 'evidence'),
    notes: r.optionalText(rec, 'notes'),
  };
  checkFactReferences(rec, r, fact, ctx);
  return fact;
}

function checkFactReferences(rec: CsvRecord, r: RowReader, f: FactRow, ctx: FactContext): void {
  const indicator = ctx.indicators.get(f.indicator_id);
  if (f.indicator_id !== '' && !indicator)
    r.fail(rec, 'indicator_id', `unknown indicator "${f.indicator_id}"`);
  if (indicator && indicator.theme !== f.theme) {
    r.fail(
      rec,
      'theme',
      `"${f.theme}" differs from indicator ${f.indicator_id}'s theme "${indicator.theme}"`,
    );
  }
  if (indicator && indicator.unit !== f.unit) {
    r.fail(
      rec,
      'unit',
      `"${f.unit}" differs from indicator ${f.indicator_id}'s unit "${indicator.unit}"`,
    );
  }
  if (f.region_code !== null && !ctx.regionCodes.has(f.region_code)) {
    r.fail(
      rec,
      'region_code',
      `unknown region code "${f.region_code}" (not in the GB/T 2260 gazetteer)`,
    );
  }
  const needsCode = f.region_level === 'province' || f.region_level === 'prefecture';
  if (needsCode && f.region_code === null) {
    r.fail(rec, 'region_code', `a ${f.region_level} fact needs a region code`);
  }
  if (f.source_id !== '' && !ctx.sourceIds.has(f.source_id)) {
    r.fail(rec, 'source_id', `unknown source "${f.source_id}"`);
  }
  if (f.period_start !== null && f.period_end !== null && f.period_end < f.period_start) {
    r.fail(rec, 'period_end', `ends (${f.period_end}) before it starts (${f.period_start})`);
  }
  if ((f.period_start === null) !== (f.period_end === null)) {
    r.fail(rec, 'period_end', 'period_start and period_end must both be set or both be empty');
  }
}

function readAlsoSources(
  rec: CsvRecord,
  r: RowReader,
  fact: FactRow,
  sourceIds: ReadonlySet<string>,
): FactSourceRow[] {
  const also = (rec.values['also_source_ids'] ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== fact.source_id);
  for (const id of also) {
    if (!sourceIds.has(id)) r.fail(rec, 'also_source_ids', `unknown source "${id}"`);
  }
  return [
    { fact_id: fact.fact_id, source_id: fact.source_id, is_primary: true },
    ...[...new Set(also)].map((source_id) => ({
      fact_id: fact.fact_id,
      source_id,
      is_primary: false,
    })),
  ];
}

function readPopulation(
  csv: CsvFile,
  regionCodes: ReadonlySet<string>,
  sourceIds: ReadonlySet<string>,
  issues: ValidationIssue[],
): PopulationRow[] {
  checkColumns(csv, POPULATION, [], issues);
  const r = new RowReader(csv.file, issues);
  return csv.records.map((rec) => {
    const row = {
      region_code: r.text(rec, 'region_code'),
      year: r.optionalInteger(rec, 'year', YEAR_MIN, YEAR_MAX) ?? NaN,
      population: r.number(rec, 'population'),
      source_id: r.text(rec, 'source_id'),
    };
    if (!regionCodes.has(row.region_code))
      r.fail(rec, 'region_code', `unknown region code "${row.region_code}"`);
    if (!sourceIds.has(row.source_id))
      r.fail(rec, 'source_id', `unknown source "${row.source_id}"`);
    return row;
  });
}

function keysOf(csv: CsvFile, column: string): { key: string; line: number }[] {
  return csv.records.map((rec) => ({ key: (rec.values[column] ?? '').trim(), line: rec.line }));
}

/**
 * Validates the human-edited CSVs against the schema and each other. Every issue names
 * its file, line and column; the build refuses to write anything while any remain.
 */
export function validateData(input: DataInputs): ValidationResult {
  const issues: ValidationIssue[] = [];
  const indicators = readIndicators(input.indicators, issues);
  const sources = readSources(input.sources, issues);
  const sourceIds = new Set(sources.map((s) => s.source_id));
  const ctx: FactContext = {
    regionCodes: input.regionCodes,
    indicators: new Map(indicators.map((i) => [i.indicator_id, i])),
    sourceIds,
  };
  checkColumns(input.facts, FACTS, FACTS_CSV_EXTRA, issues);
  const reader = new RowReader(input.facts.file, issues);
  const facts: FactRow[] = [];
  const factSources: FactSourceRow[] = [];
  for (const rec of input.facts.records) {
    const fact = readFact(rec, reader, ctx);
    facts.push(fact);
    factSources.push(...readAlsoSources(rec, reader, fact, sourceIds));
  }
  checkUnique(keysOf(input.facts, 'fact_id'), input.facts.file, 'fact_id', issues);
  const population = readPopulation(input.population, input.regionCodes, sourceIds, issues);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, data: { facts, factSources, indicators, sources, population } };
}

/** One line per issue: `data/facts.csv:12: column value: "abc" is not a finite number`. */
export function formatIssue(i: ValidationIssue): string {
  return `${i.file}:${i.line}: column ${i.column}: ${i.message}`;
}
