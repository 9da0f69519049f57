import { beforeAll, describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../scripts/gazetteer';
import {
  createRegionLookup,
  detectDocumentDate,
  extractFacts,
  type ExtractedFact,
  type RegionLookup,
} from '../../src/lib/extract';

let resolver: RegionLookup;
beforeAll(() => {
  resolver = createRegionLookup(buildGazetteer());
});

const run = (text: string, date: string | null = '2024-08-20') =>
  extractFacts(text, { date: date ?? undefined, resolver });
const brief = (f: ExtractedFact) => `${f.value}${f.unit} ${f.theme}`;
const when = (f: ExtractedFact) =>
  f.year ?? (f.period ? `${f.period.start}–${f.period.end}` : null);

describe('extractFacts(claims over a whole set of places)', () => {
  it('counts the places covered in the theme of the work that covers them', () => {
    const facts = run(
      '黔东南州创建工作实现16个县市全覆盖。全州所辖8个乡镇均创建为州级示范乡镇。全州开展宣讲300场,实现13个县市全覆盖。',
    );
    expect(facts.map(brief)).toEqual([
      '16个 coverage',
      '8个 coverage',
      '300场 trainings',
      '13个 trainings',
    ]);
    expect(facts[0]?.indicator).toBe('创建覆盖县市数');
  });

  it('leaves a claim without a figure, and places where something happened, out', () => {
    expect(run('全县实现示范创建全覆盖。')).toEqual([]);
    expect(run('在全旗220个行政村开展示范家庭评选。').map(brief)).toEqual(['220个 other']);
  });
});

describe('extractFacts(norms per year and per unit)', () => {
  it('makes them targets with a floor, of no one year unless a plan period holds them', () => {
    const facts = run(
      '每年举办专题培训班不少于4期,轮训基层干部每年不少于1000人次;每村至少选派宣讲员1名。“十四五”期间,州财政每年安排专项资金不少于1000万元。',
    );
    expect(facts.map((f) => [brief(f), f.qualifier, f.is_target, when(f)])).toEqual([
      ['4期 trainings', 'at_least', true, null],
      ['1000人次 trainings', 'at_least', true, null],
      ['1名 trainings', 'at_least', true, null],
      ['10000000元 funding', 'at_least', true, '2021–2025'],
    ]);
  });
});

describe('extractFacts(nominations and demonstration households)', () => {
  it('keeps the theme of the title put forward for and says 推荐 in the indicator', () => {
    const facts = run('全州推荐申报全国民族团结进步模范集体12个、模范个人15名。');
    expect(facts.map(brief)).toEqual(['12个 honours', '15名 honours']);
    expect(facts.map((f) => f.indicator)).toEqual(['推荐申报模范集体数', '推荐申报模范个人数']);
  });

  it('counts demonstration households selected as coverage, model ones honoured as honours', () => {
    expect(run('全旗评选出民族团结进步示范家庭500户。').map(brief)).toEqual(['500户 coverage']);
    expect(run('社区有8名居民获评州级以上民族团结进步模范个人。').map(brief)).toEqual([
      '8名 honours',
    ]);
  });
});

describe('extractFacts(donors)', () => {
  it('gives aid to the region that receives it, not to the donor', () => {
    const text =
      '怒江州东西部协作工作\n在珠海市对口帮扶下,2023年全州投入帮扶资金3000万元。上海市援建资金2000万元用于文山州示范村建设。';
    expect(run(text).map((f) => [f.value, f.region_name])).toEqual([
      [30_000_000, '怒江傈僳族自治州'],
      [20_000_000, '文山壮族苗族自治州'],
    ]);
  });
});

describe('extractFacts(the document present)', () => {
  const text =
    '截至目前,全州累计建成示范单位412个。力争年底前新增示范单位不少于10个。明年全年开展宣讲不少于500场次。' +
    '2022年,全州召开表彰大会。同年,全州举办培训班25期。全年开展宣传活动800场。';

  it('resolves 截至目前, 年底前, 明年, 同年 and 全年 against the document date', () => {
    expect(run(text, '2023-12-18').map((f) => [f.value, when(f)])).toEqual([
      [412, 2023],
      [10, 2023],
      [500, 2024],
      [25, 2022],
      [800, 2023],
    ]);
  });

  it('reads 全年 in a report dated early in a year as the year it looks back on', () => {
    expect(run('全年开展宣传活动800场。', '2024-01-10').map(when)).toEqual([2023]);
  });

  it('leaves them without a year in an undated document, except 同年', () => {
    expect(run(text, null).map((f) => [f.value, when(f)])).toEqual([
      [412, null],
      [10, null],
      [500, null],
      [25, 2022],
      [800, null],
    ]);
  });

  it('reads 三年内 as a span, not the document year', () => {
    expect(run('力争三年内建成示范村20个。', '2023-06-01').map(when)).toEqual([null]);
  });

  it('runs a year to the present: 2018年截至目前 is a period', () => {
    expect(run('2018年截至目前,共举办培训班30期。', '2023-06-01').map(when)).toEqual(['2018–2023']);
  });
});

describe('extractFacts(lists before 分别)', () => {
  it('pairs listed years, year runs and categories with the figures in order', () => {
    const facts = run(
      '2021年、2022年、2023年分别举办培训班12期、15期、18期。全州2021年至2023年分别投入创建资金100万元、200万元、300万元。全州示范单位中,机关、学校、企业分别为12个、15个、18个。',
    );
    expect(facts.map((f) => [f.value, when(f)]).slice(0, 6)).toEqual([
      [12, 2021],
      [15, 2022],
      [18, 2023],
      [1_000_000, 2021],
      [2_000_000, 2022],
      [3_000_000, 2023],
    ]);
    expect(facts.slice(6).map((f) => [brief(f), f.indicator.slice(0, 2)])).toEqual([
      ['12个 coverage', '机关'],
      ['15个 coverage', '学校'],
      ['18个 coverage', '企业'],
    ]);
  });

  it('pairs nothing when the list and the figures disagree in number', () => {
    const facts = run('2022年、2023年分别举办培训班12期、15期、18期。');
    expect(facts.map(when)).toEqual([2023, 2023, 2023]);
  });
});

describe('extractFacts(magnitudes, bounds and ranges)', () => {
  it('reads 数十, 逾千, 近千 and 两万多 as what the text says', () => {
    const facts = run('开展宣讲数十场,逾千人参加,近千名群众观看演出,培训干部两万多人次。');
    expect(facts.map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [10, '场', 'more_than'],
      [1000, '人', 'more_than'],
      [1000, '名', 'approx'],
      [20_000, '人次', 'more_than'],
    ]);
  });

  it('records a range by its lower end, at least that', () => {
    const [fact] = run('单场听众150至200人不等。');
    expect([fact?.value, fact?.value_max, fact?.qualifier]).toEqual([150, 200, 'at_least']);
  });

  it('reads 约占 as approximate', () => {
    expect(run('朝鲜族人口约占30%。').map((f) => f.qualifier)).toEqual(['approx']);
  });
});

describe('extractFacts(page furniture and transcripts)', () => {
  const page = [
    '大理州民宗委主任答记者问',
    '【发布时间：2024/3/5】【来源：大理州民宗委】',
    '伊州党发〔2023〕27号',
    '问：大理州创建工作取得了哪些成效？',
    '答：截至目前，全州累计建成示范单位1200个。老党员王某今年58岁。',
    '公安备案号：53290102000123号　传真：0872-2123457　邮编：671000',
    '本文阅读量：3562　浏览量：1.2万次',
  ].join('\n');

  it('takes the bracketed publication date as the document date', () => {
    expect(detectDocumentDate(page)).toBe('2024-03-05');
  });

  it('keeps the answers and leaves document numbers, ages and footers out', () => {
    expect(extractFacts(page, { resolver }).map((f) => [brief(f), f.year])).toEqual([
      ['1200个 coverage', 2024],
    ]);
  });
});
