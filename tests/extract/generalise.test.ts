import { describe, expect, it } from 'vitest';
import { brief, run } from './support';

describe('extractFacts(themes carried across clauses)', () => {
  it('gives the type split of a naming the theme of its total', () => {
    const facts = run(
      '此次共有488个地方和单位被命名为全国民族团结进步示范区示范单位,其中市(地、州、盟)24个、县(市、区、旗)115个、机关47个以及其他单位81个。',
    );
    expect(facts.map(brief)).toEqual([
      '488个 coverage',
      '24个 coverage',
      '115个 coverage',
      '47个 coverage',
      '81个 coverage',
    ]);
  });

  it('carries a total into the next sentence after 其中', () => {
    const facts = run('国家民委命名了283个全国示范区示范单位。其中我省有5家。');
    expect(facts.map(brief)).toEqual(['283个 coverage', '5家 coverage']);
  });

  it('shares the predicate of parallel rates', () => {
    const facts = run('全州97.7%的行政村、90.5%的社区,94.4%的机关单位实现达标挂牌。');
    expect(facts.map((f) => f.theme)).toEqual(['coverage', 'coverage', 'coverage']);
  });

  it('counts the audience reached by a propaganda activity', () => {
    const facts = run('二是发放宣传资料1000份,确保政策直达群众,惠及1000人次。');
    expect(facts.map(brief)).toEqual(['1000份 trainings', '1000人次 trainings']);
  });

  it('leaves an audience of an unthemed sentence alone', () => {
    expect(run('项目建成后惠及群众3000人。').map(brief)).toEqual(['3000人 other']);
  });
});

describe('extractFacts(counted nouns and cues)', () => {
  it('counts places and projects that money goes to as funding', () => {
    const facts = run(
      '落实补助资金4050万元,对全省34个县128个少数民族发展补助项目进行扶持;投入3154万元建设了93个民族团结示范村。',
    );
    expect(facts.map(brief)).toEqual([
      '40500000元 funding',
      '34个 funding',
      '128个 funding',
      '31540000元 funding',
      '93个 coverage',
    ]);
  });

  it('reads honoured collectives and individuals without a commendation word', () => {
    expect(run('其中,吉林省8个集体和7名个人上榜。').map(brief)).toEqual([
      '8个 honours',
      '7名 honours',
    ]);
  });

  it('reads demonstration units visited on a study tour as training', () => {
    expect(run('学员先后参观学习了10余个民族团结进步示范单位。').map(brief)).toEqual([
      '10个 trainings',
    ]);
  });

  it('reads propaganda materials, displays and online reach as training', () => {
    const facts = run(
      '利用16处LED显示屏播放宣传内容;官方视频号累计推送200余篇,浏览量超过1200万人次。',
    );
    expect(facts.map(brief)).toEqual([
      '16处 trainings',
      '200篇 trainings',
      '12000000人次 trainings',
    ]);
  });

  it('counts places written without a measure word', () => {
    expect(run('深入全州10县市开展调研。').map((f) => [f.value, f.unit])).toEqual([[10, '个']]);
  });
});

describe('extractFacts(numerals, claims, standards and noise)', () => {
  it('reads mixed numerals after 亿', () => {
    expect(run('累计投入4亿5千万元,另有2亿三千万元。').map((f) => f.value)).toEqual([
      450_000_000, 230_000_000,
    ]);
  });

  // A claim without a figure is not a statistic (gold guidelines): no invented 100%.
  it('files no figure for a coverage claim written in words', () => {
    expect(run('扎实开展示范创建,实现乡镇、村(社区)全覆盖。')).toEqual([]);
    expect(run('做到应创尽创。')).toEqual([]);
    expect(run('开展示范创建,实现干部培训全覆盖。')).toEqual([]);
    expect(run('实现“三个全覆盖”。')).toEqual([]);
  });

  it('marks a per-unit standard as a rule', () => {
    const facts = run('具体标准为:每个示范村100万元,每个示范社区30万元。');
    expect(facts.map((f) => [f.value, f.theme, f.is_target])).toEqual([
      [1_000_000, 'funding', true],
      [300_000, 'funding', true],
    ]);
  });

  it('ignores percent-encoded figures in web addresses', () => {
    expect(run('来源:http://example.cn/%E6%B0%91%E6%97%8F/44325074/')).toEqual([]);
  });
});

describe('extractFacts(units, durations and rates of funds)', () => {
  it('counts teams of speakers (支) as trainings', () => {
    expect(run('组建宣讲队35支,开展宣讲120场。').map(brief)).toEqual([
      '35支 trainings',
      '120场 trainings',
    ]);
  });

  it('reads 对, 起 and 批次 as units', () => {
    expect(run('结成对子412对,调解纠纷37起,接待团队50批次。').map((f) => f.unit)).toEqual([
      '对',
      '起',
      '批次',
    ]);
  });

  it('reads N个月 as a duration, not a count', () => {
    expect(run('对资金闲置超过6个月的项目予以收回。')).toEqual([]);
  });

  // Sixth pass: an outturn rate of payment is a rate (other, as gold.json files rates); a
  // rate required by a deadline is a rule on the funds.
  it('files required rates of money paid out and rules on fund shares under funding', () => {
    expect(run('今年争取资金500万元,资金支付率为46.5%。').map(brief)).toEqual([
      '5000000元 funding',
      '46.5% other',
    ]);
    expect(run('确保年底前资金支付率达到100%。').map(brief)).toEqual(['100% funding']);
    expect(run('资金分配采取因素法,边境因素权重不低于30%。').map(brief)).toEqual(['30% funding']);
    expect(run('确保项目完工率达到95%以上。').map(brief)).toEqual(['95% other']);
  });

  it('counts funded projects and the projects finished among them', () => {
    expect(run('经研究,下达资金300万元,用于示范创建等项目6个,已完工4个。').map(brief)).toEqual([
      '3000000元 funding',
      '6个 funding',
      '4个 funding',
    ]);
  });

  it('does not theme administrative places or tourists by the sentence around them', () => {
    expect(run('来自8个县市的学员参加培训。').map(brief)).toEqual(['8个 other']);
    expect(run('全旗220个行政村开展示范家庭评选。').map(brief)).toEqual(['220个 other']);
    expect(run('8个县市全部建成省级示范县市。').map(brief)).toEqual(['8个 coverage']);
    expect(run('教育基地去年接待游客约1600万人次。').map((f) => f.theme)).toEqual(['other']);
  });
});

describe('extractFacts(breakdowns of the honoured)', () => {
  it('keeps 少数民族同志 among the honoured, not as population', () => {
    const facts = run('本次受表彰的模范个人中,基层一线同志231名,少数民族同志186名,女性同志97名。');
    expect(facts.map(brief)).toEqual(['231名 honours', '186名 honours', '97名 honours']);
    expect(run('全县有少数民族人口5万人。').map(brief)).toEqual(['50000人 other']);
  });
});
