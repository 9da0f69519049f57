import { describe, expect, it } from 'vitest';
import { extractFacts, normalizeText, type ExtractedFact } from '../../src/lib/extract';
import { wrappedBreaks } from '../../src/lib/extract/line-breaks';

const brief = (f: ExtractedFact) => `${f.value}${f.unit} ${f.theme}`;
const run = (text: string) => extractFacts(text, { date: '2024-02-01' });

describe('wrappedBreaks(text) in PDF-to-text output', () => {
  it('reads a figure broken before its decimal part or after its decimal point', () => {
    const text = [
      '全年组织各族干部群众开展民族团结进步宣讲活动，覆盖受众1',
      '2.4万人次；争取上级下达少数民族发展资金总额共计1280.',
      '5万元，支持项目21个。',
    ].join('\n');
    expect(run(text).map(brief)).toEqual([
      '124000人次 trainings',
      '12805000元 funding',
      '21个 funding',
    ]);
  });

  it('reads across a page end: the page number and the repeated running header between', () => {
    const text = [
      '某县民族宗教事务局工作报告',
      '一年来全县新命名县级民族团结进步示范单位共计4',
      '- 3 -',
      '某县民族宗教事务局工作报告',
      '6个，全年在各乡镇举办各类民族政策宣讲培训',
      '第 4 页',
      '某县民族宗教事务局工作报告',
      '班15期。',
    ].join('\n');
    const facts = run(text);
    expect(facts.map(brief)).toEqual(['46个 coverage', '15期 trainings']);
    // Evidence still points into the original text, page furniture and all.
    const first = facts[0];
    expect(first && text.slice(first.mention_start, first.mention_end)).toBe(
      '4\n- 3 -\n某县民族宗教事务局工作报告\n6个',
    );
    expect(first && text.slice(first.start, first.end)).toBe(first?.evidence);
  });

  it('reads a figure whose unit, any unit of the vocabulary, opens the next line', () => {
    const text =
      '全年共印发民族团结进步宣传读本和各类宣传资料共计12000\n册，发放到各乡镇村组和学校。';
    expect(run(text).map((f) => `${f.value}${f.unit}`)).toEqual(['12000册']);
  });

  it('reads across the form feed pdftotext puts at the start of a page', () => {
    const text =
      '本年度全县累计投入民族团结进步创建工作专项经费共计23\n\f\n5万元，用于示范村建设。';
    expect(run(text).map(brief)).toEqual(['2350000元 funding']);
  });

  it('leaves list numbers, decimals that open a list, and lines that end alone', () => {
    const text = [
      '全年完成以下重点工作任务，各项指标均达到预期目标12',
      '1. 命名示范单位8个。',
      '二、培训工作',
      '全年共举办培训班6期。',
      '- 2 -',
      '3.6万名群众参与',
    ].join('\n');
    const norm = normalizeText(text);
    expect(wrappedBreaks(text)).toEqual([]);
    expect(norm.text.split('\n')).toHaveLength(6);
  });

  it('does not run a figure into a year that opens the next line', () => {
    const text = '全年共组织各族干部群众参加民族团结进步主题培训学员120\n2024年计划新增示范单位5个';
    expect(wrappedBreaks(text)).toEqual([]);
  });

  it('does not join across a page number when the line before really ends', () => {
    const text =
      '全年举办各类培训班共计12期，培训干部群众800人次。\n— 5 —\n报告标题\n报告标题\n示范单位3个';
    expect(wrappedBreaks(text)).toEqual([]);
  });
});
