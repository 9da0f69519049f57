import type { Kind, Qualifier, RegionLevel, Reliability, Theme, Unit } from '../schema';
import type { BreaksError, PermalinkWarning, PermalinkWarningKey } from '../state';

/** Labels for the ViewState fields a permalink warning can name. */
type FieldLabels = Record<
  | 'theme'
  | 'indicator'
  | 'time'
  | 'year'
  | 'region'
  | 'level'
  | 'measure'
  | 'targets'
  | 'lang'
  | 'classing'
  | 'classCount'
  | 'breaks'
  | 'sameClasses'
  | 'version'
  | 'link',
  string
>;

const fields: FieldLabels = {
  theme: '主题',
  indicator: '指标',
  time: '时间口径',
  year: '年份',
  region: '地区',
  level: '地图层级',
  measure: '度量',
  targets: '目标值',
  lang: '语言',
  classing: '分级方法',
  classCount: '分级数',
  breaks: '分级断点',
  sameClasses: '各年统一分级',
  version: '版本',
  link: '链接',
};

function fieldLabel(field: string): string {
  return Object.hasOwn(fields, field) ? fields[field as keyof FieldLabels] : `“${field}”`;
}

const permalinkWarnings: Record<PermalinkWarningKey, (field: string) => string> = {
  unsupported_version: () => '链接来自不受支持的版本，已尽量按当前版本解析。',
  unknown_key: (f) => `已忽略链接中无法识别的参数 ${fieldLabel(f)}。`,
  invalid_value: (f) => `链接中的${fieldLabel(f)}无效，已改用默认值。`,
  unknown_indicator: () => '链接中的指标不存在，已改用默认指标。',
  duplicate_key: (f) => `链接中的${fieldLabel(f)}出现多次，已采用第一个值。`,
  too_long: (f) => `链接中的${fieldLabel(f)}过长，已改用默认值。`,
  malformed: (f) => `链接中的${fieldLabel(f)}编码有误，已改用默认值。`,
};

/**
 * The zh-CN catalogue is the reference: `Messages` is derived from it, so every other
 * catalogue must have exactly these keys.
 */
export const zh = {
  appTitle: '民族团结进步创建统计',
  loading: '加载中…',
  themes: {
    coverage: '创建覆盖',
    honours: '表彰',
    trainings: '培训宣讲',
    funding: '资金',
    context: '背景',
  } satisfies Record<Theme, string>,
  time: {
    label: '时间口径',
    period: '当期',
    stock: '累计',
  },
  measures: {
    label: '度量',
    absolute: '绝对值',
    per_10m: '每千万人',
    share: '占全国比重',
  },
  levels: {
    national: '全国',
    province: '省级',
    prefecture: '地级',
    county: '县级',
    township: '乡级',
    village: '村级',
    group: '区域组合',
  } satisfies Record<RegionLevel, string>,
  mapLevels: { label: '地图层级', province: '省', prefecture: '地市' },
  qualifiers: {
    exact: '精确值',
    approx: '约数',
    more_than: '超过',
    at_least: '不少于',
    at_most: '不超过',
  } satisfies Record<Qualifier, string>,
  kinds: {
    outturn: '实际完成',
    target: '目标',
    cumulative: '累计',
    policy: '政策参数',
  } satisfies Record<Kind, string>,
  showTargets: '显示目标值',
  reliability: {
    official: '官方',
    repost: '转载',
    low: '可靠性低',
  } satisfies Record<Reliability, string>,
  /** Counter shown after a number; zh keeps the stored unit as written. */
  unit: (unit: Unit, _n: number): string => unit,
  noData: '无数据',
  views: {
    map: '地图',
    table: '表格',
    ranking: '排名',
    trend: '趋势',
    facts: '数据条目',
    profile: '地区概况',
    sources: '来源',
    howToCite: '引用方式',
    sqlConsole: 'SQL 控制台',
  },
  classes: {
    label: '分级',
    quantile: '分位数',
    equal: '等距',
    custom: '自定义断点',
    count: '级数',
    breaks: '断点',
    breaksHint: (percent: boolean): string =>
      percent ? '用逗号分隔的百分数，如 10, 50, 90' : '用逗号分隔的数值，如 10, 50, 100',
    apply: '应用',
    same: '各年统一分级',
    sameHint: '按所有年份的数值分级，拖动年份时颜色可比',
    breaksError: (e: BreaksError): string => {
      switch (e.kind) {
        case 'empty':
          return '请填写至少一个断点。';
        case 'too_many':
          return `断点最多 ${e.max} 个。`;
        case 'not_a_number':
          return `第 ${e.index + 1} 个断点“${e.item}”不是数字。`;
        case 'not_ascending':
          return `第 ${e.index + 1} 个断点“${e.item}”须大于前一个。`;
      }
    },
  },
  controls: {
    play: '播放',
    pause: '暂停',
    year: '年份',
    region: '地区',
    allRegions: '全部地区',
    national: '全国',
    indicator: '指标',
    theme: '主题',
    language: '语言',
  },
  export: {
    label: '导出',
    png: 'PNG 图片',
    svg: 'SVG 矢量图',
    csv: 'CSV 数据',
    title: '标题',
    subtitle: '副标题',
    sourceNote: (sources: string) => `资料来源：${sources}`,
    notes: '注',
    mapApproval: (number: string) => `审图号：${number}`,
    basemapNotice:
      '在中国大陆公开发布的地图须使用经审核批准的底图并标注审图号；可载入自有的行政区划边界。',
    loadBoundaries: '载入边界文件',
  },
  share: {
    copyLink: '复制链接',
    linkCopied: '链接已复制',
    permalinkFallback: '链接中的部分设置无法识别，已改用默认值。',
    permalinkWarning: (w: PermalinkWarning) => permalinkWarnings[w.key](w.field),
  },
  errors: {
    dataLoadFailed: '数据加载失败',
    schemaMismatch: (found: number | null, expected: number) =>
      `数据库版本（${found ?? '未知'}）与本应用（需要版本 ${expected}）不符：请刷新页面；若仍出现，请用 npm run data 重新生成数据后再发布。`,
    queryFailed: '查询失败',
    unknownIndicator: (id: string) => `未知指标：${id}`,
    retry: '重试',
  },
  qualify: {
    approx: (x: string) => `约${x}`,
    more_than: (x: string) => `超过${x}`,
    at_least: (x: string) => `不少于${x}`,
    at_most: (x: string) => `不超过${x}`,
  },
};

export type Messages = typeof zh;
