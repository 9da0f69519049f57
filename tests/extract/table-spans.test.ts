import { describe, expect, it } from 'vitest';
import { gazetteerLookup } from './support';
import { extractFacts, readDocument, type ExtractedFact } from '../../src/lib/extract';
import { htmlToText } from '../../src/lib/extract/read-document';
import { findTables } from '../../src/lib/extract/tables';

const lookup = gazetteerLookup();
const brief = (f: ExtractedFact) =>
  `${f.value}${f.unit} ${f.theme} ${f.indicator} ${f.year ?? '-'} ${f.region_name ?? '-'}`;
const run = (text: string) =>
  extractFacts(text, { date: '2024-03-01', resolver: lookup }).map(brief);

/** A header over two rows (培训班 over 期数 | 人次) and a county label merged over two year rows. */
const MERGED =
  '<p>临夏州各县民族政策培训情况</p><table>' +
  '<tr><th rowspan="2">县</th><th rowspan="2">年度</th><th colspan="2">民族政策培训班</th>' +
  '<th rowspan="2">经费（万元）</th></tr>' +
  '<tr><th>期数</th><th>人次</th></tr>' +
  '<tr><td rowspan="2">康乐县</td><td>2022</td><td>3</td><td>120</td><td>15</td></tr>' +
  '<tr><td>2023</td><td>4</td><td>150</td><td>20</td></tr></table>';
const EXPECTED = [
  '3期 trainings 民族政策培训班期数 2022 康乐县',
  '120人次 trainings 民族政策培训班人次 2022 康乐县',
  '150000元 funding 经费 2022 康乐县',
  '4期 trainings 民族政策培训班期数 2023 康乐县',
  '150人次 trainings 民族政策培训班人次 2023 康乐县',
  '200000元 funding 经费 2023 康乐县',
];

describe('htmlToText(table with rowspan and colspan)', () => {
  it('leaves an empty cell where a cell spans into a column, so figures keep their column', () => {
    const lines = htmlToText(MERGED).split('\n');
    expect(lines[1]?.split('|').map((c) => c.trim())).toEqual([
      '',
      '县',
      '年度',
      '民族政策培训班',
      '',
      '经费（万元）',
    ]);
    expect(lines[4]?.split('|').map((c) => c.trim())).toEqual(['', '', '2023', '4', '150', '20']);
  });
});

describe('extractFacts(tables with merged cells)', () => {
  it('reads a page as text: a two-row header, a label merged down, bare years as row labels', async () => {
    const { text } = await readDocument('page.html', MERGED);
    expect(run(text)).toEqual(EXPECTED);
  });

  it('reads the same page source as markup, spans resolved into a grid', () => {
    expect(run(MERGED)).toEqual(EXPECTED);
  });

  it('reads a two-row pipe header whose upper label spreads over the empty cells to its right', () => {
    const text = [
      '2023年各县培训情况',
      '| 县名 | 培训班 |  | 资金 |',
      '|  | 期数 | 人次 | 万元 |',
      '| 康乐县 | 5 | 300 | 12 |',
    ].join('\n');
    expect(findTables(text)[0]?.headerBands).toHaveLength(2);
    expect(run(text)).toEqual([
      '5期 trainings 培训班期数 2023 康乐县',
      '300人次 trainings 培训班人次 2023 康乐县',
      '120000元 funding 资金 2023 康乐县',
    ]);
  });

  it('takes a row of words with empty marks (—) for a data row, not a second header row', () => {
    const text = [
      '| 县名 | 措施 | 宣讲场次 |',
      '|---|---|---|',
      '| 康乐县 | 送教下乡 | — |',
      '| 永靖县 | 集中宣讲 | 12 |',
    ].join('\n');
    const [table] = findTables(text);
    expect(table?.headerBands).toBeUndefined();
    expect(table?.rows).toHaveLength(2);
    expect(run(text)).toEqual(['12场次 trainings 宣讲场次 - 永靖县']);
  });
});
