import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../scripts/gazetteer';
import {
  createRegionLookup,
  createToSimplified,
  extractFacts,
  type ExtractOptions,
} from '../../src/lib/extract';

const OWN = resolve(__dirname, '../fixtures/extract/own');
const read = (file: string) => readFileSync(resolve(OWN, file), 'utf8');
let opts: ExtractOptions;

beforeAll(() => {
  opts = {
    toSimplified: createToSimplified(OpenCC.Converter),
    resolver: createRegionLookup(buildGazetteer()),
  };
});

const essentials = (text: string) =>
  extractFacts(text, opts).map((f) => [f.value, f.unit, f.theme, f.year, f.region_code]);

// 06 and 07 are made from 04 and 01 by make-own-traditional.ts (cn→hk with 區（qū）, cn→tw with 區[qu1] and 區(qū)).
describe.each([
  ['06-province-sections-hk.txt', '04-province-sections.txt'],
  ['07-carry-over-tw.txt', '01-carry-over.txt'],
])('extractFacts(%s)', (noisy, source) => {
  it('finds what it finds in the Simplified source', () => {
    expect(essentials(read(noisy))).toEqual(essentials(read(source)));
  });

  it('points evidence and figures into the original text', () => {
    const text = read(noisy);
    const facts = extractFacts(text, opts);
    expect(facts.length).toBeGreaterThan(10);
    for (const f of facts) {
      expect(text.slice(f.start, f.end)).toBe(f.evidence);
      const figure = text.slice(f.mention_start, f.mention_end);
      expect(f.evidence).toContain(figure);
      expect(figure).toMatch(/^[\d一二两三四五六七八九十百千万亿.,]/);
    }
  });
});
