import { beforeAll, describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../scripts/gazetteer';
import { createRegionLookup, findRegionMentions, type RegionLookup } from '../../src/lib/extract';
import { deriveContractions } from '../../src/lib/extract/abbreviations';
import type { Region } from '../../src/lib/geo';

let regions: Region[];
let lookup: RegionLookup;

beforeAll(() => {
  regions = buildGazetteer();
  lookup = createRegionLookup(regions);
});

describe('deriveContractions(gazetteer)', () => {
  it('contracts banners by side and position, and long names by their first character', () => {
    const derived = deriveContractions(regions);
    const codeOf = (form: string) => derived.get(form)?.code;
    expect(codeOf('新右旗')).toBe('150727');
    expect(codeOf('新左旗')).toBe('150726');
    expect(codeOf('察右前旗')).toBe('150926');
    expect(codeOf('科左中旗')).toBe('150521');
    expect(codeOf('科右前旗')).toBe('152221');
    expect(codeOf('乌前旗')).toBe('150823');
    expect(codeOf('喀左县')).toBe('211324');
    expect(codeOf('陈旗')).toBe('150725');
    expect(codeOf('莫旗')).toBe('150722');
    expect(codeOf('东乌旗')).toBe('152525');
    expect(codeOf('巴州')).toBe('652800');
    expect(codeOf('博州')).toBe('652700');
    expect(codeOf('克州')).toBe('653000');
  });

  it('derives only forms that name one region and no gazetteer name', () => {
    const derived = deriveContractions(regions);
    const names = new Set(regions.flatMap((r) => [r.name, r.short_name]));
    for (const [form, region] of derived) {
      expect(names.has(form), form).toBe(false);
      expect(lookup.resolve(form)?.code, form).toBe(region.code);
    }
    expect(derived.size).toBeGreaterThan(30);
  });

  it('drops forms that several regions contract to', () => {
    // 鄂托克旗, 鄂温克旗, 鄂伦春旗; 扎鲁特旗, 扎赉特旗; 达拉特旗, 达尔罕茂明安联合旗.
    for (const form of ['鄂旗', '扎旗', '达旗']) {
      expect(deriveContractions(regions).has(form), form).toBe(false);
      expect(lookup.resolve(form), form).toBeNull();
    }
  });
});

describe('createRegionLookup(gazetteer)', () => {
  it('resolves the short names of autonomous prefectures', () => {
    const shorts = [
      '楚雄州 红河州 黔东南州 伊犁州 西双版纳州 恩施州 湘西州 阿坝州 甘孜州 凉山州 延边州',
      '海西州 临夏州 甘南州 大理州 德宏州 怒江州 迪庆州 文山州 黔南州 黔西南州 昌吉州',
    ]
      .join(' ')
      .split(' ');
    for (const short of shorts) {
      const hit = lookup.resolve(short);
      expect(hit?.code, short).toMatch(/^\d{4}00$/);
      expect(hit?.name.startsWith(short.slice(0, -1)), short).toBe(true);
    }
  });
});

describe('findRegionMentions(text, lookup)', () => {
  it('finds contractions in running text', () => {
    const text = '新右旗、科左中旗和察右前旗开展宣讲;巴州、博州建成示范社区。';
    expect(
      findRegionMentions(text, lookup).map((m) => [text.slice(m.start, m.end), m.code]),
    ).toEqual([
      ['新右旗', '150727'],
      ['科左中旗', '150521'],
      ['察右前旗', '150926'],
      ['巴州', '652800'],
      ['博州', '652700'],
    ]);
  });

  it('reads two-character names only as contractions, not inside words', () => {
    // 和县 is a county, but 省、市和县 is not about it; 巴州区 is not 巴州.
    const text = '省、市和县三级联动;巴中市巴州区开展活动。';
    expect(findRegionMentions(text, lookup).map((m) => text.slice(m.start, m.end))).toEqual([
      '巴中市',
      '巴州区',
    ]);
  });
});
