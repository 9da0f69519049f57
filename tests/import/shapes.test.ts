import * as OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../scripts/gazetteer';
import { createResolver, type RegionResolver } from '../../src/lib/geo';
import { importFile } from '../../src/lib/import';

let resolver: RegionResolver;
let names: Map<string, string>;

beforeAll(() => {
  const regions = buildGazetteer();
  names = new Map(regions.map((r) => [r.code, r.name]));
  resolver = createResolver(regions, { toSimplified: OpenCC.Converter({ from: 'tw', to: 'cn' }) });
});

async function rowsOf(name: string, text: string) {
  const bytes = new TextEncoder().encode(text);
  const r = await importFile({ name, bytes }, { resolver, regionName: (c) => names.get(c) });
  if (!r.ok) throw new Error(r.error.message);
  const cells = r.table.map((t) => `${t.region_code ?? '-'} ${t.year} ${t.indicator} ${t.value}`);
  return { report: r.report, cells };
}

describe('importFile(inline shapes)', () => {
  it('reads years over indicator labels (a merged two-row header as CSV)', async () => {
    const { report, cells } = await rowsOf(
      'a.csv',
      '地区,2021年,,2022年,\n,人口,GDP,人口,GDP\n北京,1,2,3,4\n',
    );
    expect(report.shape.multiHeader).toBe(true);
    expect(cells).toEqual([
      '110000 2021 人口 1',
      '110000 2021 GDP 2',
      '110000 2022 人口 3',
      '110000 2022 GDP 4',
    ]);
  });

  it('resolves 吉林 as the prefecture in a table of prefectures, and a lone year column', async () => {
    const { report, cells } = await rowsOf('p.csv', '地区,2022\n长春市,1\n吉林,2\n延边州,4\n');
    expect(report.shape.kind).toBe('wide');
    expect(cells).toEqual(['220100 2022 p 1', '220200 2022 p 2', '222400 2022 p 4']);
  });

  it('reads Traditional names through the injected converter', async () => {
    const { cells } = await rowsOf('t.csv', '地區,2022年\n廣西,3\n內蒙古,5\n');
    expect(cells).toEqual(['450000 2022 t 3', '150000 2022 t 5']);
  });

  it('reads year typos and keeps 全国合计 as a national row', async () => {
    const { report, cells } = await rowsOf(
      'y.csv',
      '省份,2O21年,2022 年\n北京,1,2\n全国合计,9,9\n',
    );
    expect(report.years).toEqual([2021, 2022]);
    expect(report.regions.national).toEqual(['全国合计']);
    expect(cells).toContain('- 2021 y 9');
  });

  it('takes the year of attribute tables from 时间：, and indicators and units from headers', async () => {
    const { report, cells } = await rowsOf(
      'a.csv',
      '时间：2022年\n地区,人口(万人),GDP(亿元)\n北京,"2,184",4.16万\n',
    );
    expect(report.shape.kind).toBe('attributes');
    // 4.16万 亿元, in 元.
    expect(cells).toEqual(['110000 2022 人口 2184', '110000 2022 GDP 4160000000000']);
    expect(report.units).toEqual({ 人口: '万人', GDP: '元' });
  });

  it('splits stacked blocks titled without 指标：', async () => {
    const { report } = await rowsOf(
      's.csv',
      '人口（万人）\n地区,2021,2022\n北京,1,2\n\nGDP（亿元）\n地区,2021,2022\n北京,5,6\n',
    );
    expect(report.indicators).toEqual(['人口', 'GDP']);
  });

  it('reads region codes and semicolon-delimited text', async () => {
    expect((await rowsOf('c.csv', 'code,value\n110000,1\n120000,2\n')).cells).toEqual([
      '110000 null c 1',
      '120000 null c 2',
    ]);
    const semi = await rowsOf('s.txt', 'region;year;value\nBeijing;2022;1.5\n');
    expect(semi.report.delimiter).toBe(';');
    expect(semi.cells).toEqual(['110000 2022 s 1.5']);
  });
});
