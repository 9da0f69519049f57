/**
 * Report text → sourced statistics.
 *   tsx scripts/extract.ts FILE [--json] [--date YYYY-MM-DD]   (.txt .html .md .docx)
 *   tsx scripts/extract.ts --eval [--verbose] [--detect-dates]  precision/recall on the seeds (train), our own
 *                                                               documents and held-out gold
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import {
  createRegionLookup,
  createToSimplified,
  evaluateExtraction,
  extractFacts,
  readDocument,
  type ExtractedFact,
  type ExtractOptions,
} from '../src/lib/extract';
import type { GoldDocument } from '../src/lib/extract/evaluate';
import { buildGazetteer } from './gazetteer';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = resolve(ROOT, 'tests/fixtures/extract');
/** In CI the repository is cloned with shared/ beside it. */
const SHARED_SEEDS = resolve(ROOT, '../shared/seeds');
const TARGET = { recall: 0.95, precision: 0.9 };
const SCORED_THEMES = new Set(['coverage', 'honours', 'trainings', 'funding']);

const JSON_KEYS = [
  'value',
  'unit',
  'qualifier',
  'theme',
  'indicator',
  'year',
  'region_code',
  'region_name',
  'is_target',
  'evidence',
  'start',
  'end',
  'confidence',
  'value_max',
  'period',
] as const;

function extractOptions(date?: string): ExtractOptions {
  const toSimplified = createToSimplified(OpenCC.Converter);
  return { date, toSimplified, resolver: createRegionLookup(buildGazetteer()) };
}

function pick(fact: ExtractedFact): Record<string, unknown> {
  return Object.fromEntries(JSON_KEYS.map((k) => [k, fact[k]]));
}

function printTable(facts: ExtractedFact[], text: string): void {
  const rows = facts.map((f) => [
    String(f.value) + (f.value_max !== null ? `–${f.value_max}` : ''),
    f.unit,
    f.qualifier,
    f.theme,
    f.indicator,
    f.year !== null ? String(f.year) : f.period ? `${f.period.start}–${f.period.end}` : '',
    f.region_name ?? '',
    f.is_target ? 'target' : '',
    f.confidence.toFixed(2),
    text.slice(f.mention_start, f.mention_end).replace(/\s+/g, ' '),
  ]);
  const header = [
    'value',
    'unit',
    'qualifier',
    'theme',
    'indicator',
    'year',
    'region',
    '',
    'conf',
    'as written',
  ];
  for (const row of [header, ...rows]) console.log(row.join('\t'));
  console.log(
    `\n${facts.length} figures; ${facts.filter((f) => f.theme !== 'other').length} in the four themes.`,
  );
}

function seedText(file: string): string {
  const shared = resolve(SHARED_SEEDS, file);
  return readFileSync(existsSync(shared) ? shared : resolve(FIXTURES, 'seeds', file), 'utf8');
}

/** A blind set: its gold in `NAME/blind-gold.json`, its documents in `NAME/docs`; never a gate. */
function blindSet(name: string) {
  return {
    name,
    gold: `${name}/blind-gold.json`,
    gate: false,
    text: (file: string) => readFileSync(resolve(FIXTURES, name, 'docs', file), 'utf8'),
  };
}

const BLIND_SETS = [
  'blind',
  'blind2',
  'blind3',
  'blind4',
  'blind5',
  'blind6',
  'blind7',
  'blind8',
  'blind9',
];

/** The seeds the rules were written from ("train") and reports they have never seen. */
const GOLD_SETS = [
  { name: 'train', gold: 'gold.json', gate: true, text: seedText },
  // Our own short documents for the known weaknesses (carry-over, abbreviations, regions, dates, noise).
  {
    name: 'own',
    gold: 'own-gold.json',
    gate: true,
    text: (file: string) => readFileSync(resolve(FIXTURES, 'own', file), 'utf8'),
  },
  // Written blind, each by an annotator who saw neither the rules nor the earlier sets: each
  // scored once before any tuning (its FIRST-LOOK.md), then a development set for the next pass.
  ...BLIND_SETS.map(blindSet),
  // Copies of third-party pages stay out of the repository: scored only where present.
  {
    name: 'held-out',
    gold: 'local/heldout-gold.json',
    gate: false,
    text: (file: string) => readFileSync(resolve(FIXTURES, 'local/heldout', file), 'utf8'),
  },
] as const;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Prints one set's scores; returns the themes below target. */
interface EvalFlags {
  verbose: boolean;
  /** Ignore the gold dates: the extractor must find each document's date itself. */
  detectDates: boolean;
}

function evalSet(set: (typeof GOLD_SETS)[number], { verbose, detectDates }: EvalFlags): string[] {
  const gold = JSON.parse(readFileSync(resolve(FIXTURES, set.gold), 'utf8')) as {
    documents: GoldDocument[];
  };
  const docs = gold.documents.map((g) => {
    const text = set.text(g.file);
    return {
      gold: g,
      text,
      extracted: extractFacts(
        text,
        extractOptions(detectDates ? undefined : (g.date ?? undefined)),
      ),
    };
  });
  const report = evaluateExtraction(docs);
  console.log(`\n== ${set.name} (${set.gold}, ${docs.length} documents)`);
  console.log('theme\tgold\textracted\tmatched\tprecision\trecall');
  for (const t of report.themes) {
    console.log(
      [t.theme, t.gold, t.extracted, t.matched, pct(t.precision), pct(t.recall)].join('\t'),
    );
  }
  const scored = report.themes.filter((t) => SCORED_THEMES.has(t.theme));
  const sum = (k: 'gold' | 'extracted' | 'matched') => scored.reduce((n, t) => n + t[k], 0);
  const micro = {
    precision: sum('matched') / sum('extracted'),
    recall: sum('matched') / sum('gold'),
  };
  console.log(
    `four themes\t${sum('gold')}\t${sum('extracted')}\t${sum('matched')}\t${pct(micro.precision)}\t${pct(micro.recall)}`,
  );
  const a = report.agreement;
  console.log(
    `agreement on matched: year ${pct(a.year)}, period ${pct(a.period)}, region ${pct(a.region)}, unit ${pct(a.unit)}, qualifier ${pct(a.qualifier)}, target ${pct(a.target)}`,
  );
  const show = (title: string, list: typeof report.misses) => {
    const shown = verbose ? list : list.filter((u) => SCORED_THEMES.has(u.theme));
    console.log(`${title} (${shown.length}${verbose ? '' : ', four themes'}):`);
    for (const u of shown)
      console.log(`  ${u.file}\t${u.theme}\t${u.value} ${u.unit}\t${u.evidence}`);
  };
  show('misses', report.misses);
  show('false positives', report.falsePositives);
  if (verbose) {
    console.log(`year/region disagreements (${report.disagreements.length}):`);
    for (const d of report.disagreements)
      console.log(`  ${d.file}\t${d.field}\tgold ${d.gold}\tgot ${d.extracted}\t${d.evidence}`);
  }
  return scored
    .filter((t) => t.recall < TARGET.recall || t.precision < TARGET.precision)
    .map((t) => t.theme);
}

/** Exits non-zero when a gated set (seeds, our own documents) misses the target; the others are reported. */
function runEval(flags: EvalFlags): number {
  let code = 0;
  for (const set of GOLD_SETS) {
    if (!existsSync(resolve(FIXTURES, set.gold))) {
      console.log(`\n== ${set.name}: ${set.gold} not present, skipped`);
      continue;
    }
    const failing = evalSet(set, flags);
    if (!failing.length) continue;
    console.log(
      `BELOW TARGET on ${set.name} (recall ≥ ${TARGET.recall}, precision ≥ ${TARGET.precision}): ${failing.join(', ')}`,
    );
    if (set.gate) code = 1;
  }
  return code;
}

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  if (flags.has('--eval')) {
    return runEval({ verbose: flags.has('--verbose'), detectDates: flags.has('--detect-dates') });
  }
  const dateAt = argv.indexOf('--date');
  const date = dateAt >= 0 ? argv[dateAt + 1] : undefined;
  if (date !== undefined && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date)) {
    console.error(`--date wants YYYY-MM-DD, got ${date}`);
    return 2;
  }
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--date');
  if (!file) {
    console.error(
      'usage: extract FILE [--json] [--date YYYY-MM-DD] | extract --eval [--verbose] [--detect-dates]',
    );
    return 2;
  }
  const bytes = readFileSync(file);
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const { text } = await readDocument(basename(file), data as ArrayBuffer);
  const facts = extractFacts(text, extractOptions(date));
  if (flags.has('--json')) console.log(JSON.stringify(facts.map(pick), null, 2));
  else printTable(facts, text);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
