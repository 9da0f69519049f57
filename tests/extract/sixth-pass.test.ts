/**
 * Readers' rules found on the fifth blind set (sixth pass of issue #5), each on sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { brief, run, gazetteerLookup } from './support';
import { extractFacts } from '../../src/lib/extract';

const themes = (text: string) => run(text).map(brief);
const lookup = gazetteerLookup();
const placed = (text: string, date = '2024-06-01') =>
  extractFacts(text, { date, resolver: lookup }).map((f) => `${f.value}${f.unit} ${f.region_code}`);

describe('extractFacts(rates of how the work went)', () => {
  it('files satisfaction and awareness of the work as other, not under its theme', () => {
    expect(themes('全年举办培训班8期，参训学员对课程的满意度为93.5%。')).toEqual([
      '8期 trainings',
      '93.5% other',
    ]);
    expect(themes('居民对民族团结创建工作的知晓率达到88%。')).toEqual(['88% other']);
  });

  it('files an outturn rate of spending funds as other, a required one as a funding rule', () => {
    expect(themes('下达创建补助资金600万元，资金拨付率为91.2%。')).toEqual([
      '6000000元 funding',
      '91.2% other',
    ]);
    expect(themes('项目资金支出进度11月底前须达到85%以上。')).toEqual(['85% funding']);
  });
});

describe('extractFacts(shares and honours of the honoured)', () => {
  it('counts the make-up of the commended in their honours', () => {
    expect(themes('在获得表彰的先进个人中，女性占41.5%，基层干部超过七成。')).toEqual([
      '41.5% honours',
      '70% honours',
    ]);
    // A share of something else in a commendation sentence stays other.
    expect(themes('表彰模范集体20个，全县少数民族人口占36.2%。')).toEqual([
      '20个 honours',
      '36.2% other',
    ]);
  });

  it('counts honours a unit received as honours', () => {
    expect(themes('该社区累计获得省级以上荣誉12项，其中全国性荣誉3项。')).toEqual([
      '12项 honours',
      '3项 honours',
    ]);
  });
});

describe('extractFacts(pay and subsidy per head)', () => {
  it('files what each person or household receives as other, not as funding', () => {
    expect(themes('全乡聘用民族团结联络员86人，每人每月补贴800元。')).toEqual([
      '86人 other',
      '800元 other',
    ]);
    expect(themes('对搬迁群众发放生活补助人均3,600元。')).toEqual(['3600元 other']);
    // A budget standard per resident stays funding.
    expect(themes('县财政按人均3元的标准安排创建工作经费。')).toEqual(['3元 funding']);
  });
});

describe('extractFacts(counts that take the theme of what they refer to)', () => {
  it('counts courses a training developed (门) as trainings', () => {
    expect(themes('全年轮训基层干部900人次，编写乡土教材课程8门。')).toEqual([
      '900人次 trainings',
      '8门 trainings',
    ]);
  });

  it('gives a clause that sums up (共N个) the theme of the clause before it', () => {
    expect(themes('2022年，省民委命名第五批民族团结进步示范单位，共156个地方和单位。')).toEqual([
      '156个 coverage',
    ]);
  });

  it('gives a share of 其中 the theme of the total it is a share of', () => {
    expect(themes('今年下达少数民族发展资金5.2亿元。边境县获得其中的四成。')).toEqual([
      '520000000元 funding',
      '40% funding',
    ]);
  });

  it('reads a quoted name between places and their claim as one word', () => {
    expect(themes('全市9个区（县）"石榴红·同心圆"联建机制实现全覆盖。')).toEqual(['9个 coverage']);
  });
});

describe('extractFacts(a PDF break before a bracketed gloss)', () => {
  it('joins a noun and its gloss broken across lines, so the figure keeps its noun', () => {
    const text = '全县今年表彰模范集体15个、模范个人30名，新增示范村\n（社区）9个。';
    expect(themes(text)).toEqual(['15个 honours', '30名 honours', '9个 coverage']);
  });
});

describe('extractFacts(figures each place has)', () => {
  it('gives one fact per place listed before 各', () => {
    const text = '楚雄州表彰模范集体40个，其中大姚县、姚安县各有4个。';
    expect(placed(text)).toEqual(['40个 532300', '4个 532326', '4个 532325']);
  });
});

describe('extractFacts(regions)', () => {
  it('finds counties whose full name has two characters where they stand as a word', () => {
    expect(placed('（一）茂县\n茂县今年表彰模范集体23个。')).toEqual(['23个 513223']);
    expect(placed('（二）芒市\n芒市今年开展宣讲120场。')).toEqual(['120场 533103']);
  });

  it('gives a count of listed places to the place they lie in', () => {
    const text = '阿坝州今年成效显著，汶川、黑水县2县入选全国民族团结进步示范县。';
    expect(placed(text)).toEqual(['2个 513200']);
  });

  it("does not take a meeting's venue for the region of the figures it announces", () => {
    const text = '全国民族团结进步表彰大会在北京隆重召开，大会表彰模范集体300个。';
    expect(placed(text)).toEqual(['300个 null']);
  });

  it('does not take a level compared with (低于全省平均) for the region of the figure', () => {
    const text = '恩施州今年示范村占比为41%，高于全省平均水平3个百分点。';
    expect(placed(text)).toEqual(['41% 422800', '3百分点 422800']);
  });

  it('does not let a place given as an example point to later figures', () => {
    const text =
      '四川省表彰大会授予成都市武侯区某街道等200个集体模范集体称号，授予300名同志模范个人称号。';
    expect(placed(text)).toEqual(['200个 510000', '300名 510000']);
  });
});

describe('extractFacts(time of a heading)', () => {
  it('dates the first sentence under a heading by the time the heading names', () => {
    const text = '三、明年打算\n全县计划举办专题培训班6期。';
    expect(run(text, '2024-12-20').map((f) => `${f.value}${f.unit} ${f.year}`)).toEqual([
      '6期 2025',
    ]);
  });
});
