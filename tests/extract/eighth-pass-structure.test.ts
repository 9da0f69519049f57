/**
 * Readers' rules on structure (tables, PDF breaks, markup) and on years found on the seventh
 * blind set (eighth pass of issue #5), each on text written for this test.
 */
import { describe, expect, it } from 'vitest';
import { brief, run, gazetteerLookup } from './support';
import { extractFacts } from '../../src/lib/extract';

const lookup = gazetteerLookup();

describe('extractFacts(a table whose caption lists two units)', () => {
  it('gives the money unit to the money columns and the count unit to the count column', () => {
    const text = [
      '表1　各乡镇示范创建补助资金安排表（单位：万元、个）',
      '| 乡镇 | 补助资金 | 项目数 |',
      '|---|---|---|',
      '| 东坝乡 | 35.5 | 3 |',
      '| 西河镇 | 20 | 2 |',
    ].join('\n');
    expect(run(text).map(brief)).toEqual([
      '355000元 funding',
      '3个 funding',
      '200000元 funding',
      '2个 funding',
    ]);
  });

  it('keeps a rate column a rate', () => {
    const text = [
      '表3　各镇项目资金执行情况（单位：万元、个）',
      '| 镇 | 下达资金 | 项目数 | 完成比例 |',
      '|---|---|---|---|',
      '| 东坝镇 | 80 | 4 | 95 |',
    ].join('\n');
    expect(run(text).map((f) => `${f.value}${f.unit}`)).toEqual(['800000元', '4个', '95%']);
  });

  it('reads a caption listing 人 and 万元 the same way', () => {
    const text = [
      '各县培训经费和参训人数（单位：万元，人）',
      '| 县 | 培训经费 | 参训人数 |',
      '|---|---|---|',
      '| 北山县 | 12 | 340 |',
    ].join('\n');
    expect(run(text).map(brief)).toEqual(['120000元 funding', '340人 trainings']);
  });
});

describe('extractFacts(a table over districts of one city)', () => {
  const table = [
    '表2　2023年各区示范创建情况',
    '指标              薛城区   市中区   峄城区   台儿庄区',
    '示范社区（个）    7        4        5        3',
    '示范学校（所）    2        1        3        2',
  ].join('\n');
  const cells = () =>
    extractFacts(table, { date: '2024-01-10', resolver: lookup })
      .filter((f) => f.unit === '个')
      .map((f) => `${f.value} ${f.region_code}`);

  it('reads a district name shared by several cities as the one of the city the others share', () => {
    // 市中区 is a district of 济南, 枣庄, 内江 and 乐山; the others are only 枣庄's.
    expect(cells()).toEqual(['7 370403', '4 370402', '5 370404', '3 370405']);
  });
});

describe('extractFacts(a PDF line break inside a unit word)', () => {
  it('reads 学⏎时 and 人⏎次 as the unit they split', () => {
    const text = [
      '今年全县组织基层干部参加民族政策专题培训，每人累计不少于32学',
      '时。全年开展民族团结宣讲活动，受众累计达到5600人',
      '次，比上年有所增加。',
    ].join('\n');
    expect(run(text).map((f) => `${f.value}${f.unit}`)).toEqual(['32学时', '5600人次']);
  });

  it('leaves 人 alone when the next line opens another word (次日)', () => {
    const text = ['本次培训班共有学员56人', '次日上午开班，共设5个专题。'].join('\n');
    expect(run(text).map((f) => `${f.value}${f.unit}`)).toContain('56人');
  });
});

describe('extractFacts(a year named as the base of a comparison)', () => {
  it('dates the rise by the sentence, not by the year it is compared with', () => {
    const facts = run(
      '2024年，全州安排民族团结进步创建经费860万元，比2023年增加120万元。',
      '2025-02-10',
    );
    expect(facts.map((f) => `${f.value} ${f.year}`)).toEqual(['8600000 2024', '1200000 2024']);
  });
});

describe('extractFacts(a sentence of an HTML page naming a filing)', () => {
  it('is no page furniture when it ends on a full stop before its closing tag', () => {
    const html = '<p>请各县于6月底前报送备案材料，项目资金年底前支出比例须达到85%以上。</p>';
    expect(run(html).map((f) => `${f.value}${f.unit}`)).toEqual(['85%']);
  });

  it('still drops a footer line with a registration number', () => {
    const html = '<p>网站备案：某ICP备12345678号　访问量：3562次</p>';
    expect(run(html)).toEqual([]);
  });
});

describe('extractFacts(the base figure of a comparison)', () => {
  it('dates the figure after 较上年同期的 by the year before', () => {
    const facts = run('上半年开展民族团结宣讲52场，较上年同期的40场增加12场。', '2025-07-05');
    expect(facts.map((f) => `${f.value}${f.unit} ${f.year}`)).toEqual([
      '52场 2025',
      '40场 2024',
      '12场 2025',
    ]);
  });

  it('keeps the year named before the base figure', () => {
    const facts = run('2024年举办培训班18期，比2023年的11期增加7期。', '2025-01-20');
    expect(facts.map((f) => `${f.value}${f.unit} ${f.year}`)).toEqual([
      '18期 2024',
      '11期 2023',
      '7期 2024',
    ]);
  });
});
