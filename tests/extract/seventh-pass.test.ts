/**
 * Readers' rules found on the sixth blind set (seventh pass of issue #5), each on sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../scripts/gazetteer';
import { createRegionLookup, extractFacts, type ExtractedFact } from '../../src/lib/extract';

const brief = (f: ExtractedFact) => `${f.value}${f.unit} ${f.theme}`;
const run = (text: string, date = '2024-06-01') => extractFacts(text, { date });
const themes = (text: string) => run(text).map(brief);
const lookup = createRegionLookup(buildGazetteer());

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

describe('extractFacts(claims over a whole set of places)', () => {
  it('counts places all carrying out creation activities under coverage', () => {
    expect(themes('全市8个街道、64个社区均开展"同心筑梦"创建活动。')).toEqual([
      '8个 coverage',
      '64个 coverage',
    ]);
  });

  it('counts places all being or having finished demonstration creation', () => {
    expect(themes('全盟7个旗县均为自治区级民族团结进步示范旗县。')).toEqual(['7个 coverage']);
    expect(themes('全省5个民族自治县全部完成示范县创建。')).toEqual(['5个 coverage']);
  });

  it('counts places that all set up a lecture team under trainings', () => {
    expect(themes('全市6个区县均组建了民族团结宣讲团。')).toEqual(['6个 trainings']);
  });
});

describe('extractFacts(a second breakdown of the commended)', () => {
  it('counts the categories after 按类别分 like the places before it', () => {
    expect(
      themes('受表彰的先进集体中，东区12个、西区9个；按类别分，机关8个、学校7个、社区6个。'),
    ).toEqual(['12个 honours', '9个 honours', '8个 honours', '7个 honours', '6个 honours']);
  });
});

describe('extractFacts(sites of ethnic culture built)', () => {
  it('counts squares, heritage bases and transmission halls built under coverage', () => {
    expect(themes('镇里建成苗族文化广场2个、芦笙传习所3个。')).toEqual([
      '2个 coverage',
      '3个 coverage',
    ]);
    expect(themes('今年打造瑶族刺绣等民族文化传承基地5个。')).toEqual(['5个 coverage']);
  });
});

describe('extractFacts(a decimal broken at the end of a short line)', () => {
  it('joins 1.⏎8万人次 when the short line ends a clause on the decimal point', () => {
    const text =
      '全县组织宣讲团开展巡回宣讲活动，覆盖城乡社区和学校\n三百余场次，受众2.\n8万人次。';
    expect(run(text).map((f) => `${f.value}${f.unit}`)).toContain('28000人次');
  });
});

describe('extractFacts(welfare payments and yearly changes of funds)', () => {
  it('files livelihood subsidies and allowances as other', () => {
    expect(themes('全年发放民生补贴2.3亿元，发放高龄津贴860万元。')).toEqual([
      '230000000元 other',
      '8600000元 other',
    ]);
  });

  it('counts a change 同比 of the work’s funds as funding', () => {
    expect(themes('今年县财政安排创建经费500万元，同比增加80万元。')).toEqual([
      '5000000元 funding',
      '800000元 funding',
    ]);
  });
});

describe('extractFacts(shares of the trained and where the honoured come from)', () => {
  it('counts a share of a part named after 其中 in the total’s theme', () => {
    expect(themes('全年培训基层干部900人，其中少数民族干部占比约七成。')).toEqual([
      '900人 trainings',
      '70% trainings',
    ]);
  });

  it('files the provinces the honoured come from as other', () => {
    expect(themes('受表彰的模范个人来自全国28个省（区、市）。')).toEqual(['28个 other']);
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

describe('extractFacts(rounds of a naming series)', () => {
  it('counts no rounds of naming (命名十二批) but the units named', () => {
    expect(themes('全省已命名十二批省级民族团结进步示范单位共860个。')).toEqual(['860个 coverage']);
  });
});

describe('extractFacts(training of every place’s officials and study exchanges)', () => {
  it('counts the places whose officials all took part in a training under trainings', () => {
    expect(themes('全县9个乡镇分管负责同志、县直单位联络员共120人参加培训。')).toEqual([
      '9个 trainings',
      '120人 trainings',
    ]);
  });

  it('counts study exchange trips of cadres under trainings', () => {
    expect(themes('每年组织村干部赴先进地区学习交流不少于3次。')).toEqual(['3次 trainings']);
  });
});

describe('extractFacts(places all brought into a funded programme)', () => {
  it('counts them under funding', () => {
    expect(themes('截至去年底，全州23个乡镇全部纳入兴边富民行动。')).toEqual(['23个 funding']);
  });
});
