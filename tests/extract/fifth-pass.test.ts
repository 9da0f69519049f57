/**
 * Readers' rules found on the fourth blind set (fifth pass of issue #5), each on sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { brief, run, gazetteerLookup } from './support';
import { extractFacts } from '../../src/lib/extract';

const themes = (text: string) => run(text).map(brief);
const years = (text: string) => run(text).map((f) => `${f.value}${f.unit} ${f.year}`);

describe('extractFacts(staff assigned per unit)', () => {
  it('reads 配备N名 as a count, not as a registration number', () => {
    const facts = run('各社区至少配备2名民族团结宣讲员。');
    expect(facts.map(brief)).toEqual(['2名 trainings']);
    expect(facts[0]?.is_target).toBe(true);
    expect(facts[0]?.qualifier).toBe('at_least');
  });

  it('still drops the numbers of record lines', () => {
    expect(run('版权所有 滇ICP备12345678号')).toEqual([]);
  });
});

describe('extractFacts(participants of a training event)', () => {
  it('counts the people and teams taking part in a knowledge contest as trainings', () => {
    expect(themes('举办全县民族团结知识竞赛，参赛人数达到1500人。')).toEqual(['1500人 trainings']);
    expect(themes('举办双语宣讲比赛暨政策知识竞赛，共有24支代表队参赛。')).toEqual([
      '24支 trainings',
    ]);
  });

  it('labels them as participants', () => {
    expect(run('举办民族团结知识竞赛，18支代表队参赛。')[0]?.indicator).toBe('参赛队伍数');
  });

  it('leaves participants of an event outside the work as other', () => {
    expect(themes('举办全县农民运动会，共有12支代表队参赛。')).toEqual(['12支 other']);
  });
});

describe('extractFacts(levels and changes of a sum)', () => {
  it('gives the level a fund rose to the theme of the fund', () => {
    expect(themes('2022年争取少数民族发展资金1800万元，2023年增加到2100万元。')).toEqual([
      '18000000元 funding',
      '21000000元 funding',
    ]);
  });

  it('gives the change of a budget of the work its theme, but not a change of population', () => {
    expect(themes('县财政安排创建工作经费60万元，比上年增加15万元。')).toEqual([
      '600000元 funding',
      '150000元 funding',
    ]);
    expect(themes('全县常住人口21万人，比上年增加2000人。')).toEqual([
      '210000人 other',
      '2000人 other',
    ]);
  });
});

describe('extractFacts(pairing aid)', () => {
  it('files aid without a part split off for the work as funding', () => {
    expect(themes('在对口城市帮助下，到位东西部协作资金800万元。')).toEqual(['8000000元 funding']);
  });
});

describe('extractFacts(shares and projects outside the work)', () => {
  it('reads a population share after a semicolon as other, even beside funds', () => {
    expect(
      themes('全县落实少数民族发展资金900万元；两个民族乡少数民族人口占比分别为61.5%、48.2%。'),
    ).toEqual(['9000000元 funding', '61.5% other', '48.2% other']);
  });

  it('keeps a rule on fund shares as funding', () => {
    expect(themes('分配资金时，绩效因素权重不低于20%。')).toEqual(['20% funding']);
  });

  it('files projects of a paragraph naming neither money nor the work as other', () => {
    const text =
      '（四）民生事业。城乡居民人均可支配收入达到2.1万元；完成学校校舍改造项目12项。\n\n（五）资金投入。争取中央少数民族发展资金500万元，实施项目9个。';
    expect(themes(text)).toEqual([
      '21000元 other',
      '12项 other',
      '5000000元 funding',
      '9个 funding',
    ]);
  });
});

describe('extractFacts(sites of a model unit)', () => {
  it('counts rooms and corridors of the work built in a unit as coverage', () => {
    expect(themes('村里建成民族团结进步展示活动室2个、文化长廊1条。')).toEqual([
      '2个 coverage',
      '1条 coverage',
    ]);
  });

  it('counts the length of a demonstration belt as coverage', () => {
    const [fact] = run('沿江打造的民族团结进步示范带全长26公里。');
    expect(brief(fact!)).toBe('26公里 coverage');
    expect(fact?.indicator).toBe('示范带长度');
  });

  it('keeps education activities as trainings', () => {
    expect(themes('开展民族团结教育活动45场。')).toEqual(['45场 trainings']);
  });
});

describe('extractFacts(norms and claims of training)', () => {
  it('reads a lecture series held at least once a period as a training norm', () => {
    const [fact] = run('每月至少举办1次“石榴籽大讲堂”。');
    expect(brief(fact!)).toBe('1次 trainings');
    expect(fact?.is_target).toBe(true);
  });

  it('counts places that all hold the work every year', () => {
    expect(themes('全市6个区县每年都会开展民族团结宣讲。')).toEqual(['6个 trainings']);
  });

  it('counts places listed by name that succeeded in creation as coverage', () => {
    expect(themes('甲乙、丙丁2县成功创建全国民族团结进步示范县。')).toEqual(['2个 coverage']);
  });
});

describe('extractFacts(money given to a place)', () => {
  const lookup = gazetteerLookup();
  it('files money a province gives to a county under the county', () => {
    const facts = extractFacts('浙江省累计向丽江市投入帮扶资金1.2亿元，支持建设示范村20个。', {
      date: '2024-06-01',
      resolver: lookup,
    });
    expect(facts.map((f) => `${f.value}${f.unit} ${f.region_name}`)).toEqual([
      '120000000元 丽江市',
      '20个 丽江市',
    ]);
  });
});

describe('extractFacts(years)', () => {
  it('pairs a year list with a short subject before 分别', () => {
    expect(years('2022年、2023年全市分别举办宣讲培训班8期、11期。')).toEqual([
      '8期 2022',
      '11期 2023',
    ]);
  });

  it('pairs a second 分别 without its own list with the first list', () => {
    expect(
      years('2022年、2023年分别举办培训班8期、11期，培训学员分别为400人次、520人次。'),
    ).toEqual(['8期 2022', '11期 2023', '400人次 2022', '520人次 2023']);
  });

  it('does not date present figures by a founding year', () => {
    expect(years('该村成立于1998年，现有村民320户。')).toEqual(['320户 null']);
    expect(years('2023年，该村新建示范点3个。')).toEqual(['3个 2023']);
  });
});

describe('extractFacts(shares, wholes and beneficiaries)', () => {
  it('reads the share of demonstration units among all units as coverage', () => {
    expect(themes('力争示范社区占城市社区总数的比例达到60%。')).toEqual(['60% coverage']);
  });

  it('leaves the whole a part of places is counted in as other', () => {
    expect(themes('全旗9个苏木镇中已有7个建成示范苏木镇。')).toEqual(['9个 other', '7个 coverage']);
    expect(themes('其中，上半年举办的9期培训班中，双语班4期。')).toEqual([
      '9期 other',
      '4期 trainings',
    ]);
  });

  it('counts the people an outreach benefited as its audience', () => {
    expect(themes('开展法律宣传60场，受惠群众3000余人。')).toEqual([
      '60场 trainings',
      '3000人 trainings',
    ]);
  });
});

describe('extractFacts(where a post was sent from)', () => {
  const lookup = gazetteerLookup();
  it('does not take the place a post was sent from for its subject', () => {
    const text =
      '某区统战\n2024-05-06 09:12 发表于湖北\n\n这个区的“石榴籽”抱得更紧了\n\n江岸区是武汉市的中心城区，江岸区有12所高校。今年以来，新建“石榴籽之家”12个，举办培训班8期。';
    const regions = extractFacts(text, { date: '2024-05-06', resolver: lookup }).map(
      (f) => f.region_name,
    );
    expect(regions).toEqual(['江岸区', '江岸区', '江岸区']);
  });
});

describe('extractFacts(paragraphs opening with a place)', () => {
  const lookup = gazetteerLookup();
  const regionsOf = (text: string) =>
    extractFacts(text, { date: '2024-06-01', resolver: lookup }).map(
      (f) => `${f.value}${f.unit} ${f.region_name}`,
    );

  it('gives a list-item paragraph headed by a county to that county', () => {
    const text =
      '红河州民族团结进步创建工作通报\n\n红河州全年新命名示范单位40个。\n\n（一）屏边苗族自治县。全年举办培训班12期。\n\n（二）金平苗族瑶族傣族自治县。投入创建资金500万元。';
    expect(regionsOf(text)).toEqual([
      '40个 红河哈尼族彝族自治州',
      '12期 屏边苗族自治县',
      '5000000元 金平苗族瑶族傣族自治县',
    ]);
  });

  it('gives the later sentences of a paragraph to the county it opens with', () => {
    const text =
      '河北省民族团结进步创建综述\n\n河北省累计命名示范单位800个。\n\n丰宁满族自治县满族人口占52%。县委表彰模范集体20个。';
    expect(regionsOf(text)).toEqual(['800个 河北省', '52% 丰宁满族自治县', '20个 丰宁满族自治县']);
  });
});

describe('extractFacts(norms hold in no single year)', () => {
  it('leaves a norm per unit undated even after a year word in its sentence', () => {
    const facts = run('今年全县将新建示范村5个，每个村每月开展宣讲不少于2次。');
    expect(facts.map((f) => `${f.value}${f.unit} ${f.year} ${f.is_target}`)).toEqual([
      '5个 2024 true',
      '2次 null true',
    ]);
  });

  it('keeps the year of a reward per unit, which is no norm', () => {
    expect(years('2023年对新命名的示范村每个奖励10万元。')).toEqual(['100000元 2023']);
  });
});

describe('extractFacts(a total after a year list)', () => {
  it('gives a total over the years listed their period', () => {
    const [, , , total] = run(
      '2021年、2022年、2023年分别命名示范单位10个、12个、15个，三年累计命名37个。',
    );
    expect(total?.value).toBe(37);
    expect(total?.year).toBeNull();
    expect(total?.period).toEqual({ start: 2021, end: 2023 });
  });
});

describe('extractFacts(争取到 obtained, not aimed at)', () => {
  it('reads money 争取到 in a past year as an outturn and 争取到2025年 as a plan', () => {
    const targets = run(
      '去年我们争取到中央少数民族发展资金600万元。争取到2025年建成示范村30个。',
    ).map((f) => `${f.value}${f.unit} ${f.is_target}`);
    expect(targets).toEqual(['6000000元 false', '30个 true']);
  });
});

describe('extractFacts(documents issued for the nation)', () => {
  const lookup = gazetteerLookup();
  it('gives no region to the figures of a national decision with no place in its title', () => {
    const text =
      '国家民委　全国妇联\n关于表彰民族团结进步模范家庭的决定\n民委发〔2024〕12号\n\n各省、自治区、直辖市民（宗）委，新疆生产建设兵团民族宗教事务局：\n\n新疆生产建设兵团推荐工作认真细致。\n\n决定授予300户家庭模范家庭称号。';
    const regions = extractFacts(text, { date: '2024-06-01', resolver: lookup }).map(
      (f) => `${f.value}${f.unit} ${f.region_name}`,
    );
    expect(regions).toEqual(['300户 null']);
  });
});

describe('extractFacts(one more member of all provinces)', () => {
  const lookup = gazetteerLookup();
  it('does not file a count of all provinces under the corps named beside them', () => {
    const text =
      '国家民委公布第十批示范单位名单\n\n近日，国家民委公布了名单。各省区市和新疆生产建设兵团共推荐申报500个。';
    const regions = extractFacts(text, { date: '2024-06-01', resolver: lookup }).map(
      (f) => `${f.value}${f.unit} ${f.region_name}`,
    );
    expect(regions).toEqual(['500个 null']);
  });
});

describe('extractFacts(topics of a training)', () => {
  it('counts the topics a training class set as trainings', () => {
    const [fact] = run('研修班为期一周，围绕民族理论政策设置8个专题，邀请专家授课。');
    expect(brief(fact!)).toBe('8个 trainings');
    expect(fact?.indicator).toBe('培训专题数');
  });

  it('leaves topics outside a training as other', () => {
    expect(themes('网站设置12个专题栏目。')).toEqual(['12个 other']);
  });
});

describe('extractFacts(the set a subject is compared within)', () => {
  const lookup = gazetteerLookup();
  it('does not file a township figure under the province it is the only one of', () => {
    const text =
      '宁化县治平畲族乡民族团结进步事迹\n\n治平畲族乡位于宁化县西部，是福建省仅有的几个畲族乡之一，辖11个行政村，总人口1.2万人。';
    const regions = extractFacts(text, { date: '2024-06-01', resolver: lookup }).map(
      (f) => `${f.value}${f.unit} ${f.region_name}`,
    );
    expect(regions).toEqual(['11个 宁化县', '12000人 宁化县']);
  });
});

describe('extractFacts(places acting together)', () => {
  const lookup = gazetteerLookup();
  it('files a figure of two counties acting together under the page region', () => {
    const text =
      '大理白族自治州民族团结进步创建综述\n\n大理州全年新命名示范单位30个。全州重点打造宾川县、祥云县民族团结进步示范带2条，沿线串联示范村12个。';
    const regions = extractFacts(text, { date: '2024-06-01', resolver: lookup }).map(
      (f) => `${f.value}${f.unit} ${f.region_name}`,
    );
    expect(regions).toEqual(['30个 大理白族自治州', '2条 大理白族自治州', '12个 大理白族自治州']);
  });
});
