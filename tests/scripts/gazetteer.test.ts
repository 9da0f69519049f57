import { beforeAll, describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../scripts/gazetteer';
import type { Region } from '../../src/lib/geo/types';

const PROVINCES_EN: Record<string, string> = {
  北京市: 'Beijing',
  天津市: 'Tianjin',
  河北省: 'Hebei',
  山西省: 'Shanxi',
  内蒙古自治区: 'Inner Mongolia',
  辽宁省: 'Liaoning',
  吉林省: 'Jilin',
  黑龙江省: 'Heilongjiang',
  上海市: 'Shanghai',
  江苏省: 'Jiangsu',
  浙江省: 'Zhejiang',
  安徽省: 'Anhui',
  福建省: 'Fujian',
  江西省: 'Jiangxi',
  山东省: 'Shandong',
  河南省: 'Henan',
  湖北省: 'Hubei',
  湖南省: 'Hunan',
  广东省: 'Guangdong',
  广西壮族自治区: 'Guangxi',
  海南省: 'Hainan',
  重庆市: 'Chongqing',
  四川省: 'Sichuan',
  贵州省: 'Guizhou',
  云南省: 'Yunnan',
  西藏自治区: 'Tibet',
  陕西省: 'Shaanxi',
  甘肃省: 'Gansu',
  青海省: 'Qinghai',
  宁夏回族自治区: 'Ningxia',
  新疆维吾尔自治区: 'Xinjiang',
  台湾省: 'Taiwan',
  香港特别行政区: 'Hong Kong',
  澳门特别行政区: 'Macao',
};

let regions: Region[];
let byCode: Map<string, Region>;

beforeAll(() => {
  regions = buildGazetteer();
  byCode = new Map(regions.map((r) => [r.code, r]));
});

const atLevel = (level: Region['level']) => regions.filter((r) => r.level === level);
const region = (code: string): Region | undefined => byCode.get(code);

describe('buildGazetteer()', () => {
  it('has the 34 provincial-level divisions with their official English names', () => {
    const provinces = atLevel('province');
    expect(provinces).toHaveLength(34);
    expect(Object.fromEntries(provinces.map((p) => [p.name, p.name_en]))).toEqual(PROVINCES_EN);
  });

  it('includes Taiwan, Hong Kong and Macao as provinces', () => {
    for (const code of ['710000', '810000', '820000']) expect(region(code)?.level).toBe('province');
  });

  it('has 333 prefectures and about 2,850 counties', () => {
    expect(atLevel('prefecture')).toHaveLength(333);
    expect(atLevel('county').length).toBeGreaterThan(2800);
  });

  it('gives every prefecture a province as parent', () => {
    for (const p of atLevel('prefecture'))
      expect(region(p.parent_code ?? '')?.level).toBe('province');
  });

  it('gives every county an existing parent that is not a county', () => {
    for (const c of atLevel('county'))
      expect(region(c.parent_code ?? '')?.level).toMatch(/province|prefecture/);
  });

  it('gives provinces no parent', () => {
    expect(atLevel('province').every((p) => p.parent_code === null)).toBe(true);
  });

  it('has unique six-digit codes sorted ascending', () => {
    const codes = regions.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true);
    expect([...codes].sort()).toEqual(codes);
  });

  it('is deterministic', () => {
    expect(buildGazetteer()).toEqual(regions);
  });

  it('emits no pseudo-prefectures (市辖区, 县, 省直辖县级行政区划)', () => {
    const names = regions.map((r) => r.name);
    expect(names).not.toContain('市辖区');
    expect(names.some((n) => n.includes('直辖'))).toBe(false);
    for (const code of ['110100', '500200', '429000', '469000', '659000', '419000']) {
      expect(region(code)).toBeUndefined();
    }
  });

  it('hangs municipal districts and counties on the municipality', () => {
    expect(region('110105')).toMatchObject({ name: '朝阳区', parent_code: '110000' });
    expect(region('500229')).toMatchObject({ name: '城口县', parent_code: '500000' });
  });

  it('hangs counties administered by the province directly on the province', () => {
    expect(region('429004')).toMatchObject({ name: '仙桃市', parent_code: '420000' });
    expect(region('469025')).toMatchObject({ name: '白沙黎族自治县', parent_code: '460000' });
    expect(region('659001')).toMatchObject({ name: '石河子市', parent_code: '650000' });
    expect(region('419001')).toMatchObject({ name: '济源市', parent_code: '410000' });
  });

  it.each([
    ['530000', '云南'],
    ['150000', '内蒙古'],
    ['450000', '广西'],
    ['640000', '宁夏'],
    ['650000', '新疆'],
    ['810000', '香港'],
    ['532300', '楚雄州'],
    ['222400', '延边州'],
    ['422800', '恩施州'],
    ['530100', '昆明'],
    ['152500', '锡林郭勒盟'],
    ['652900', '阿克苏'],
    ['150423', '巴林右旗'],
    ['530426', '峨山县'],
    ['622926', '东乡县'],
    ['150724', '鄂温克旗'],
    ['622927', '积石山县'],
    ['532901', '大理市'],
  ])('gives %s the short name %s', (code, shortName) => {
    expect(region(code)?.short_name).toBe(shortName);
  });

  it.each([
    ['532300', 'Chuxiong'],
    ['222400', 'Yanbian'],
    ['530100', 'Kunming'],
    ['653100', 'Kashi'],
    ['141100', 'Lüliang'],
    ['350200', 'Xiamen'],
    ['522701', 'Duyun'],
    ['510100', 'Chengdu'],
  ])('gives %s the pinyin name %s', (code, nameEn) => {
    expect(region(code)?.name_en).toBe(nameEn);
  });

  it('places provinces and prefectures at the ECharts label points', () => {
    expect(region('530000')).toMatchObject({
      lon: expect.closeTo(101.5, 1),
      lat: expect.closeTo(24.7, 1),
    });
    expect(region('532300')?.lon).toBeCloseTo(101.5, 1);
    expect(atLevel('province').every((p) => p.lon !== null && p.lat !== null)).toBe(true);
    expect(atLevel('prefecture').filter((p) => p.lon === null).length).toBeLessThan(5);
  });

  it('finds prefectures recoded since the map was drawn by name (林芝地区 → 林芝市)', () => {
    expect(region('540400')?.lon).toBeCloseTo(94.36, 1);
  });
});
