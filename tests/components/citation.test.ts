import { describe, expect, it } from 'vitest';
import { citationText } from '../../src/components/citation';

const input = {
  title: '民族团结进步创建统计',
  url: 'https://example.org/mz/#v=1&i=demo_units',
  dataVersion: 'a1b2c3d',
  accessed: '2026-11-22',
};

describe('citationText(input, form)', () => {
  it('writes the zh form as a GB/T 7714 online dataset', () => {
    expect(citationText(input, 'zh')).toBe(
      '民族团结进步创建统计[DS/OL]. 数据版本 a1b2c3d. [2026-11-22]. https://example.org/mz/#v=1&i=demo_units.',
    );
  });
  it('writes the en form as an APA data set with a retrieval date', () => {
    expect(citationText({ ...input, title: 'Ethnic Unity Statistics' }, 'en')).toBe(
      'Ethnic Unity Statistics (Version a1b2c3d) [Data set]. (n.d.). Retrieved November 22, 2026, from https://example.org/mz/#v=1&i=demo_units',
    );
  });
  it('omits an empty version and keeps an unparseable date as given', () => {
    const text = citationText({ ...input, dataVersion: ' ', accessed: 'today' }, 'en');
    expect(text).toBe(
      '民族团结进步创建统计 [Data set]. (n.d.). Retrieved today, from https://example.org/mz/#v=1&i=demo_units',
    );
    expect(citationText({ ...input, dataVersion: '' }, 'zh')).not.toContain('数据版本');
  });
});
