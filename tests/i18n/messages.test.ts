import { describe, expect, it } from 'vitest';
import { en, getMessages, regionLabel, zh } from '../../src/lib/i18n';
import { QUALIFIERS, REGION_LEVELS, RELIABILITIES, THEMES } from '../../src/lib/schema';

function shape(obj: object): string[] {
  return Object.entries(obj)
    .flatMap(([k, v]) =>
      v !== null && typeof v === 'object' ? shape(v as object).map((s) => `${k}.${s}`) : [k],
    )
    .sort();
}

describe('getMessages(lang)', () => {
  it('gives both catalogues the same keys', () => {
    expect(shape(en)).toEqual(shape(zh));
  });

  it('names every theme, level, qualifier and reliability', () => {
    for (const m of [zh, en]) {
      for (const t of THEMES) expect(m.themes[t]).toBeTruthy();
      for (const l of REGION_LEVELS) expect(m.levels[l]).toBeTruthy();
      for (const q of QUALIFIERS) expect(m.qualifiers[q]).toBeTruthy();
      for (const r of RELIABILITIES) expect(m.reliability[r]).toBeTruthy();
    }
  });

  it('carries the agreed wording', () => {
    expect(getMessages('zh').appTitle).toBe('民族团结进步创建统计');
    expect(getMessages('en').appTitle).toBe('Ethnic Unity and Progress Statistics');
    expect(en.time.stock).toBe('Cumulative (as reported)');
    expect(zh.measures.per_10m).toBe('每千万人');
    expect(zh.export.mapApproval('GS(2024)0650号')).toBe('审图号：GS(2024)0650号');
  });

  it('renders permalink warnings with field labels', () => {
    expect(zh.share.permalinkWarning({ key: 'invalid_value', field: 'year' })).toBe(
      '链接中的年份无效，已改用默认值。',
    );
    expect(en.share.permalinkWarning({ key: 'unknown_key', field: 'foo' })).toContain('“foo”');
  });
});

describe('regionLabel(region, lang)', () => {
  const region = { name: '内蒙古自治区', short_name: '内蒙古', name_en: 'Inner Mongolia' };

  it('uses the full Chinese name or the English name', () => {
    expect(regionLabel(region, 'zh')).toBe('内蒙古自治区');
    expect(regionLabel(region, 'en')).toBe('Inner Mongolia');
  });

  it('uses the short name when asked', () => {
    expect(regionLabel(region, 'zh', { short: true })).toBe('内蒙古');
  });

  it('falls back to Chinese when the English name is missing', () => {
    expect(regionLabel({ ...region, name_en: '' }, 'en')).toBe('内蒙古自治区');
  });
});
