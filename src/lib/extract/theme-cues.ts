/** Theme vocabulary: cue words and the units each theme counts in. */

export const EXTRACT_THEMES = ['coverage', 'honours', 'trainings', 'funding', 'other'] as const;
export type ExtractTheme = (typeof EXTRACT_THEMES)[number];
export type ScoredTheme = Exclude<ExtractTheme, 'other'>;

interface Cue {
  re: RegExp;
  weight: number;
}

const cue = (source: string, weight = 1): Cue => ({ re: new RegExp(source, 'gu'), weight });

/** Cue words per theme. General vocabulary of creation reports, not phrases of any one report. */
export const CUES: Record<ScoredTheme, Cue[]> = {
  honours: [
    cue('模范(?:集体|个人|单位|家庭|人物|户)'),
    cue('示范(?:集体|个人)'),
    cue('选树|评选', 0.7),
    cue('先进(?:集体|个人|单位|工作者)'),
    cue('表彰'),
    cue('荣誉称号'),
    cue('授予', 0.8),
  ],
  coverage: [
    cue('示范(?!作用|带动|引领|引导|效应|集体|个人)'),
    cue('模范(?:县|市|州|旗|乡|镇|村|社区|区|长廊)'),
    cue('创建(?:成|为|成为)'),
    cue('达标', 0.8),
    cue('榜上有名|获此殊荣|上榜|入选|获评|候选|培育名录', 0.6),
    // Bases and positions of education built for the work: 教育基地, 宣传教育阵地.
    cue('(?:教育|研究|实践|展示|教学)(?:基地|点|阵地)|宣传阵地'),
    cue('特色村寨'),
    cue('模范长廊'),
    // Sites of the work built and named after it: 民族团结一条街, 团结进步主题公园.
    // Rooms and halls of the work in a model unit: 民族团结进步教育活动室, 团结进步展览馆.
    cue(
      '(?:民族团结|团结进步)[^,;。\\d]{0,4}(?:一条街|街区|主题街|广场|公园|长廊|驿站|活动室|陈列室|展室|展馆|展厅|展览馆)',
    ),
    cue('石榴籽?["”」]?(?:家园|之家|驿站|工作室)'),
    // Sites of ethnic culture built for the work: 民族文化传承基地, 畲族文化广场, 畲歌传习所.
    cue('族[^,;。\\d]{0,8}(?:文化广场|传承基地|传习基地|传习所|传习馆|传习中心)|传习所'),
    // Service stations of the work: 民族团结服务站, “石榴籽”服务驿站, 创建工作站.
    cue('(?:民族团结|团结进步|石榴籽|创建)[^,;。\\d]{0,6}(?:服务站|工作站|服务驿站)'),
    cue('互嵌|嵌入式'),
    cue('命名'),
    cue('挂牌', 0.7),
    cue('试点', 0.7),
    cue('创建(?:单位|覆盖率|达标率?|点|对象)'),
  ],
  trainings: [
    cue('培训|轮训|集训|调训|研修|受训|研学'),
    // Classes by other names: 传习班, 讲习班, 学习班, 夜校.
    cue('(?:传习|讲习|学习|夜校)班|夜校|讲习所'),
    // A propaganda team of the work itself (民族团结宣传队), not a folk-art troupe (文化宣传队).
    cue('团结(?:进步)?宣传队'),
    cue('学员'),
    cue('宣讲'),
    // Lecture series: 讲座, (民族团结)大讲堂.
    cue('讲座|讲堂'),
    cue('党课|授课|讲授|课时|学时'),
    // Lessons taken to the people: 流动课堂, 同心课堂, 送教上门, 送教下乡.
    cue('课堂|送教'),
    // Lessons at school: 主题班会, 思政课, 教育课 (not 课题, a research topic).
    cue('班会|(?:思政|教育|团结)课(?!题)'),
    cue('学习研讨|研讨|专题学习|集中学习'),
    // 宣传教育阵地 is a site built for the work, not a propaganda event.
    cue('宣传(?!队|[\\p{Script=Han}]{0,4}阵地)'),
    cue('受众|听众|观众'),
    cue('观看|收看'),
    cue(
      '(?:团结|进步|民族|宣传|主题|爱国主义|法治)教育(?![\\p{Script=Han}]{0,4}(?:基地|室|馆|厅|中心|阵地))|教育活动(?![室馆厅]|中心|阵地)|受教育',
    ),
    cue('(?:覆盖|接待)(?=[^,;。]{0,16}人次)', 0.8),
    cue('演出|展演', 0.8),
    // 创建活动 is the creation work itself, not an education event.
    cue('(?<!创建)活动(?![室场中阵])', 0.8),
    cue('知识竞赛|演讲比赛|征文'),
    // Joining an insurance scheme (参加医保) is welfare, not taking part in an event.
    cue('参加(?![^,;。\\d]{0,4}(?:医保|保险|社保|合作医疗))|参与|参训|参演', 0.6),
    // People a campaign reached: 覆盖中小学生八千余名.
    cue('覆盖(?=[^,;。\\d]{0,6}(?:学生|师生|群众|干部|居民|职工))', 0.8),
    // Programmes and articles put out by the work: 文艺节目32个, 广播节目48期, 刊发稿件312篇.
    cue('节目|稿件|刊发|刊播', 0.8),
    // Materials and displays of propaganda.
    cue('展板|横幅|标语|海报|墙报|板报|宣传栏|宣传品|宣传册|手册|折页|显示屏|电子屏|LED', 0.8),
    // Posts on official accounts and their reach.
    cue('推送|浏览量|阅读量|点击量|播放量|抖音|视频号|公众号|融媒体|宣传专栏', 0.8),
    // Study visits: sites toured by trainees.
    cue('参观|观摩|考察学习|学习考察|学习交流', 0.8),
  ],
  funding: [
    cue('资金'),
    cue('投资|投入'),
    cue('经费'),
    cue('拨付|下达|划拨|拨到|拨给|落实'),
    cue('补助|补贴|奖补|资助'),
    // Awards of money to units named or commended (一次性奖励20万元).
    cue('奖励|奖金', 0.8),
    cue('争取', 0.7),
    cue('安排', 0.5),
    cue('扶持', 0.7),
    cue('自筹|配套|整合|筹集|捐赠|捐款|贴息|援助|用于', 0.8),
  ],
};

/** Units each theme counts in. */
export const UNITS: Record<ScoredTheme, Set<string>> = {
  honours: new Set(['个', '名', '人', '位', '家', '所', '个次', '人次', '项', '户', '批', '次']),
  coverage: new Set(['个', '家', '所', '处', '条', '户', '座', '%', '批', '人', '名', '村']),
  trainings: new Set([
    '期',
    '班',
    '场',
    '场次',
    '次',
    '人',
    '人次',
    '名',
    '位',
    '份',
    '课时',
    '学时',
    '节',
    '%',
    '个',
    '册',
    '本',
    '部',
    '件',
    '篇',
    '处',
    '块',
    '幅',
    '张',
    '条',
    // Teams of speakers (宣讲队35支) are trainings work.
    '支',
    // Courses a training developed (课程12门).
    '门',
  ]),
  funding: new Set(['元', '个', '项', '%']),
};

export function themeTakesUnit(theme: ExtractTheme, unit: string): boolean {
  return theme === 'other' || UNITS[theme].has(unit);
}

/** Nouns after a small Chinese numeral that make it a count of the work (三条示范带). */
export const COUNTED_THEME_NOUN = new RegExp(
  '^[^,;。]{0,6}(?:' +
    [...CUES.coverage, ...CUES.honours]
      .map((c) => c.re.source)
      .concat(['培训班', '宣讲团', '讲座'])
      .join('|') +
    ')',
);

/** The work named right before a small Chinese numeral: 举办培训班五期, 开展宣讲三场. */
export const COUNTED_BEFORE = /(?:培训班|研修班|宣讲|讲座|表彰大会|示范单位|示范村)$/;

/** Cue weight per theme over a span: what a sentence is about, whatever its figures count. */
export function cueWeights(text: string, from: number, to: number): Record<ScoredTheme, number> {
  const body = text.slice(from, to);
  const sum = (cues: Cue[]) =>
    cues.reduce((n, { re, weight }) => n + [...body.matchAll(re)].length * weight, 0);
  return {
    honours: sum(CUES.honours),
    coverage: sum(CUES.coverage),
    trainings: sum(CUES.trainings),
    funding: sum(CUES.funding),
  };
}
