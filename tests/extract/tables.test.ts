import { describe, expect, it } from 'vitest';
import { extractFacts, readDocument, type ExtractedFact } from '../../src/lib/extract';
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
