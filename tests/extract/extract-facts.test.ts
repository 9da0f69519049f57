import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../scripts/gazetteer';
import {
  createRegionLookup,
  createToSimplified,
  extractFacts,
  type ExtractedFact,
  type ExtractOptions,
} from '../../src/lib/extract';

const OWN = resolve(__dirname, '../fixtures/extract/own');
const toSimplified = createToSimplified(OpenCC.Converter);
let opts: ExtractOptions;

beforeAll(() => {
  opts = { toSimplified, resolver: createRegionLookup(buildGazetteer()) };
});

const brief = (f: ExtractedFact) => [f.value, f.unit, f.qualifier, f.theme];

describe('extractFacts(traditional text with pinyin noise)', () => {
  const text = readFileSync(resolve(OWN, 'traditional.txt'), 'utf8');

  it('finds every statistic with value, unit, qualifier and theme', () => {
    const facts = extractFacts(text, opts);
    expect(facts.map(brief)).toEqual([
      [14_000_000_000, '元', 'more_than', 'funding'],
      [300, '个', 'approx', 'funding'],
      [400_000, '人', 'more_than', 'other'],
      [126, '期', 'exact', 'trainings'],
      [23_000, '人次', 'exact', 'trainings'],
      [1250, '场次', 'exact', 'trainings'],
      [1134, '个', 'exact', 'coverage'],
      [420, '个', 'exact', 'coverage'],
      [15, '个', 'exact', 'honours'],
      [30, '名', 'exact', 'honours'],
      [90, '%', 'at_least', 'coverage'],
    ]);
  });

  it('keeps evidence verbatim from the original text', () => {
    for (const f of extractFacts(text, opts)) {
      expect(text.slice(f.start, f.end)).toBe(f.evidence);
      expect(f.evidence).toContain(text.slice(f.mention_start, f.mention_end));
    }
    const first = extractFacts(text, opts)[0];
    expect(first && text.slice(first.mention_start, first.mention_end)).toBe('140餘億元');
  });

  it('resolves years, the header date, regions and targets', () => {
    const facts = extractFacts(text, opts);
    const by = (v: number) => facts.find((f) => f.value === v);
    expect(by(126)?.period).toEqual({ start: 2021, end: 2024 });
    expect(by(15)).toMatchObject({ year: 2024, region_code: '530100', region_name: '昆明市' });
    expect(by(14_000_000_000)?.region_code).toBe('530000');
    expect(by(90)).toMatchObject({ year: 2025, is_target: true });
    expect(by(1250)?.is_target).toBe(false);
  });

  it('ignores ordinals, anniversaries, slogans, plan names and footer numbers', () => {
    const values = extractFacts(text, opts).map((f) => f.value);
    for (const v of [10, 70, 3, 5, 13610, 1, 123, 650000, 64123456, 5001234]) {
      expect(values).not.toContain(v);
    }
  });
});

describe('extractFacts(numerals, ranges, qualifiers, targets)', () => {
  const text = readFileSync(resolve(OWN, 'numbers.txt'), 'utf8');
  const facts = () => extractFacts(text, { date: '2024-06-01' });

  it('reads 亿/万, Chinese numerals, decimals and ranges', () => {
    expect(facts().map((f) => [f.value, f.value_max, f.unit])).toEqual([
      [125_000_000, null, '元'],
      [15, null, '%'],
      [30_000, null, '人次'],
      [120, null, '期'],
      [320_000_000, null, '元'],
      [3, 5, '个'],
      [800, null, '场'],
      [100_000, null, '人'],
      [20, null, '个'],
      [5_000_000, null, '元'],
    ]);
  });

  it('scales both ends of a range by a multiplier written once after the upper end', () => {
    const ranges = extractFacts(
      '计划筹措帮扶资金2-4亿元，每年开展宣讲三至五万人次，另安排奖补资金800-1万元。',
      { date: '2024-06-01' },
    );
    expect(ranges.map((f) => [f.value, f.value_max, f.unit])).toEqual([
      [200_000_000, 400_000_000, '元'],
      [30_000, 50_000, '人次'],
      // The lower end would pass the upper one: 800 stays 800.
      [800, 10_000, '元'],
    ]);
  });

  it('sets qualifiers and targets', () => {
    expect(facts().map((f) => [f.qualifier, f.is_target])).toEqual([
      ['exact', false],
      ['exact', false],
      ['more_than', false],
      ['exact', false],
      ['exact', false],
      // 示范点3-5个: a range is recorded by its lower end, at least that.
      ['at_least', false],
      ['approx', false],
      ['approx', false],
      ['at_least', true],
      ['at_most', true],
    ]);
  });

  it('resolves 去年 against the document date and leaves growth rates out of the themes', () => {
    const all = facts();
    expect(all.find((f) => f.value === 800)?.year).toBe(2023);
    expect(all.find((f) => f.value === 15)?.theme).toBe('other');
    expect(all.find((f) => f.value === 125_000_000)?.theme).toBe('funding');
  });

  it('works without a resolver or converter', () => {
    expect(facts().every((f) => f.region_code === null)).toBe(true);
  });
});

describe('extractFacts(non-statistics)', () => {
  const cases: [string, string][] = [
    ['ordinal batch', '兴安盟获评第九批全国民族团结进步示范区。'],
    ['ordinal congress', '自治区第十一次党代会召开。'],
    ['anniversary', '庆祝中国共产党成立 100 周年。'],
    ['date', '发表时间:2023-01-29 阅读次数:1234次'],
    ['phone', '电话:0471-6945123 传真:0471-6945124'],
    ['postcode', '邮编:010010'],
    ['ICP record', '蒙ICP备05003645号-1'],
    ['public security record', '京公网安备 11010502030143号'],
    ['page views', '浏览 2356 次'],
    ['street number', '地址:呼和浩特市新城区中山东路8号'],
    ['quoted slogan', '牢固树立“三个离不开”“五个认同”思想。'],
    ['unquoted slogan', '深入开展四个认同教育,坚持两个维护。'],
    ['numbered plan', '实施"12345"工程和“1+5”行动。'],
    ['listed actions', '通过开展“北疆党建”“边疆文化”5个行动。'],
    ['aspects', '围绕5个方面开展工作。'],
    ['duration', '举办为期一个月的培训。'],
    ['listing title', '事迹材料(最新4篇)'],
    ['book title', '印发《创建发展规划(2021-2025年)》。'],
  ];
  for (const [name, text] of cases) {
    it(`finds nothing in a ${name}`, () => {
      expect(extractFacts(text).map((f) => f.value)).toEqual([]);
    });
  }
});
