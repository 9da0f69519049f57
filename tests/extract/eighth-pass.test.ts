/**
 * Readers' rules found on the seventh blind set (eighth pass of issue #5), each on text written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { brief, run } from './support';

describe('extractFacts(the work covering every place of a whole)', () => {
  it('files 覆盖全县N个乡镇 under the work that covers them', () => {
    const facts = run('今年全县开展政策宣讲120场，覆盖全县9个乡镇、64个行政村。');
    expect(facts.map(brief)).toEqual(['120场 trainings', '9个 trainings', '64个 trainings']);
  });

  it('reads creation work reaching every township as coverage', () => {
    const facts = run('去年新命名县级示范单位15家，创建活动覆盖全县13个乡镇。');
    expect(facts.map(brief)).toEqual(['15家 coverage', '13个 coverage']);
  });

  it('leaves a count of some places (no 全) as background', () => {
    const facts = run('今年安排项目资金300万元，项目覆盖12个乡镇。');
    expect(facts.map(brief)).toEqual(['3000000元 funding', '12个 other']);
  });
});

describe('extractFacts(the parts listed after 其中)', () => {
  it('counts every listed part like the total, in any counting word', () => {
    const facts = run('今年新命名县级示范单位40个，其中机关12个，医院5所，商户8家。');
    expect(facts.map(brief)).toEqual([
      '40个 coverage',
      '12个 coverage',
      '5所 coverage',
      '8家 coverage',
    ]);
  });

  it('reads 其中 after a semicolon as a breakdown of the clause it ends', () => {
    const facts = run('全年下达少数民族发展资金1.2亿元；其中，甲县2600万元，乙县1800万元。');
    expect(facts.map(brief)).toEqual([
      '120000000元 funding',
      '26000000元 funding',
      '18000000元 funding',
    ]);
  });
});

describe('extractFacts(lessons counted in 节)', () => {
  it('reads 节 as lessons of the education work', () => {
    const facts = run('今年全校开设民族团结教育课四十余节，覆盖学生1200人次。');
    expect(facts.map(brief)).toContain('40节 trainings');
  });

  it('reads no figure in festivals or solar terms', () => {
    const facts = run('各村围绕二十四节气和3节日开展民俗活动15场。');
    expect(facts.map((f) => `${f.value}${f.unit}`)).toEqual(['15场']);
  });
});

describe('extractFacts(lessons at school)', () => {
  it('files class meetings counted in 节 under trainings', () => {
    const facts = run('三年来，全县中小学举办民族团结主题班会六百余节。');
    expect(facts.map(brief)).toEqual(['600节 trainings']);
  });
});

describe('extractFacts(people counted among the honoured)', () => {
  it('files a part of the commended individuals under honours', () => {
    const facts = run('本次受表彰的个人中，少数民族占64.5%，妇女41名，青年28名。');
    expect(facts.map(brief)).toEqual(['64.5% honours', '41名 honours', '28名 honours']);
  });
});

describe('extractFacts(quoted speech)', () => {
  it('reads the figures of a quoted sentence someone said', () => {
    const text = '“明年我们准备再投入350万元，新建8个民族团结进步示范社区。”县民宗局负责人说。';
    expect(run(text).map(brief)).toEqual(['3500000元 funding', '8个 coverage']);
  });

  it('still reads no figure in a quoted slogan or plan name', () => {
    const text = '全县深入实施“1+3+5”创建工程，推广“四个一”工作法。';
    expect(run(text)).toEqual([]);
  });
});

describe('extractFacts(a count whose noun the sentence before gives)', () => {
  it('reads 今年已办了3期 as more of the classes counted just before', () => {
    const text =
      '问：夜校办得怎么样？答：去年全乡开设双语培训班12期，学员600人次。今年已经办了3期。';
    expect(run(text).map(brief)).toContain('3期 trainings');
  });

  it('leaves a count of another unit alone', () => {
    const text = '去年全乡开设双语培训班12期，学员600人次。今年已经建了3个。';
    expect(run(text).map(brief)).toContain('3个 other');
  });
});

describe('extractFacts(a demonstration site named last in its noun phrase)', () => {
  it('counts the site, whatever work its modifiers name', () => {
    const text = '到2026年，每个街道至少建成2个民族团结进步宣传教育实践示范点。';
    expect(run(text).map(brief)).toEqual(['2个 coverage']);
  });

  it('leaves sites visited on a study tour to the training', () => {
    const text = '学员先后参观学习了8个民族团结进步宣传教育示范点。';
    expect(run(text).map(brief)).not.toContain('8个 coverage');
  });
});
