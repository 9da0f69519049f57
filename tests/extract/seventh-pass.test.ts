/**
 * Readers' rules found on the sixth blind set (seventh pass of issue #5), each on sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, type ExtractedFact } from '../../src/lib/extract';

const brief = (f: ExtractedFact) => `${f.value}${f.unit} ${f.theme}`;
const run = (text: string, date = '2024-06-01') => extractFacts(text, { date });
const themes = (text: string) => run(text).map(brief);

describe('extractFacts(a table numbering its rows)', () => {
  it('reads no figure in a 序号 column, and the next cell still labels the row', () => {
    const text = [
      '表2　各乡镇宣讲活动场次（单位：场）',
      '| 序号 | 乡镇 | 宣讲场次 |',
      '|---|---|---|',
      '| 1 | 东坝乡 | 14 |',
      '| 2 | 西河镇 | 9 |',
    ].join('\n');
    const facts = run(text);
    expect(facts.map(brief)).toEqual(['14场 trainings', '9场 trainings']);
  });
});
