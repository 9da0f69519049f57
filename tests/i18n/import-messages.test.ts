import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importErrorText, importWarningText } from '../../src/lib/i18n';
import type { ImportError, ImportWarning } from '../../src/lib/import';
import { gazetteer, importer, type Importer } from '../import/helpers';

let load: Importer;
beforeAll(() => {
  load = importer(gazetteer());
});

const FIXTURES = readdirSync(new URL('../fixtures/import/', import.meta.url)).filter(
  (f) => !f.endsWith('.ts'),
);

describe('importWarningText(lang, warning) and importErrorText(lang, error)', () => {
  it('says every warning and error of the fixture corpus in both languages; en is the CLI’s text', async () => {
    const warnings = new Map<string, ImportWarning>();
    const errors = new Map<string, ImportError>();
    for (const name of FIXTURES) {
      const r = await load(name);
      if (r.ok) for (const w of r.report.warnings) warnings.set(w.code, w);
      else errors.set(r.error.code, r.error);
    }
    // The corpus reaches the warnings this pass added.
    expect([...warnings.keys()]).toEqual(
      expect.arrayContaining([
        'sub_year_periods',
        'header_levels_joined',
        'decimal_comma',
        'decimal_ambiguous',
        'units_converted',
        'year_from_title',
        'region_hierarchy',
      ]),
    );
    for (const w of warnings.values()) {
      expect(importWarningText('en', w), w.code).toBe(w.message);
      expect(importWarningText('zh', w), w.code).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const e of errors.values()) {
      expect(importErrorText('en', e)).toBe(
        `${[e.file, e.line, e.line !== undefined ? e.column : undefined].filter((p) => p !== undefined).join(':')}: ${e.message}`,
      );
      expect(importErrorText('zh', e), e.code).toMatch(
        new RegExp(`^${e.file.replace('.', '\\.')}.*: .*[\u4e00-\u9fff]`),
      );
    }
  });

  it('names the refused quarters in Chinese', async () => {
    const r = await load('quarterly.csv');
    if (r.ok) throw new Error('expected an error');
    expect(importErrorText('zh', r.error)).toBe(
      'quarterly.csv:1:2: 所有数值列都是月度、季度或日期（2023Q1、2023Q2、2023年第三季度、四季度）；每条数据只能对应整年，因此没有导入任何数据。请先整理成年度表（流量按月加总，存量取年末数）。',
    );
  });
});
