import type { Candidate } from './candidates';
import { claimedPlaces, isNomination, isWholeSetClaim } from './set-claims';
import type { ExtractTheme } from './theme-cues';

/** Words that precede the counted noun rather than name it. */
const LEADING_VERBS =
  /^(?:.*?(?:累计|共计|合计|总计|共有|现有|已有|达到|实现|完成|举办|开展|组织|实施|建成|打造|命名|新增|发放|培训|争取|下达|投入|安排|拥有|辖有|辖|共|有|达|为|约|近|超过))/;

const han = (s: string) => s.replace(/[^\p{Script=Han}]/gu, '');

/** The Han noun right after the unit: 28个“城市民族工作示范社区” → 城市民族工作示范社区. */
function nounAfter(after: string): string {
  const m = /^["“「(]?([\p{Script=Han}]{1,12})/u.exec(after);
  const word = m?.[1] ?? '';
  return word.replace(
    /(?:共|被|的|参加|参与|开展|获|受到|得到|接受|达到|实现|基本|均|等|作为|进行|为).*$/,
    '',
  );
}

/** The Han noun right before the figure: 耕地面积2425亩 → 耕地面积. */
function nounBefore(before: string): string {
  const tail = /([\p{Script=Han}]{1,14})$/u.exec(before)?.[1] ?? '';
  const trimmed = tail.replace(LEADING_VERBS, '');
  return trimmed.slice(-8);
}

const FUNDING_NOUN =
  /([\p{Script=Han}]{0,8}?(?:资金|经费|投资|补助|补贴|奖补))[^资金经费投资补助补贴奖补]*$/u;

function trainingsLabel(c: Candidate, near: string): string {
  const u = c.unit;
  if (u === '期' || u === '班') return '培训班期数';
  if (u === '%') return /课时|学时/.test(near) ? '课时占比' : '培训宣讲覆盖率';
  if (u === '份' || u === '册' || u === '本') return '宣传资料数';
  if (u === '课时' || u === '学时') return '培训课时';
  if (u === '节') return '课程节数';
  if (u === '个' && /专题|课程/.test(near)) return '培训专题数';
  if (u === '门') return '培训课程数';
  if (/参赛|代表队/.test(near)) {
    if (['人', '名', '位', '人次'].includes(u)) return u === '人次' ? '参赛人次' : '参赛人数';
    return u === '支' ? '参赛队伍数' : '参赛单位数';
  }
  const kind = /宣讲/.test(near)
    ? '宣讲'
    : /讲座/.test(near)
      ? '讲座'
      : /研讨|学习/.test(near)
        ? '学习研讨'
        : /培训|学员|参训/.test(near)
          ? '培训'
          : '宣传教育活动';
  if (u === '人次') return /受众|观看|收看/.test(near) ? '受众人次' : `${kind}人次`;
  if (u === '人' || u === '名' || u === '位') {
    if (/受众|听众|观众/.test(near)) return '受众人数';
    if (/学员|参训|参加培训/.test(near)) return '参训人数';
    if (/教师|宣讲员|讲师|宣讲团/.test(near)) return '宣讲员人数';
    return `${kind}人数`;
  }
  if (u === '个') return /宣讲团/.test(near) ? '宣讲团数' : `${kind}覆盖数`;
  return kind === '学习研讨' ? '学习研讨次数' : `${kind}场次`;
}

function honoursLabel(c: Candidate, near: string): string {
  if (c.unit === '%') return '受表彰者构成占比';
  if (c.unit === '项' && /荣誉/.test(near))
    return `${/国家级/.test(near) ? '国家级' : ''}获得荣誉项数`;
  const level = /全国|国务院/.test(near) ? '全国' : /自治区|省|全区/.test(near) ? '省级' : '';
  const individual = /^[^,;、]{0,2}个人/.test(near) || ['名', '人', '位', '人次'].includes(c.unit);
  const kind = /先进/.test(near) && !/模范/.test(near) ? '先进' : '模范';
  return `${level}民族团结进步${kind}${individual ? '个人' : '集体'}`;
}

function coverageLabel(c: Candidate, after: string, near: string): string {
  if (c.unit === '%') return '创建覆盖率';
  const m =
    /(示范[区单位州市县旗乡镇村社区点带街企业学校园户基地窗口家庭长廊]{1,4}|[\p{Script=Han}]{0,2}基地|特色村寨|模范长廊|[红]?石榴籽?家园|试点|互嵌式社区)/u.exec(
      after + near,
    );
  const noun = m?.[1] ?? (nounAfter(after) || '创建单位');
  if (c.unit === '公里') return `${noun.replace(/长$/, '')}长度`;
  return /命名/.test(near) ? `命名${noun}数` : `${noun}数`;
}

/** A short label of what is counted, from the counted noun and the clause around the figure. */
export function labelIndicator(
  c: Candidate,
  theme: ExtractTheme,
  before: string,
  after: string,
): string {
  const near = before.slice(-24) + after.slice(0, 24);
  if (theme !== 'other' && isWholeSetClaim(after)) {
    const kind = theme === 'coverage' ? '创建' : theme === 'funding' ? '资金' : '宣传教育';
    return `${kind}覆盖${claimedPlaces(after)}数`;
  }
  if (isNomination(before, after)) {
    const title = /(?:模范|先进|示范)(?:集体|个人|单位|家庭|户|区|村|社区)/g;
    const named = [...before.slice(-20).matchAll(title)].at(-1) ?? [...after.matchAll(title)][0];
    return `推荐申报${named?.[0] ?? nounAfter(after)}数`;
  }
  if (theme === 'trainings') return trainingsLabel(c, near);
  if (theme === 'honours') return honoursLabel(c, after.slice(0, 30) + before.slice(-16));
  if (theme === 'coverage') return coverageLabel(c, after.slice(0, 20), before.slice(-16));
  if (theme === 'funding') {
    if (c.kind !== 'money') return c.unit === '%' ? '资金使用比例' : '资金支持项目数';
    const noun = FUNDING_NOUN.exec(before.slice(-20))?.[1] ?? '';
    return han(noun).replace(/^.*(?:分别|投入|安排|下达|争取|累计|筹集|整合|共)/, '') || '资金';
  }
  const noun = nounAfter(after) || nounBefore(before);
  return noun || (c.unit ? `${c.unit}数` : '数值');
}
