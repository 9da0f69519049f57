import { beforeAll, describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../scripts/gazetteer';
import { createRegionLookup, extractFacts, type RegionLookup } from '../../src/lib/extract';

let resolver: RegionLookup;
beforeAll(() => {
  resolver = createRegionLookup(buildGazetteer());
});

/** value → region name of each fact, in text order. */
const regionsOf = (text: string) =>
  extractFacts(text, { resolver, date: '2023-06-01' }).map((f) => [f.value, f.region_name]);

describe('extractFacts(regions)', () => {
  it('scopes figures under list-marked and inline place headings', () => {
    const text = [
      '云南省民族团结进步创建情况',
      '一、全省总体情况',
      '全省累计命名示范单位1860个。',
      '二、楚雄州',
      '全州共有示范单位326个。姚安县新增示范村7个。',
      '陈旗:全旗争取发展资金420万元。',
      '全州举办培训班48期。',
    ].join('\n');
    expect(regionsOf(text)).toEqual([
      [1860, '云南省'],
      [326, '楚雄彝族自治州'],
      [7, '姚安县'],
      [4_200_000, '陈巴尔虎旗'],
      [48, '楚雄彝族自治州'],
    ]);
  });

  it('resolves 全市 in a county report to the city above it', () => {
    const text =
      '新平县民族团结进步工作\n我县举办培训班36期。全县推送200余篇。全市共有示范单位56个。';
    expect(regionsOf(text)).toEqual([
      [36, '新平彝族傣族自治县'],
      [200, '新平彝族傣族自治县'],
      [56, '玉溪市'],
    ]);
  });

  it('ignores neighbours and places that only locate the subject', () => {
    const text =
      '雷山县民族团结进步创建\n雷山县位于黔东南州西南部,东与榕江县相邻,辖9个乡镇。全县建成示范村12个。';
    expect(regionsOf(text)).toEqual([
      [9, '雷山县'],
      [12, '雷山县'],
    ]);
  });

  it('pairs places listed before 分别 with the figures after it', () => {
    const text =
      '甘肃省创建工作\n甘肃省深入推进创建。临夏州、甘南州累计命名示范单位分别达到312个和286个。';
    expect(regionsOf(text)).toEqual([
      [312, '临夏回族自治州'],
      [286, '甘南藏族自治州'],
    ]);
  });

  it('gives national counts no region, but not counts a national body awarded', () => {
    const text =
      '甘肃省表彰情况\n甘肃省召开会议。国务院授予352个集体模范集体称号。全国共有示范单位2000个。' +
      '我省有20个单位被国务院授予模范集体称号,22名个人被授予模范个人称号。';
    expect(regionsOf(text)).toEqual([
      [352, null],
      [2000, null],
      [20, '甘肃省'],
      [22, '甘肃省'],
    ]);
  });

  it('reads a full address as its last place and a listed example as not the subject', () => {
    const text =
      '武汉市创建工作\n武汉市召开会议。青海省海南藏族自治州兴海县40余名学员来武汉市参观,参观了武昌区紫阳街道等10余个示范单位。';
    expect(regionsOf(text)).toEqual([
      [40, '兴海县'],
      [10, '武汉市'],
    ]);
  });

  it('gives each piece of a compilation page its own subject', () => {
    const text = [
      '先进单位事迹材料(最新3篇)',
      '先进单位事迹材料【第一篇】',
      '堡堡寨村位于定新乡西北面,辖17个村民组。',
      '先进单位事迹材料【第二篇】',
      '西盟县中课镇东与澜沧县相接,共有3748户。我县投入资金200万元,我县建成示范村5个。',
    ].join('\n');
    expect(regionsOf(text)).toEqual([
      [17, null],
      [3748, '西盟佤族自治县'],
      [2_000_000, '西盟佤族自治县'],
      [5, '西盟佤族自治县'],
    ]);
  });

  it('does not take the media of a byline for the subject', () => {
    const text = '盘点历次表彰大会\n2014年09月28日 来源:中国西藏网\n大会共表彰1166个先进集体。';
    expect(regionsOf(text)).toEqual([[1166, null]]);
  });
});

describe('extractFacts(regions: address runs and wider scopes)', () => {
  it('reads a name right after a place it does not lie in as part of that place', () => {
    const facts = extractFacts('和谐巷社区位于伊宁市老城区,现有居民2184户。', { resolver });
    expect(facts.map((f) => f.region_code)).toEqual(['654002']);
  });

  it('keeps a named prefecture as subject when the page mentions 全省 about the province', () => {
    const text = [
      '大理州研究基地建设成效显著',
      '2022年,大理州研究基地被命名为全省首批研究基地。全省首批共命名研究基地12个。',
      '基地现有研究人员58名,举办研修班4期。',
    ].join('\n');
    const facts = extractFacts(text, { resolver, date: '2024-11-05' });
    expect(facts.at(-1)?.region_name).toBe('大理白族自治州');
  });
});
