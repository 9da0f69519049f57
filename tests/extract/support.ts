/**
 * What the extraction tests share: a one-line view of a fact, a run on a fixed document date,
 * and the gazetteer's region lookup, built once per test file rather than once per describe.
 */
import { buildGazetteer } from '../../scripts/gazetteer';
import {
  createRegionLookup,
  extractFacts,
  type ExtractedFact,
  type RegionLookup,
} from '../../src/lib/extract';

/** 18个 coverage: value, unit and theme, the three things a rule of theme decides. */
export const brief = (f: ExtractedFact) => `${f.value}${f.unit} ${f.theme}`;

/** Extraction without a gazetteer, dated mid-2024 unless a test needs another date. */
export const run = (text: string, date = '2024-06-01') => extractFacts(text, { date });

let lookup: RegionLookup | null = null;
export function gazetteerLookup(): RegionLookup {
  return (lookup ??= createRegionLookup(buildGazetteer()));
}
