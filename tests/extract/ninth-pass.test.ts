/**
 * Readers' rules found on the eighth blind set (ninth pass of issue #5), each on text written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { brief, run, gazetteerLookup } from './support';
import { extractFacts } from '../../src/lib/extract';

const lookup = gazetteerLookup();

describe('extractFacts(a figure broken at a PDF line end)', () => {
  it('joins a thousands group cut short on a short line', () => {
    const text = [
      '今年，全县举办民族团结进步专题培训班12期，培训干部群众',
      '3,260人次。组织“同心”宣讲活动，',
      '全县累计宣讲2,4',
      '16场，受众约3万人次。',
    ].join('\n');
    const facts = run(text).map(brief);
    expect(facts).toContain('2416场 trainings');
    expect(facts).not.toContain('16场 trainings');
  });

  it('joins a multiplier to the unit that opens the next line', () => {
    const text = [
      '今年全县开展民族团结进步主题宣传活动三十余场，印发宣传册4.5万',
      '册；建成民族团结进步教育基地十二个。',
    ].join('\n');
    expect(run(text).map((f) => `${f.value}${f.unit}`)).toContain('45000册');
  });
});

describe('extractFacts(a coverage rate with no subject of its own)', () => {
  it('takes the theme of the demonstration units counted before it, not of a named rate', () => {
    const text = '今年全镇建成民族团结进步示范村（社区）15个，覆盖率达到68%；森林覆盖率达到70.5%。';
    const facts = run(text).map(brief);
    expect(facts).toContain('68% coverage');
    expect(facts).toContain('70.5% other');
  });

  it('takes the theme of the audience of lectures counted before it', () => {
    const text = '全乡开展民族政策宣讲八十余场，受众约1.2万人次，覆盖率达到90%。';
    expect(run(text).map(brief)).toContain('90% trainings');
  });

  it('reads a bare share of places the same way', () => {
    const text = '全县126个行政村中已有一百一十余个村建成示范村，占比近九成。';
    expect(run(text).map(brief)).toContain('90% coverage');
  });
});

describe('extractFacts(lessons and education positions by other names)', () => {
  it('files mobile classrooms and lessons taken to the door as trainings', () => {
    const text = '该乡在边远牧区开办“马背课堂”14个，全年送教入户36次。';
    const facts = run(text).map(brief);
    expect(facts).toContain('14个 trainings');
    expect(facts).toContain('36次 trainings');
  });

  it('files positions of education built for the work as coverage', () => {
    const text = '全市新建民族团结进步宣传教育阵地十五个。';
    expect(run(text).map(brief)).toContain('15个 coverage');
  });
});

describe('extractFacts(people per session and insurance schemes)', () => {
  it('files the people each session takes in as trainings, in a sentence about other work too', () => {
    const text = '东川区新建民族团结进步示范点12个；西山区举办双语培训班4期，每期不少于45人。';
    expect(run(text).map(brief)).toContain('45人 trainings');
  });

  it('does not read joining an insurance scheme as taking part in an event', () => {
    const text = '全乡少数民族群众参加养老保险比例达到96.5%。';
    expect(run(text).map(brief)).toEqual(['96.5% other']);
  });
});

describe('extractFacts(an autonomous county called by its stem in a title label)', () => {
  it('reads the stem leading the title as the county the page has named in full', () => {
    const text = [
      '■ 秀山：花灯声里话团结',
      '',
      '今年以来，秀山土家族苗族自治县开展民族团结主题活动十余场。',
      '',
      '● 全县新命名县级民族团结进步示范单位16个。',
    ].join('\n');
    const facts = extractFacts(text, { date: '2024-06-01', resolver: lookup });
    const units = facts.find((f) => f.value === 16);
    expect(units?.region_code).toBe('500241');
  });
});

describe('extractFacts(the altitude of a place)', () => {
  it('is no statistic, while the work counted in the same sentence is', () => {
    const text = '在平均海拔3200米以上的牧区，全县开办双语夜校9期。';
    expect(run(text).map(brief)).toEqual(['9期 trainings']);
  });
});
