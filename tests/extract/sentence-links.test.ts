import { describe, expect, it } from 'vitest';
import { extractFacts, type ExtractedFact } from '../../src/lib/extract';

const brief = (f: ExtractedFact) => `${f.value}${f.unit} ${f.theme}`;
const run = (text: string) => extractFacts(text, { date: '2023-12-20' });

describe('extractFacts(sentences that refer back)', () => {
  it('gives 获此殊荣 the theme and year of the naming before it', () => {
    const facts = run(
      '今年5月,弥勒市被命名为全国民族团结进步示范区。获此殊荣的还有州民族中学、文澜街道等3个单位。',
    );
    expect(facts.map((f) => [brief(f), f.year])).toEqual([['3个 coverage', 2023]]);
  });

  it('reads a 其中 sentence as parts of the commendation before it', () => {
    const facts = run(
      '2022年9月,州委召开表彰大会,对作出突出贡献的单位和个人予以表彰。其中州直机关12个、县市单位33个,个人85名。',
    );
    expect(facts.map((f) => [brief(f), f.year])).toEqual([
      ['12个 honours', 2022],
      ['33个 honours', 2022],
      ['85名 honours', 2022],
    ]);
  });

  it('carries an activity into 共 and its money into 同时', () => {
    expect(run('全年开展民族团结进步宣传月活动。共发放双语资料3.5万份。').map(brief)).toEqual([
      '35000份 trainings',
    ]);
    expect(run('州财政把创建经费列入预算。同时,各县市又拿出1800万元。').map(brief)).toEqual([
      '18000000元 funding',
    ]);
  });

  it('lets 其中 opening a paragraph refer to the paragraph before', () => {
    const facts = run('大会授予352个集体模范集体称号。\n其中,我省有12个集体。');
    expect(facts.map(brief)).toEqual(['352个 honours', '12个 honours']);
  });

  it('counts within the set a clause ending in 中 names', () => {
    expect(run('全国累计命名的示范区示范单位中,云南有239个。').map(brief)).toEqual([
      '239个 coverage',
    ]);
  });

  it('does not theme background counts or unrelated additions', () => {
    expect(run('全县开展宣传月活动。共有人口32万人,其中少数民族占45%。').map(brief)).toEqual([
      '320000人 other',
      '45% other',
    ]);
    expect(run('县委召开表彰大会。同时,县医院接诊患者3000人次。').map(brief)).toEqual([
      '3000人次 other',
    ]);
    expect(run('州委召开表彰大会。\n\n全州户籍人口455万人。').map(brief)).toEqual([
      '4550000人 other',
    ]);
  });
});
