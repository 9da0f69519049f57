import { describe, expect, it } from 'vitest';
import { detectDocumentDate, extractFacts, type ExtractedFact } from '../../src/lib/extract';

describe('detectDocumentDate(text)', () => {
  it.each([
    ['a labelled date', '标题\n发布时间:2023-05-12 09:30 来源:本站\n正文。', '2023-05-12'],
    ['a labelled Chinese date', '标题\n发布日期：2024年3月5日\n正文。', '2024-03-05'],
    ['a header timestamp', '标题\n2019-11-25 17:14:30  来源:  作者:\n正文。', '2019-11-25'],
    ['a day-first timestamp', '标题\n22.07.2019 17:41\n正文。', '2019-07-22'],
    ['a source line', '标题\n来源：新疆日报　2023年5月12日\n正文。', '2023-05-12'],
    ['a signature date', '标题\n正文。\n某县民族宗教事务局\n2022年12月28日', '2022-12-28'],
    ['a bracketed date line', '总结\n(2023年1月10日)\n正文。', '2023-01-10'],
    [
      'a dated address',
      '来源：http://www.gov.cn/xinwen/2017-05/28/content_5197841.htm\n正文。',
      '2017-05-28',
    ],
    [
      'a gov.cn file name',
      '来源：http://x.cn/xwzx/201001/t20100115_1223277.htm\n正文。',
      '2010-01-15',
    ],
  ])('reads %s', (_, text, date) => {
    expect(detectDocumentDate(text)).toBe(date);
  });

  it('never takes a year from the body', () => {
    expect(
      detectDocumentDate('标题\n2021年,全县投入资金500万元。\n2022年建成示范村8个。'),
    ).toBeNull();
  });

  it('rejects impossible dates', () => {
    expect(detectDocumentDate('发布时间:2023-13-45')).toBeNull();
  });
});

const yearsOf = (facts: ExtractedFact[]) =>
  facts.map((f) => [f.value, f.year, f.period ? [f.period.start, f.period.end] : null]);

describe('extractFacts(relative years)', () => {
  const text =
    '今年以来,全县新创建示范单位15个。去年全县举办培训班22期。近三年,县财政累计投入创建资金2600万元。' +
    '“十四五”以来,全县共表彰模范集体36个。2021年全县投入资金500万元,今年又投入300万元。';

  it('resolves them against the document date', () => {
    expect(yearsOf(extractFacts(text, { date: '2023-08-01' }))).toEqual([
      [15, 2023, null],
      [22, 2022, null],
      [26_000_000, null, [2021, 2023]],
      [36, null, [2021, 2023]],
      [5_000_000, 2021, null],
      [3_000_000, 2023, null],
    ]);
  });

  it('leaves them unresolved without a date, and never lends them an earlier year', () => {
    expect(yearsOf(extractFacts(text))).toEqual([
      [15, null, null],
      [22, null, null],
      [26_000_000, null, null],
      [36, null, null],
      [5_000_000, 2021, null],
      [3_000_000, null, null],
    ]);
  });

  it('takes the date from the page furniture', () => {
    const page = `发布时间：2023-12-20\n${text}`;
    expect(extractFacts(page).map((f) => f.year)).toEqual([2023, 2022, null, null, 2021, 2023]);
  });

  it('reads periods since a year, dates without a year and years that lost their 年', () => {
    const facts = extractFacts(
      '2011年以来,落实发展项目41项。自1988年召开第一次表彰大会以来,累计表彰156个集体。' +
        '5月28日,宣讲团16名成员开展宣讲。11月3日,命名示范单位12个。20139月,确定试点13个。',
      { date: '2015-06-30' },
    );
    expect(yearsOf(facts)).toEqual([
      [41, null, [2011, 2015]],
      [156, null, [1988, 2015]],
      [16, 2015, null],
      [12, 2014, null],
      [13, 2013, null],
    ]);
  });

  it('dates an event by its month and leaves yearly rates without a year', () => {
    const facts = extractFacts(
      '10月,州委召开表彰大会。会上,56个集体受到表彰。力争到2025年,每年培训干部不少于1000人次。',
      { date: '2022-11-08' },
    );
    expect(yearsOf(facts)).toEqual([
      [56, 2022, null],
      [1000, null, null],
    ]);
  });
});

describe('extractFacts(years of half-years and months)', () => {
  it('dates 上半年 to the document year', () => {
    const facts = extractFacts('上半年,开展双语宣讲52场。', { date: '2024-07-05' });
    expect(facts.map((f) => f.year)).toEqual([2024]);
  });

  it('gives a month after an explicit year that year, not the one before the document date', () => {
    const facts = extractFacts('项目须于2024年11月30日前完工,资金支付进度10月底前须达到90%以上。', {
      date: '2024-04-02',
    });
    expect(facts.map((f) => f.year)).toEqual([2024]);
    const report = extractFacts('10月,开展宣讲活动12场。', { date: '2024-04-02' });
    expect(report.map((f) => f.year)).toEqual([2023]);
  });
});
