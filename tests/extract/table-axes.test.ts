import { describe, expect, it } from 'vitest';
import { gazetteerLookup } from './support';
import { extractFacts, readDocument, type ExtractedFact } from '../../src/lib/extract';
import { captionIndicator, captionUnit, readAxisLabel } from '../../src/lib/extract/table-axes';
import { findTables } from '../../src/lib/extract/tables';

const lookup = gazetteerLookup();
const brief = (f: ExtractedFact) =>
  `${f.value}${f.unit} ${f.theme} ${f.year ?? '-'} ${f.region_name ?? '-'}`;
const run = (text: string) =>
  extractFacts(text, { date: '2024-03-01', resolver: lookup }).map(brief);

describe('captionUnit(caption) and captionIndicator(caption)', () => {
  it('reads the unit a title ends in, or a 单位 line, and the subject without 表N and 各县', () => {
    expect(captionUnit('表3　各县民族团结进步宣讲场次（场）')?.unit).toBe('场');
    expect(captionUnit('培训情况\n单位：万人次')?.factor).toBe(10000);
    expect(captionUnit('表3　2023年主要指标')).toBeNull();
    expect(captionIndicator('表3　各县民族团结进步宣讲场次（场）')).toBe('民族团结进步宣讲场次');
    expect(captionUnit('各县资金下达情况如下（万元）：')?.unit).toBe('元');
  });
});

describe('readAxisLabel(label)', () => {
  const none = () => null;
  it('tells a year, a total, a place and an indicator with its unit apart', () => {
    expect(readAxisLabel('2022年度', none, none).year).toBe(2022);
    expect(readAxisLabel('全市总计', none, none).total).toBe(true);
    expect(readAxisLabel('项目总数', none, none).total).toBe(false);
    const place = { code: '622922', name: '康乐县' };
    expect(readAxisLabel('康乐县', () => place, none).region).toEqual(place);
    const row = readAxisLabel('示范村（个）', none, none);
    expect([row.indicator, row.writtenUnit?.unit]).toEqual(['示范村', '个']);
    const year = readAxisLabel('2023年（场次）', none, none);
    expect([year.year, year.writtenUnit?.unit, year.indicator]).toEqual([2023, '场次', null]);
    const whole = readAxisLabel('全州', none, () => place);
    expect([whole.total, whole.region, whole.indicator]).toEqual([true, place, null]);
  });
});

describe('extractFacts(tables whose unit and subject are in the caption)', () => {
  it('reads places as rows × years as columns, the unit from the title, totals as the page region', () => {
    const text = [
      '临夏州民族团结进步宣传工作综述',
      '',
      '表3　各县市民族团结进步宣讲场次（场）',
      '',
      '| 县市 | 2022年 | 2023年 |',
      '|---|---|---|',
      '| 康乐县 | 88 | 95 |',
      '| 永靖县 | 70 | — |',
      '| 全州合计 | 158 | 170 |',
    ].join('\n');
    expect(run(text)).toEqual([
      '88场 trainings 2022 康乐县',
      '95场 trainings 2023 康乐县',
      '70场 trainings 2022 永靖县',
      '158场 trainings 2022 临夏回族自治州',
      '170场 trainings 2023 临夏回族自治州',
    ]);
  });

  it('gives a bare 合计 row the parent of the places it adds up, not the page region', () => {
    const text = [
      '甘肃省民族团结进步创建工作通报',
      '',
      '2023年部分县新命名示范村（单位：个）',
      '| 县 | 示范村 |',
      '|---|---|',
      '| 康乐县 | 6 |',
      '| 永靖县 | 4 |',
      '| 合计 | 10 |',
    ].join('\n');
    expect(run(text)).toEqual([
      '6个 coverage 2023 康乐县',
      '4个 coverage 2023 永靖县',
      '10个 coverage 2023 临夏回族自治州',
    ]);
  });

  it('reads indicators as rows (unit in the label) × places as columns, the year from the caption', () => {
    const text = [
      '临夏州创建工作情况',
      '',
      '表4　2022年创建与培训指标',
      '| 指标 | 康乐县 | 永靖县 |',
      '|---|---|---|',
      '| 新命名示范村（个） | 6 | 4 |',
      '| 专题培训班（期） | 3 | / |',
      '| 创建经费（万元） | 120.5 | 98 |',
    ].join('\n');
    expect(run(text)).toEqual([
      '6个 coverage 2022 康乐县',
      '4个 coverage 2022 永靖县',
      '3期 trainings 2022 康乐县',
      '1205000元 funding 2022 康乐县',
      '980000元 funding 2022 永靖县',
    ]);
  });

  it('reads a column for the whole region (全州) beside county columns, years with their unit', () => {
    const text = [
      '临夏州民族团结进步宣讲工作',
      '',
      '| 年度 | 全州 | 康乐县 |',
      '|---|---|---|',
      '| 2022年（场次） | 310 | 45 |',
    ].join('\n');
    expect(run(text)).toEqual([
      '310场次 trainings 2022 临夏回族自治州',
      '45场次 trainings 2022 康乐县',
    ]);
  });

  it('reads indicators as rows × years as columns, the region of the page', () => {
    const text = [
      '康乐县民族团结进步创建工作',
      '',
      '| 项目 | 2021 | 2022 |',
      '|---|---|---|',
      '| 表彰模范集体（个） | 12 | 15 |',
      '| 宣讲受众（万人次） | 1.2 | 1.6 |',
    ].join('\n');
    expect(run(text)).toEqual([
      '12个 honours 2021 康乐县',
      '15个 honours 2022 康乐县',
      '12000人次 trainings 2021 康乐县',
      '16000人次 trainings 2022 康乐县',
    ]);
  });

  it('takes the unit from a 单位 line or a 表N title written under the table', () => {
    const text = [
      '| 县名 | 少数民族发展资金 |',
      '|---|---|',
      '| 康乐县 | 560 |',
      '单位：万元',
    ].join('\n');
    expect(run(text)).toEqual(['5600000元 funding - 康乐县']);
  });

  it('keeps an empty pipe cell in its column, so later figures stay under their headers', () => {
    const text = [
      '2023年培训情况',
      '| 县名 | 培训班（期） | 培训人次 |',
      '|---|---|---|',
      '| 康乐县 |  | 640 |',
    ].join('\n');
    expect(run(text)).toEqual(['640人次 trainings 2023 康乐县']);
    const [table] = findTables(text);
    expect(table?.rows[0]?.cells.map((c) => c.text)).toEqual(['康乐县', '', '640']);
  });

  it('keeps the unit of a total column (合计（万元）)', async () => {
    const html =
      '<p>2024年少数民族发展资金分配如下。</p><table><tr><th>县</th><th>中央（万元）</th>' +
      '<th>合计（万元）</th></tr><tr><td>康乐县</td><td>300</td><td>420</td></tr></table>';
    const { text } = await readDocument('page.html', html);
    expect(run(text)).toEqual(['3000000元 funding 2024 康乐县', '4200000元 funding 2024 康乐县']);
  });

  it('reads an aligned-text table under a 表N title split at its ideographic space', () => {
    const text = [
      '临夏州民族团结进步宣传工作',
      '',
      '表2　各县宣讲场次（场）',
      '县名        2022年      2023年',
      '康乐县      41          52',
      '永靖县      30          33',
    ].join('\n');
    expect(run(text)).toEqual([
      '41场 trainings 2022 康乐县',
      '52场 trainings 2023 康乐县',
      '30场 trainings 2022 永靖县',
      '33场 trainings 2023 永靖县',
    ]);
  });

  it('reads the unit in the <caption> of a page source table', () => {
    const html =
      '<table><caption>表1　各县宣讲场次（场）</caption><tr><th>县名</th><th>2023年</th></tr>' +
      '<tr><td>康乐县</td><td>52</td></tr></table>';
    expect(run(html)).toEqual(['52场 trainings 2023 康乐县']);
  });
});
