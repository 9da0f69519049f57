/**
 * Readers' rules found on the third blind set (fourth pass of issue #5), each on sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { brief, run } from './support';
import {
  detectDocumentDate,
  extractFacts,
  normalizeText,
  readDocument,
} from '../../src/lib/extract';

const themes = (text: string) => run(text).map(brief);

describe('normalizeText(PDF line breaks)', () => {
  it('joins a figure wrapped across lines of running prose', () => {
    const text =
      '全年在各乡镇累计建成县级以上民族团结进步示范点48\n个,争取资金实施少数民族特色村寨保护与发展项目1\n2个。';
    expect(normalizeText(text).text).toContain(
      '示范点48个,争取资金实施少数民族特色村寨保护与发展项目12个。',
    );
    expect(themes(text)).toEqual(['48个 coverage', '12个 funding']);
  });

  it('keeps line breaks after short lines, list marks and table rows', () => {
    expect(normalizeText('表3\n2个').text).toBe('表3\n2个');
    expect(normalizeText('全县新建示范村共计达到了以下数量：2023\n1.示范村').text).toContain(
      '2023\n1.',
    );
    expect(normalizeText('| 北塔区 | 12 | 15 |\n| 双清区 | 9 | 11 |').text).toContain('15|\n|');
  });
});

describe('normalizeText(PDF line breaks inside sentences)', () => {
  it('joins prose wrapped mid-word, so the sentence keeps its time and theme', () => {
    const text =
      '（二）宣传教育。以节庆为载体开展主题活动。全年共举办民族团结培训\n班12期，县委县政府召开表彰大会表彰模范集体8个、模范\n个人9名。';
    const facts = extractFacts(text, { date: '2024-02-01' });
    expect(facts.map(brief)).toEqual(['12期 trainings', '8个 honours', '9名 honours']);
    expect(facts.map((f) => f.year)).toEqual([2023, 2023, 2023]);
  });

  it('keeps headings, list items, labelled lines and lines ending on a figure apart', () => {
    const kept = [
      '二、民族团结进步创建工作的主要做法\n全年新建示范村5个。',
      '全年开展民族团结宣讲活动，覆盖全县各乡镇\n（三）模范表彰',
      '甲县：模范集体11个，模范个人23名\n州直单位：模范集体21个',
      '全县累计建成各级民族团结进步示范单位共计23个\n全年新建示范村5个',
    ];
    for (const text of kept) expect(normalizeText(text).text).toContain('\n');
  });
});

describe('extractFacts(N年来 in Chinese numerals)', () => {
  it('reads a span of more than twenty years as no period, not its last digits', () => {
    const [fact] = extractFacts('建国六十五年来,全国共表彰模范集体1166个。', {
      date: '2014-09-28',
    });
    expect(fact?.period).toBeNull();
    const [recent] = extractFacts('十二年来,全县共表彰模范集体120个。', { date: '2024-09-28' });
    expect(recent?.period).toEqual({ start: 2013, end: 2024 });
  });
});

describe('extractFacts(whole sets reached by training)', () => {
  it('counts every place of a whole that a training reached', () => {
    expect(themes('县委党校对全县9个镇、86个社区的支部书记开展全员轮训。')).toEqual([
      '9个 trainings',
      '86个 trainings',
    ]);
    expect(themes('年内实现对全市214个行政村“两委”干部轮训一遍。')).toEqual(['214个 trainings']);
  });

  it('counts places whose creation rate is full, or that all set up a station of the work', () => {
    expect(themes('全县143个行政村创建工作覆盖率达到100%。')).toEqual([
      '143个 coverage',
      '100% coverage',
    ]);
    expect(themes('全区7个街道均已成立民族团结进步服务站。')).toEqual(['7个 coverage']);
  });

  it('themes a claim that opens its sentence by the work after it', () => {
    expect(themes('全旗6个苏木镇全覆盖,共开展民族团结宣讲活动80余场次。')).toEqual([
      '6个 trainings',
      '80场次 trainings',
    ]);
  });

  it('counts places to be created as demonstration units (创建为) as coverage', () => {
    expect(themes('力争3个县创建为全国民族团结进步示范县。').map((s) => s)).toEqual([
      '3个 coverage',
    ]);
  });
});

describe('extractFacts(honours, propaganda, funds)', () => {
  it('files candidates for collectives and individuals at a commendation as honours', () => {
    expect(themes('全县表彰大会前,各乡镇推荐了31个候选集体和45名候选个人。')).toEqual([
      '31个 honours',
      '45名 honours',
    ]);
  });

  it('counts schools among the honoured collectives as honours, schools named as units as coverage', () => {
    expect(themes('获表彰的模范集体中,中学和小学27所、社区9个。')).toEqual([
      '27所 honours',
      '9个 honours',
    ]);
    expect(themes('全县新命名民族团结进步示范学校5所。')).toEqual(['5所 coverage']);
  });

  it('counts service stations named after the work as coverage', () => {
    expect(themes('在商贸集中区设立民族团结服务站6个。')).toEqual(['6个 coverage']);
    expect(themes('建成“石榴籽”服务驿站14个。')).toEqual(['14个 coverage']);
  });

  it('counts programmes and articles put out by the work as trainings', () => {
    expect(themes('编排民族团结歌舞节目24个,在市级媒体刊发创建稿件57篇。')).toEqual([
      '24个 trainings',
      '57篇 trainings',
    ]);
  });

  it('counts pupils a campaign reached as trainings', () => {
    expect(themes('开展“民族团结进校园”活动,覆盖师生六千余名。')).toEqual(['6000名 trainings']);
  });

  it('reads rules on spending and required shares of funds as funding', () => {
    expect(themes('各县资金支出进度10月底前不低于70%。')).toEqual(['70% funding']);
    expect(themes('乡镇配套资金不低于总投入的15%。')).toEqual(['15% funding']);
    // A share the funds make up is not a rule on them.
    expect(themes('安排重点县资金2000万元,占资金总额的40%。')).toEqual([
      '20000000元 funding',
      '40% other',
    ]);
  });
});

describe('extractFacts(numerals)', () => {
  it('keeps an estimate in Chinese numerals after a list of places', () => {
    expect(themes('宣讲团深入回族、东乡族、保安族聚居村宣讲二十余场。')).toEqual([
      '20场 trainings',
    ]);
  });

  it('reads 成 after a single digit as tenths', () => {
    const [share] = run('全县少数民族人口占比接近七成。');
    expect(share).toMatchObject({ value: 70, unit: '%', qualifier: 'approx' });
    expect(run('建成示范村5个,成员单位一成不变。').map(brief)).toEqual(['5个 coverage']);
    expect(run('全县9成员单位参加。').filter((f) => f.unit === '%')).toEqual([]);
  });
});

describe('readDocument(HTML table under a title with an ideographic space)', () => {
  it('reads the cells under their header, in the multiple the header names', async () => {
    const html =
      '<p>表4　2023年宣讲情况</p><table><tr><th>县</th><th>宣讲场次（场）</th><th>受众（万人次）</th></tr>' +
      '<tr><td>甲县</td><td>120</td><td>3.5</td></tr></table>';
    const { text } = await readDocument('t.html', html);
    const facts = extractFacts(text, { date: '2024-03-01' });
    expect(facts.map(brief)).toEqual(['120场 trainings', '35000人次 trainings']);
    expect(facts.map((f) => f.year)).toEqual([2023, 2023]);
  });
});

describe('extractFacts(table total rows)', () => {
  const table = (intro: string) =>
    `${intro}\n\n| 旗 | 补助资金（万元） |\n|---|---|\n| 甲旗 | 300 |\n| 乙旗 | 200 |\n| 合计 | 500 |\n`;

  it('counts a total row once when the text already states it', () => {
    const facts = run(table('本批共下达补助资金500万元。'));
    expect(facts.filter((f) => f.value === 5_000_000)).toHaveLength(1);
    expect(facts.map((f) => f.value).sort()).toEqual([2_000_000, 3_000_000, 5_000_000]);
  });

  it('keeps a total row the text does not state', () => {
    const facts = run(table('现将补助资金分配如下。'));
    expect(facts.map((f) => f.value).sort()).toEqual([2_000_000, 3_000_000, 5_000_000]);
    expect(facts.find((f) => f.value === 5_000_000)?.evidence).toContain('合计');
  });
});

describe('extractFacts(time words of the present)', () => {
  const time = (text: string, date: string) =>
    extractFacts(text, { date }).map((f) => [f.year, f.period]);

  it('reads 去年以来 and 前年以来 as periods to the document year', () => {
    expect(time('去年以来,全县累计投入创建资金860万元。', '2024-05-10')).toEqual([
      [null, { start: 2023, end: 2024 }],
    ]);
    expect(time('前年以来,累计推出宣传稿件320篇。', '2024-05-10')).toEqual([
      [null, { start: 2022, end: 2024 }],
    ]);
  });

  it('reads 过去一年 and 一年来 as the last finished year', () => {
    expect(time('过去一年,全州新建示范社区12个。', '2024-03-12')).toEqual([[2023, null]]);
    expect(time('一年来,全县举办培训班20期。', '2024-12-20')).toEqual([[2024, null]]);
  });

  it('keeps a month deadline in the document year', () => {
    expect(time('项目资金支出进度9月底前不低于70%。', '2024-06-18')).toEqual([[2024, null]]);
    // A month after the document's, without a deadline, is of the year before.
    expect(time('11月,全县举办培训班3期。', '2024-03-18')).toEqual([[2023, null]]);
  });
});

describe('detectDocumentDate(signature in Chinese numerals)', () => {
  it('reads a date line written in Chinese numerals', () => {
    const text =
      '关于2022年工作情况的报告\n\n今年全县新建示范村12个。\n\n县民族宗教事务局\n二〇二二年十二月十五日\n';
    expect(detectDocumentDate(text)).toBe('2022-12-15');
    expect(extractFacts(text)[0]?.year).toBe(2022);
  });

  it('does not take a Chinese-numeral date inside a sentence', () => {
    expect(detectDocumentDate('会议于二〇二二年十二月十五日召开,表彰模范集体8个。')).toBeNull();
  });
});

describe('extractFacts(print run of an official document)', () => {
  it('reads the print run in the imprint as furniture, printed materials as figures', () => {
    expect(themes('州民委办公室 2024年3月5日印发 (共印150份)')).toEqual([]);
    expect(themes('全年印发民族团结宣传手册3000份。')).toEqual(['3000份 trainings']);
  });
});
