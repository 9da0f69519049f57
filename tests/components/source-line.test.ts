import { describe, expect, it } from 'vitest';
import { sourceLine, sourceName, type SourceItem } from '../../src/components/source-line';
import type { SourceForFactsRow } from '../../src/lib/sql';

function source(i: number, over: Partial<SourceForFactsRow> = {}): SourceForFactsRow {
  return {
    source_id: `src-${i}`,
    title: `报告${i}`,
    publisher: `发布者${i}`,
    date: null,
    url: null,
    language: 'zh-Hans',
    reliability: 'official',
    is_primary: true,
    n_facts: 1,
    ...over,
  };
}

describe('sourceName(source, lang)', () => {
  it('writes publisher and title in each language’s style', () => {
    expect(sourceName(source(1), 'zh')).toBe('发布者1《报告1》');
    expect(sourceName(source(1), 'en')).toBe('发布者1, “报告1”');
  });
  it('leaves out a publisher the title already names, and falls back to the id', () => {
    expect(sourceName(source(1, { title: '发布者1公告' }), 'zh')).toBe('《发布者1公告》');
    const bare: SourceItem = { ...source(2), title: null, publisher: null };
    expect(sourceName(bare, 'zh')).toBe('《src-2》');
  });
});

describe('sourceLine(sources, lang, max)', () => {
  const five = [1, 2, 3, 4, 5].map((i) => source(i));

  it('lists up to max sources then counts them all', () => {
    expect(sourceLine(five, 'zh', 3)).toBe(
      '资料来源：发布者1《报告1》；发布者2《报告2》；发布者3《报告3》 等 5 个来源',
    );
    expect(sourceLine(five, 'en', 2)).toBe(
      'Source: 发布者1, “报告1”; 发布者2, “报告2” and others (5 sources)',
    );
  });
  it('lists every source when they fit', () => {
    expect(sourceLine(five.slice(0, 2), 'zh', 3)).toBe(
      '资料来源：发布者1《报告1》；发布者2《报告2》',
    );
  });
  it('marks low-reliability sources with the charts’ dagger', () => {
    expect(sourceLine([source(1, { reliability: 'low' })], 'zh', 3)).toBe(
      '资料来源：发布者1《报告1》†',
    );
  });
  it('is empty without sources', () => {
    expect(sourceLine([], 'zh', 3)).toBe('');
  });
});
