/**
 * Readers' rules on tables and regions found on the sixth blind set (seventh pass of issue #5),
 * each on text written for this test.
 */
import { describe, expect, it } from 'vitest';
import { brief, run, gazetteerLookup } from './support';
import { extractFacts } from '../../src/lib/extract';

const lookup = gazetteerLookup();

describe('extractFacts(a table numbering its rows)', () => {
  it('reads no figure in a 序号 column, and the next cell still labels the row', () => {
    const text = [
      '表2　各乡镇宣讲活动场次（单位：场）',
      '| 序号 | 乡镇 | 宣讲场次 |',
      '|---|---|---|',
      '| 1 | 东坝乡 | 14 |',
      '| 2 | 西河镇 | 9 |',
    ].join('\n');
    const facts = run(text);
    expect(facts.map(brief)).toEqual(['14场 trainings', '9场 trainings']);
  });
});

describe('extractFacts(an aligned-text table under an unnumbered title)', () => {
  const table = [
    '截至2023年底，全市共命名各级示范单位300余个。',
    '',
    '表　部分县区示范单位命名数（单位：个）',
    '县区　　　命名数　　其中示范社区',
    '东城区　　12　　　　4',
    '北山县　　7　　　　 —',
    '南湖县　　9　　　　 2',
  ].join('\n');

  it('reads its rows, a — cell being no figure', () => {
    const cells = run(table)
      .filter((f) => f.evidence.includes('　'))
      .map(brief);
    expect(cells).toEqual([
      '12个 coverage',
      '4个 coverage',
      '7个 coverage',
      '9个 coverage',
      '2个 coverage',
    ]);
  });

  it('takes no year from the prose above a table with its own title', () => {
    const years = run(table)
      .filter((f) => f.evidence.includes('　'))
      .map((f) => f.year);
    expect(years).toEqual([null, null, null, null, null]);
  });
});

describe('extractFacts(a column of part of a year)', () => {
  it('reads 2024年1—6月 over a column as the year 2024', () => {
    const text = [
      '表3　主要指标',
      '| 指标 | 2023年 | 2024年1—6月 |',
      '|---|---|---|',
      '| 培训班（期） | 30 | 12 |',
    ].join('\n');
    expect(run(text, '2024-08-01').map((f) => `${f.value}${f.unit} ${f.year}`)).toEqual([
      '30期 2023',
      '12期 2024',
    ]);
  });
});

describe('extractFacts(place columns under a group heading)', () => {
  it('counts in each place column what the row names, not the group', () => {
    const text = [
      '表2　2024年沿边县市创建情况',
      '| 指标 | 沿边县（市） |  |',
      '|  | 和龙市 | 龙井市 |',
      '|---|---|---|',
      '| 示范单位（个） | 21 | 17 |',
      '| 培训人次（人次） | 1300 | 980 |',
    ].join('\n');
    const facts = extractFacts(text, { date: '2025-03-01', resolver: lookup });
    expect(facts.map((f) => `${brief(f)} ${f.region_code}`)).toEqual([
      '21个 coverage 222406',
      '17个 coverage 222405',
      '1300人次 trainings 222406',
      '980人次 trainings 222405',
    ]);
  });
});

describe('extractFacts(a shared county name qualified by its city)', () => {
  it('reads 长春市朝阳区 and the later bare 朝阳区 as the one under 长春', () => {
    const text =
      '长春市朝阳区民族团结进步创建工作情况\n\n朝阳区辖10个街道。今年全区新命名示范单位16个。';
    const codes = extractFacts(text, { date: '2024-06-01', resolver: lookup }).map(
      (f) => `${f.value}${f.unit} ${f.region_code}`,
    );
    expect(codes).toEqual(['10个 220104', '16个 220104']);
  });
});

describe('extractFacts(regions of place-figure pairs in one clause)', () => {
  const placed = (text: string) =>
    extractFacts(text, { date: '2024-06-01', resolver: lookup }).map(
      (f) => `${f.value}${f.unit} ${f.region_code}`,
    );

  it('gives each place the figure right after it, and 州直 units the prefecture', () => {
    expect(
      placed('延边州表彰模范集体40个，其中和龙市12个、龙井市9个、图们市7个，州直单位12个。'),
    ).toEqual(['40个 222400', '12个 222406', '9个 222405', '7个 222402', '12个 222400']);
  });
});

describe('extractFacts(the place of a table row does not scope the prose after it)', () => {
  it('leaves a national figure after an aligned table without the last row’s province', () => {
    const text = [
      '全国民族团结进步创建工作会议在京召开。',
      '',
      '表　部分省份新命名示范单位数（单位：个）',
      '省份　　　命名数',
      '吉林省　　12',
      '贵州省　　15',
      '',
      '中央财政下达创建补助资金15亿元，支持项目1500余个。',
    ].join('\n');
    const last = extractFacts(text, { date: '2024-06-01', resolver: lookup }).at(-1);
    expect(last?.value).toBe(1500);
    expect(last?.region_code).toBeNull();
  });
});

describe('extractFacts(stems of autonomous counties listed after their full names)', () => {
  it('reads 长阳、五峰两县 as the two counties named in full before', () => {
    const text =
      '长阳土家族自治县和五峰土家族自治县创建成效明显。长阳、五峰两县今年分别新命名示范单位14个、9个。';
    const codes = extractFacts(text, { date: '2024-06-01', resolver: lookup }).map(
      (f) => `${f.value}${f.unit} ${f.region_code}`,
    );
    expect(codes).toEqual(['14个 420528', '9个 420529']);
  });
});

describe('extractFacts(a scope word in a paragraph led by another place)', () => {
  it('reads 全市 as the city its paragraph opens with, not the page’s county', () => {
    const text = [
      '和龙市民族团结进步创建工作综述',
      '',
      '和龙市今年新命名示范单位12个。',
      '',
      '吉林市今年争取创建资金300万元。全市开展宣讲活动420场次。',
    ].join('\n');
    const last = extractFacts(text, { date: '2024-06-01', resolver: lookup }).at(-1);
    expect(`${last?.value}${last?.unit} ${last?.region_code}`).toBe('420场次 220200');
  });
});
