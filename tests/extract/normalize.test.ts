import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import {
  createToSimplified,
  normalizeText,
  parseChineseNumeral,
  toOriginalSpan,
} from '../../src/lib/extract';

const toSimplified = createToSimplified(OpenCC.Converter);

describe('normalizeText(original)', () => {
  it('folds full-width digits and punctuation', () => {
    expect(normalizeText('培训１２６期，共５５名').text).toBe('培训126期,共55名');
  });

  it('converts Traditional to Simplified with the injected converter', () => {
    expect(normalizeText('舉辦培訓班', { toSimplified }).text).toBe('举办培训班');
  });

  it('drops pinyin glosses and spaces beside Han characters', () => {
    const original = '全區(qū)培訓 57 期,雲（yún）南 LED 10 20';
    const norm = normalizeText(original, { toSimplified });
    expect(norm.text).toBe('全区培训57期,云南LED 10 20');
  });

  it('drops numbered and full-width glosses as converters leave them', () => {
    const original = '全區[qu1]培訓57期,綠[lv4]色,雲（yún）南,區 [qu1]域,附件[1]';
    expect(normalizeText(original, { toSimplified }).text).toBe(
      '全区培训57期,绿色,云南,区域,附件[1]',
    );
  });

  it('converts Hong Kong and Taiwan forms alike', () => {
    expect(normalizeText('羣眾裏面啓動,衞生綫上,著力推進', { toSimplified }).text).toBe(
      '群众里面启动,卫生线上,着力推进',
    );
  });

  it('maps every normalised span back to the original', () => {
    const original = '全區(qū)累計投入140餘億元';
    const norm = normalizeText(original, { toSimplified });
    const at = norm.text.indexOf('140');
    const span = toOriginalSpan(norm, original, at, at + '140余亿元'.length);
    expect(original.slice(span.start, span.end)).toBe('140餘億元');
    expect(norm.map).toHaveLength(norm.text.length + 1);
  });
});

describe('parseChineseNumeral(raw)', () => {
  it.each([
    ['十二', 12],
    ['一百二十', 120],
    ['三万五千', 35_000],
    ['两千零五', 2005],
    ['一亿二千万', 120_000_000],
    ['二〇二三', 2023],
  ])('reads %s as %d', (raw, value) => {
    expect(parseChineseNumeral(raw)).toBe(value);
  });
});
