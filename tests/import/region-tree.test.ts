import { beforeAll, describe, expect, it } from 'vitest';
import type { RegionResolver } from '../../src/lib/geo';
import { mapRowRegions } from '../../src/lib/import/region-tree';
import { gazetteer, importer, ok, type Importer } from './helpers';

let load: Importer;
let resolver: RegionResolver;
beforeAll(() => {
  const g = gazetteer();
  resolver = g.resolver;
  load = importer(g);
});

const codeOf = (m: ReturnType<typeof mapRowRegions>, i: number) => {
  const found = m.mapping.get(m.keys[i] ?? '');
  return found?.status === 'matched' ? found.code : found?.status;
};

describe('mapRowRegions(names)', () => {
  it('resolves each city within the province above it', () => {
    const names = ['吉林省', '长春市', '朝阳区', '吉林', '辽宁省', '朝阳市'];
    const m = mapRowRegions(names, resolver);
    expect(m.nested).toBe(true);
    expect(names.map((_, i) => codeOf(m, i))).toEqual([
      '220000',
      '220100',
      '220104', // 朝阳区 of 长春, not of Beijing
      '220200', // 吉林 under 吉林省 is the city
      '210000',
      '211300',
    ]);
    expect(m.changed).toEqual([2, 3]);
  });

  it('files one name meaning two places under its province', () => {
    const names = ['甘肃省', '兰州市', '城关区', '西藏自治区', '拉萨市', '城关区'];
    const m = mapRowRegions(names, resolver);
    expect(m.keys[2]).toBe('甘肃省/城关区');
    expect(m.keys[5]).toBe('西藏自治区/城关区');
    expect([codeOf(m, 2), codeOf(m, 5)]).toEqual(['620102', '540102']);
  });

  it('lets an override address a name filed under its province', () => {
    const names = ['甘肃省', '兰州市', '城关区', '西藏自治区', '拉萨市', '城关区'];
    const m = mapRowRegions(names, resolver, { '西藏自治区/城关区': null });
    expect(codeOf(m, 5)).toBe('non_region');
    expect(codeOf(m, 2)).toBe('620102');
  });

  it('keeps a flat table as before: 吉林 among prefectures is the city', () => {
    const m = mapRowRegions(['长春市', '吉林', '延边州'], resolver);
    expect(m.nested).toBe(false);
    expect([0, 1, 2].map((i) => codeOf(m, i))).toEqual(['220100', '220200', '222400']);
  });

  it('keeps a province table flat', () => {
    const names = ['北京', '天津', '河北', '辽宁', '吉林', '黑龙江'];
    const m = mapRowRegions(names, resolver);
    expect(m.nested).toBe(false);
    expect(names.map((_, i) => codeOf(m, i))).toEqual([
      '110000',
      '120000',
      '130000',
      '210000',
      '220000',
      '230000',
    ]);
  });
});

describe('importFile(provinces followed by their cities)', () => {
  it('reads province-cities.csv: indents, 其中： rows, levels kept apart', async () => {
    const r = await ok(load('province-cities.csv'));
    expect(r.report.regions.levels).toEqual({ province: 5, prefecture: 11, county: 4 });
    expect(r.report.regions.national).toEqual(['全国']);
    expect(r.report.regions.aggregates).toEqual(['其中：民族自治地方']);
    expect(r.report.regions.unmatched).toEqual([]);
    const byName = new Map(r.table.map((t) => [`${t.line}`, t]));
    expect(byName.get('4')).toMatchObject({
      region_code: '530100',
      region_level: 'prefecture',
      source_name: '昆明市',
    });
    expect(byName.get('11')).toMatchObject({ region_code: '220104', region_level: 'county' });
    expect(byName.get('17')).toMatchObject({ region_code: '632521', source_name: '其中：共和县' });
    expect(byName.get('20')?.region_code).toBe('620102');
    expect(byName.get('23')?.region_code).toBe('540102');
    // The aggregate is kept with no code, out of every map.
    expect(byName.get('8')).toMatchObject({ region_code: null, region_level: null, value: 310 });
    expect(Object.keys(r.report.regions.mapping)).toContain('西藏自治区/城关区');
    expect(r.report.warnings.find((w) => w.code === 'region_hierarchy')?.cells).toEqual([
      { line: 11, column: 1, text: '朝阳区' },
      { line: 20, column: 1, text: '城关区' },
    ]);
  });

  it('skips a 其中： line with no values and keeps the rows under it', async () => {
    const r = await ok(load('q.csv', '地区,2022年\n云南省,10\n其中：,\n昆明市,4\n曲靖市,3\n'));
    expect(r.table.map((t) => t.region_code)).toEqual(['530000', '530100', '530300']);
    expect(r.report.warnings.map((w) => w.code)).toEqual(['region_hierarchy']);
  });
});
