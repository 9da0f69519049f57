import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../scripts/gazetteer';
import {
  createRegionLookup,
  extractFacts,
  readDocument,
  type ExtractedFact,
} from '../../src/lib/extract';
import { findHtmlTables } from '../../src/lib/extract/html-tables';
import { findTables, headerUnitWord } from '../../src/lib/extract/tables';

const brief = (f: ExtractedFact) => `${f.value}${f.unit} ${f.theme} ${f.year}`;
const run = (text: string) => extractFacts(text, { date: '2024-06-01' });

const MARKDOWN = [
  '## 2023年各县民族团结进步专项资金分配表',
  '',
  '| 县名 | 资金（万元） | 项目数（个） |',
  '|---|---|---|',
  '| 甲县 | 120.5 | 3 |',
  '| 乙县 | 80 | 2 |',
].join('\n');

describe('findTables', () => {
  it('reads a Markdown table: header, rows, caption', () => {
    const [table] = findTables(MARKDOWN);
    expect(table?.header.map((c) => c.text)).toEqual(['县名', '资金（万元）', '项目数（个）']);
    expect(table?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['甲县', '120.5', '3'],
      ['乙县', '80', '2'],
    ]);
    expect(table && MARKDOWN.slice(table.caption?.start, table.caption?.end)).toContain('2023年');
  });

  it('reads aligned text columns but not prose with a double space', () => {
    const aligned =
      '培训情况\n县名    培训班（期）    学员（人次）\n甲县    4    320\n乙县    6    410';
    expect(findTables(aligned)[0]?.rows).toHaveLength(2);
    expect(findTables('今年开展活动  12场。\n参加群众  300人次。')).toEqual([]);
  });

  it('takes the unit from a header', () => {
    expect(headerUnitWord('资金（万元）')).toBe('万元');
    expect(headerUnitWord('金额/元')).toBe('元');
    expect(headerUnitWord('县名')).toBeNull();
  });
});

describe('extractFacts(tables)', () => {
  it('turns each numeric cell into a fact with unit, theme and year from header and caption', () => {
    const facts = run(MARKDOWN);
    expect(facts.map(brief)).toEqual([
      '1205000元 funding 2023',
      '3个 funding 2023',
      '800000元 funding 2023',
      '2个 funding 2023',
    ]);
    const first = facts[0];
    expect(first && MARKDOWN.slice(first.mention_start, first.mention_end)).toBe('120.5');
    expect(first && MARKDOWN.slice(first.start, first.end)).toBe('| 甲县 | 120.5 | 3 |');
  });

  it('themes an aligned training table from its header', () => {
    const text =
      '2022年培训情况\n县名    培训班（期）    学员（人次）\n甲县    4    320\n乙县    6    410';
    expect(run(text).map(brief)).toEqual([
      '4期 trainings 2022',
      '320人次 trainings 2022',
      '6期 trainings 2022',
      '410人次 trainings 2022',
    ]);
  });

  it('reads an HTML <table> through readDocument, offsets into the text it returns', async () => {
    const html =
      '<p>2024年资金安排如下。</p><table><caption>2024年少数民族发展资金（单位：万元）</caption>' +
      '<tr><th>县名</th><th>资金</th></tr><tr><td>甲县</td><td>300</td></tr>' +
      '<tr><td>乙县</td><td>150</td></tr></table>';
    const { text } = await readDocument('page.html', html);
    const facts = run(text);
    expect(facts.map(brief)).toEqual(['3000000元 funding 2024', '1500000元 funding 2024']);
    expect(facts.map((f) => text.slice(f.mention_start, f.mention_end))).toEqual(['300', '150']);
  });
});

describe('extractFacts(tables with years as columns or rows)', () => {
  const withRegion = (f: ExtractedFact) =>
    `${f.value}${f.unit} ${f.theme} ${f.year} ${f.region_name}`;
  const lookup = createRegionLookup(buildGazetteer());
  const runIn = (text: string) =>
    extractFacts(text, { date: '2024-03-01', resolver: lookup }).map(withRegion);

  it('gives each cell the year of its column header and the region of its row label', () => {
    const text = [
      '全省民族团结进步创建示范村命名情况如下。',
      '',
      '表2　新命名省级民族团结进步示范村（单位：个）',
      '',
      '| 地区 | 2022年 | 2023年 |',
      '|---|---|---|',
      '| 临夏回族自治州 | 12 | 15 |',
      '| 甘南藏族自治州 | 9 | 11 |',
    ].join('\n');
    expect(runIn(text)).toEqual([
      '12个 coverage 2022 临夏回族自治州',
      '15个 coverage 2023 临夏回族自治州',
      '9个 coverage 2022 甘南藏族自治州',
      '11个 coverage 2023 甘南藏族自治州',
    ]);
    const facts = extractFacts(text, { date: '2024-03-01', resolver: lookup });
    expect(facts[0]?.indicator).toBe('新命名省级民族团结进步示范村');
  });

  it('gives each cell the year of its row label and the region of its column header', () => {
    const text = [
      '宣讲活动场次（单位：场）',
      '| 年份 | 临夏回族自治州 | 甘南藏族自治州 |',
      '|---|---|---|',
      '| 2022年 | 310 | 205 |',
    ].join('\n');
    expect(runIn(text)).toEqual([
      '310场 trainings 2022 临夏回族自治州',
      '205场 trainings 2022 甘南藏族自治州',
    ]);
  });

  it('reads a Markdown file whose table has a separator row (the header stays with its rows)', async () => {
    const md = '## 2023年培训情况\n\n| 县名 | 培训班（期） |\n| --- | --- |\n| 甲县 | 7 |\n';
    const { text } = await readDocument('report.md', md);
    expect(run(text).map(brief)).toEqual(['7期 trainings 2023']);
  });
});

describe('findHtmlTables(html)', () => {
  const html =
    '<h2>2024年少数民族发展资金分配表</h2>\n<table border="1">\n' +
    '<tr><th>县</th><th>资金（万元）</th><th>项目数（个）</th></tr>\n' +
    '<tr><td>甲县</td><td><b>85.5</b></td><td>3</td></tr>\n' +
    '<tr><td>乙县</td><td>—</td><td>2</td></tr>\n</table>';

  it('reads rows and cells of raw HTML markup, spans inside the tags', () => {
    const [table] = findHtmlTables(html);
    expect(table?.header.map((c) => c.text)).toEqual(['县', '资金（万元）', '项目数（个）']);
    const cell = table?.rows[0]?.cells[1];
    expect(cell && html.slice(cell.start, cell.end)).toBe('85.5');
    expect(table?.rows[1]?.cells.map((c) => c.text)).toEqual(['乙县', '—', '2']);
  });

  it('turns the cells of a page source into facts, evidence from the <tr> to its end', () => {
    const facts = run(html);
    expect(facts.map(brief)).toEqual([
      '855000元 funding 2024',
      '3个 funding 2024',
      '2个 funding 2024',
    ]);
    expect(facts[0] && html.slice(facts[0].start, facts[0].end)).toMatch(/^<tr><td>甲县<\/td>/);
  });
});

describe('extractFacts(table headers that end in their unit)', () => {
  it('reads 宣讲场次 and 培训期数 as counts in 场次 and 期', () => {
    const text =
      '2023年宣讲情况\n\n| 县名 | 宣讲场次 | 培训期数 |\n|---|---|---|\n| 甲县 | 210 | 6 |';
    expect(run(text).map(brief)).toEqual(['210场次 trainings 2023', '6期 trainings 2023']);
  });
});
