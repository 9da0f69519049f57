/**
 * Readers' rules found on the sixth blind set (seventh pass of issue #5), each on sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { brief, run } from './support';

const themes = (text: string) => run(text).map(brief);

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

describe('extractFacts(an outturn restated per unit)', () => {
  it('counts the outturn, not the share-out it reached (实现每社区1名)', () => {
    expect(themes('今年培训社区民族工作宣讲员48名，实现每社区1名。')).toEqual(['48名 trainings']);
  });
});
