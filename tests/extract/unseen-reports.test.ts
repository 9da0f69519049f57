/**
 * Readers' rules found on the second blind set (third pass of issue #5), each on sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../scripts/gazetteer';
import { createRegionLookup, extractFacts, type ExtractedFact } from '../../src/lib/extract';

const brief = (f: ExtractedFact) => `${f.value}${f.unit} ${f.theme}`;
const run = (text: string) => extractFacts(text, { date: '2024-06-01' });
const themes = (text: string) => run(text).map(brief);

describe('extractFacts(counts of places)', () => {
  it('counts places that all carry out creation or set up its stations as coverage', () => {
    expect(themes('全市8个乡镇、96个行政村全部开展创建。')).toEqual([
      '8个 coverage',
      '96个 coverage',
    ]);
    expect(themes('全旗12个苏木镇均建立了民族团结进步创建联络站。')).toEqual(['12个 coverage']);
    expect(themes('全县11个区均已建立“石榴籽”服务站。')).toEqual(['11个 coverage']);
  });

  it('themes a whole-set claim by its own words, not by money in the clause before', () => {
    expect(themes('县财政今年投入创建经费300万元,全县6个镇实现创建全覆盖。')).toEqual([
      '3000000元 funding',
      '6个 coverage',
    ]);
  });

  it('leaves places that set up committees or hold their own events as background', () => {
    expect(themes('全州9个县市均成立了创建工作领导小组。')).toEqual(['9个 other']);
    expect(themes('全省14个市州、86个县区全面开展民族团结进步创建。')).toEqual([
      '14个 other',
      '86个 other',
    ]);
    expect(themes('全州4个县(市)同步开展轮训,累计举办培训班20期。')).toEqual([
      '4个 other',
      '20期 trainings',
    ]);
  });

  it('counts the places a training reached', () => {
    expect(themes('宣讲团深入全县9个乡镇开展宣讲。')).toEqual(['9个 trainings']);
  });

  it('does not count places told what to do as demonstration units', () => {
    expect(themes('全国120个民族自治地方要以命名为契机,深化创建。')).toEqual(['120个 other']);
  });

  it('reads 市级 as a level, not as places', () => {
    expect(themes('全市23个市级以上爱国主义教育基地开展宣传教育活动。')).toEqual([
      '23个 trainings',
    ]);
  });
});

describe('extractFacts(rates, materials and sessions)', () => {
  it('files a coverage rate of creation work as coverage and a forest cover rate as other', () => {
    expect(themes('到2026年,全县创建工作覆盖率达到95%。')).toEqual(['95% coverage']);
    expect(themes('全县森林覆盖率达到61.2%。')).toEqual(['61.2% other']);
  });

  it('counts printed study materials as trainings, library books as other', () => {
    expect(themes('编印发放双语宣传读本8000余册。')).toEqual(['8000册 trainings']);
    expect(themes('农家书屋藏书2.1万册。')).toEqual(['21000册 other']);
  });

  it('gives sessions counted anywhere in a sentence about a class the training theme', () => {
    expect(themes('他在村里开办苗绣讲习班,前后共开办15期,学员遍及周边村寨。')).toEqual([
      '15期 trainings',
    ]);
  });

  it('knows trainees by other names and study tours', () => {
    expect(themes('今年举办移民群众培训班8期,受训群众900人次。')).toEqual([
      '8期 trainings',
      '900人次 trainings',
    ]);
    expect(themes('组织各族青少年赴沪研学交流600余人。')).toEqual(['600人 trainings']);
  });

  it('counts a propaganda team of the work, not a folk troupe', () => {
    expect(themes('组建民族团结宣传队12支。')).toEqual(['12支 trainings']);
    expect(themes('全镇共有农村文艺宣传队4支。')).toEqual(['4支 other']);
  });
});

describe('extractFacts(figures that refer to others)', () => {
  it('continues an activity named in the sentence before a time word', () => {
    expect(themes('该县持续开展“红石榴宣讲”活动。今年共开展148场,覆盖群众2万人次。')).toEqual([
      '148场 trainings',
      '20000人次 trainings',
    ]);
  });

  it('breaks a naming down by region after 分地区看', () => {
    expect(themes('本批共命名示范单位300个。分地区看,甘肃省12个,四川省9个。')).toEqual([
      '300个 coverage',
      '12个 coverage',
      '9个 coverage',
    ]);
  });

  it('counts the change of a themed count like the count', () => {
    expect(themes('全县示范单位总数达到80个,比上年增加12个。')).toEqual([
      '80个 coverage',
      '12个 coverage',
    ]);
    expect(themes('全县常住人口32万人,比上年增加3000人。')).toEqual([
      '320000人 other',
      '3000人 other',
    ]);
  });

  it('counts candidates for collective and individual honours under honours', () => {
    expect(themes('各地共推荐候选集体60个、候选个人85名。')).toEqual([
      '60个 honours',
      '85名 honours',
    ]);
  });

  it('does not count the size of an attached list again', () => {
    const text = '授予50个集体“模范集体”称号。\n附件:模范集体名单(50个)';
    expect(themes(text)).toEqual(['50个 honours']);
  });

  it('counts a street built after a quoted name as a site of creation', () => {
    expect(themes('县城建成“民族团结一条街”3条。')).toEqual(['3条 coverage']);
  });
});

describe('extractFacts(pairing aid)', () => {
  it('files aid in total as other and the part for the work as funding', () => {
    expect(
      themes(
        '三年来,对口省份累计投入援疆资金12亿元,实施援疆项目300个,其中用于民族团结进步创建的项目20个、资金8000万元。',
      ),
    ).toEqual(['1200000000元 other', '300个 other', '20个 funding', '80000000元 funding']);
  });

  it('files aid spent on creation as funding', () => {
    expect(themes('协作城市投入帮扶资金900万元,支持建设民族团结进步示范村6个。')).toEqual([
      '9000000元 funding',
      '6个 coverage',
    ]);
  });
});

describe('extractFacts(donors of pairing aid)', () => {
  const lookup = createRegionLookup(buildGazetteer());
  const regionsOf = (text: string) =>
    extractFacts(text, { date: '2024-06-01', resolver: lookup }).map(
      (f) => `${f.value}${f.unit} ${f.region_name}`,
    );

  it('never files aid under the province that gives it', () => {
    expect(regionsOf('喀什地区:江苏省累计安排援疆资金8亿元。')).toEqual(['800000000元 喀什地区']);
    expect(regionsOf('和田地区:天津市第十批援疆指挥部安排资金3000万元。')).toEqual([
      '30000000元 和田地区',
    ]);
  });

  it('files money given to a place named after it under that place', () => {
    expect(regionsOf('杭州市投入资金900万元支持恩施土家族苗族自治州建设示范村。')).toEqual([
      '9000000元 恩施土家族苗族自治州',
    ]);
  });
});

describe('extractFacts(year lists before 分别)', () => {
  it('pairs the years with the figures of the 分别 clause when a total follows', () => {
    const facts = run('2019年、2020年分别举办骨干培训班6期、9期,两年共培训学员800余人次。');
    expect(facts.slice(0, 2).map((f) => `${f.value}${f.unit} ${f.year}`)).toEqual([
      '6期 2019',
      '9期 2020',
    ]);
  });
});
