import { describe, expect, it } from 'vitest';
import { estimateWidth, truncateText, wrapText } from '../../src/lib/charts';

describe('estimateWidth(text, fontSize)', () => {
  it('counts CJK as 1em and Latin as 0.55em', () => {
    expect(estimateWidth('民族团结', 10)).toBe(40);
    expect(estimateWidth('ab', 10)).toBeCloseTo(11);
  });
});

describe('wrapText(text, maxWidth, fontSize, maxLines)', () => {
  it('breaks CJK between characters', () => {
    expect(wrapText('民族团结进步创建工作', 50, 10)).toEqual(['民族团结进', '步创建工作']);
  });

  it('breaks Latin at spaces and keeps words whole', () => {
    expect(wrapText('ethnic unity progress', 70, 10)).toEqual(['ethnic unity', 'progress']);
  });

  it('never starts a line with closing punctuation', () => {
    const lines = wrapText('示范区（单位），命名', 60, 10);
    expect(lines.every((l) => !/^[，。）]/.test(l))).toBe(true);
    expect(lines.join('')).toBe('示范区（单位），命名');
  });

  it('ends the last kept line with an ellipsis when lines run out', () => {
    const lines = wrapText('一二三四五六七八九十', 40, 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(lines.every((l) => estimateWidth(l, 10) <= 40)).toBe(true);
  });

  it('splits a word longer than the line', () => {
    const lines = wrapText('aaaaaaaaaaaaaaaaaaaa', 55, 10);
    expect(lines.join('')).toBe('aaaaaaaaaaaaaaaaaaaa');
    expect(lines.every((l) => estimateWidth(l, 10) <= 55)).toBe(true);
  });
});

describe('truncateText(text, maxWidth, fontSize)', () => {
  it('leaves text that fits and cuts text that does not', () => {
    expect(truncateText('西藏', 40, 10)).toBe('西藏');
    expect(truncateText('新疆维吾尔自治区', 40, 10)).toBe('新疆维…');
  });
});
