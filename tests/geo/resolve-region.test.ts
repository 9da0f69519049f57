import * as OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../scripts/gazetteer';
import {
  createResolver,
  isNationalName,
  MIN_CONFIDENCE,
  type RegionResolver,
  type ResolveContext,
} from '../../src/lib/geo/resolve-region';
import type { Region } from '../../src/lib/geo/types';

let regions: Region[];
let resolver: RegionResolver;

beforeAll(() => {
  regions = buildGazetteer();
  resolver = createResolver(regions, { toSimplified: OpenCC.Converter({ from: 'tw', to: 'cn' }) });
});

const codeOf = (name: string, ctx?: ResolveContext): string | null =>
  resolver.resolveRegion(name, ctx)?.code ?? null;

/** [code, full name, short name, English name] */
const PROVINCES: [string, string, string, string][] = [
  ['110000', '北京市', '北京', 'Beijing'],
  ['120000', '天津市', '天津', 'Tianjin'],
  ['130000', '河北省', '河北', 'Hebei'],
  ['140000', '山西省', '山西', 'Shanxi'],
  ['150000', '内蒙古自治区', '内蒙古', 'Inner Mongolia'],
  ['210000', '辽宁省', '辽宁', 'Liaoning'],
  ['220000', '吉林省', '吉林', 'Jilin'],
  ['230000', '黑龙江省', '黑龙江', 'Heilongjiang'],
  ['310000', '上海市', '上海', 'Shanghai'],
  ['320000', '江苏省', '江苏', 'Jiangsu'],
  ['330000', '浙江省', '浙江', 'Zhejiang'],
  ['340000', '安徽省', '安徽', 'Anhui'],
  ['350000', '福建省', '福建', 'Fujian'],
  ['360000', '江西省', '江西', 'Jiangxi'],
  ['370000', '山东省', '山东', 'Shandong'],
  ['410000', '河南省', '河南', 'Henan'],
  ['420000', '湖北省', '湖北', 'Hubei'],
  ['430000', '湖南省', '湖南', 'Hunan'],
  ['440000', '广东省', '广东', 'Guangdong'],
  ['450000', '广西壮族自治区', '广西', 'Guangxi'],
  ['460000', '海南省', '海南', 'Hainan'],
  ['500000', '重庆市', '重庆', 'Chongqing'],
  ['510000', '四川省', '四川', 'Sichuan'],
  ['520000', '贵州省', '贵州', 'Guizhou'],
  ['530000', '云南省', '云南', 'Yunnan'],
  ['540000', '西藏自治区', '西藏', 'Tibet'],
  ['610000', '陕西省', '陕西', 'Shaanxi'],
  ['620000', '甘肃省', '甘肃', 'Gansu'],
  ['630000', '青海省', '青海', 'Qinghai'],
  ['640000', '宁夏回族自治区', '宁夏', 'Ningxia'],
  ['650000', '新疆维吾尔自治区', '新疆', 'Xinjiang'],
  ['710000', '台湾省', '台湾', 'Taiwan'],
  ['810000', '香港特别行政区', '香港', 'Hong Kong'],
  ['820000', '澳门特别行政区', '澳门', 'Macao'],
];

describe('resolveRegion(province name)', () => {
  it.each(PROVINCES)('resolves %s from its full name %s with confidence 1', (code, full) => {
    expect(resolver.resolveRegion(full)).toEqual({ code, confidence: 1, match: 'exact' });
  });

  it.each(PROVINCES)('resolves %s from its short name', (code, _full, short) => {
    const match = resolver.resolveRegion(short);
    expect(match?.code).toBe(code);
    expect(match?.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it.each(PROVINCES)(
    'resolves %s from its English name in any case',
    (code, _full, _short, english) => {
      expect(codeOf(english)).toBe(code);
      expect(codeOf(english.toUpperCase())).toBe(code);
      expect(codeOf(` ${english.toLowerCase()} province `)).toBe(code);
    },
  );

  it.each(PROVINCES)('resolves %s from its two-digit code', (code) => {
    expect(resolver.resolveRegion(code.slice(0, 2))).toEqual({
      code,
      confidence: 1,
      match: 'code',
    });
  });

  it.each(PROVINCES)('resolves %s from its padded, full-width-spaced full name', (code, full) => {
    expect(codeOf(`\u3000${full} `)).toBe(code);
  });
});

describe('resolveRegion(prefecture name)', () => {
  it.each([
    ['楚雄彝族自治州', '532300'],
    ['楚雄州', '532300'],
    ['延边朝鲜族自治州', '222400'],
    ['延边州', '222400'],
    ['延边', '222400'],
    ['恩施州', '422800'],
    ['湘西州', '433100'],
    ['湘西自治州', '433100'],
    ['阿坝州', '513200'],
    ['甘孜州', '513300'],
    ['凉山州', '513400'],
    ['黔东南州', '522600'],
    ['黔南州', '522700'],
    ['黔西南州', '522300'],
    ['红河州', '532500'],
    ['文山州', '532600'],
    ['西双版纳', '532800'],
    ['大理州', '532900'],
    ['德宏州', '533100'],
    ['怒江州', '533300'],
    ['迪庆州', '533400'],
    ['临夏州', '622900'],
    ['甘南州', '623000'],
    ['果洛州', '632600'],
    ['玉树州', '632700'],
    ['海西州', '632800'],
    ['海南藏族自治州', '632500'],
    ['昌吉州', '652300'],
    ['博尔塔拉蒙古自治州', '652700'],
    ['博州', '652700'],
    ['巴音郭楞州', '652800'],
    ['克孜勒苏州', '653000'],
    ['伊犁州', '654000'],
    ['兴安盟', '152200'],
    ['锡林郭勒盟', '152500'],
    ['锡林郭勒', '152500'],
    ['阿拉善盟', '152900'],
    ['大兴安岭地区', '232700'],
    ['大兴安岭', '232700'],
    ['阿里地区', '542500'],
    ['阿克苏地区', '652900'],
    ['喀什地区', '653100'],
    ['和田地区', '653200'],
    ['昆明', '530100'],
    ['昆明市', '530100'],
    ['呼和浩特', '150100'],
    ['乌鲁木齐市', '650100'],
    ['拉萨', '540100'],
    ['鄂尔多斯', '150600'],
    ['日喀则地区', '540200'],
    ['林芝地区', '540400'],
    ['铜仁地区', '520600'],
    ['吐鲁番地区', '650400'],
    ['思茅', '530800'],
    ['襄樊市', '420600'],
  ])('resolves %s to %s', (name, code) => {
    expect(codeOf(name)).toBe(code);
  });

  it('prefers the prefecture for a bare stem shared with its seat (楚雄)', () => {
    const match = resolver.resolveRegion('楚雄');
    expect(match?.code).toBe('532300');
    expect(match?.confidence).toBeLessThan(0.9);
  });
});

describe('resolveRegion(county name)', () => {
  it.each([
    ['峨山彝族自治县', '530426'],
    ['峨山县', '530426'],
    ['峨山', '530426'],
    ['巴林右旗', '150423'],
    ['大理市', '532901'],
    ['楚雄市', '532301'],
    ['景洪市', '532801'],
    ['香格里拉市', '533401'],
    ['芒市', '533103'],
    ['贡山独龙族怒族自治县', '533324'],
    ['贡山县', '533324'],
    ['兰坪县', '533325'],
    ['察布查尔锡伯自治县', '654022'],
    ['塔什库尔干县', '653131'],
    ['库车市', '652902'],
    ['莫力达瓦达斡尔族自治旗', '150722'],
    ['莫力达瓦旗', '150722'],
    ['鄂伦春自治旗', '150723'],
    ['鄂温克族自治旗', '150724'],
    ['额济纳旗', '152923'],
    ['科尔沁右翼前旗', '152221'],
    ['长白朝鲜族自治县', '220623'],
    ['延吉市', '222401'],
    ['龙胜各族自治县', '450328'],
    ['三江县', '450226'],
    ['凯里市', '522601'],
    ['三都水族自治县', '522732'],
    ['威宁县', '520526'],
    ['吉首市', '433101'],
    ['互助土族自治县', '630223'],
    ['循化县', '630225'],
    ['北川羌族自治县', '510726'],
    ['石柱县', '500240'],
    ['神农架林区', '429021'],
    ['六枝特区', '520203'],
    ['仙桃市', '429004'],
    ['白沙黎族自治县', '469025'],
    ['石河子市', '659001'],
    ['东乡族自治县', '622926'],
    ['东乡县', '622926'],
    ['积石山县', '622927'],
    ['河南蒙古族自治县', '632324'],
    ['格尔木市', '632801'],
    ['康定市', '513301'],
    ['都江堰市', '510181'],
  ])('resolves %s to %s', (name, code) => {
    expect(codeOf(name)).toBe(code);
  });
});

describe('resolveRegion(traditional name)', () => {
  it.each([
    ['雲南省', '530000'],
    ['內蒙古', '150000'],
    ['廣西壯族自治區', '450000'],
    ['臺灣', '710000'],
    ['澳門', '820000'],
    ['黑龍江省', '230000'],
    ['寧夏回族自治區', '640000'],
    ['新疆維吾爾自治區', '650000'],
    ['烏魯木齊市', '650100'],
    ['涼山彝族自治州', '513400'],
    ['延邊朝鮮族自治州', '222400'],
    ['西雙版納', '532800'],
    ['紅河州', '532500'],
    ['雲(yún)南(nán)省', '530000'],
  ])('resolves %s to %s', (name, code) => {
    const match = resolver.resolveRegion(name);
    expect(match).toMatchObject({ code, match: 'traditional' });
    expect(match?.confidence).toBeLessThanOrEqual(0.95);
  });

  it('leaves Traditional names unmatched when no converter is injected', () => {
    expect(createResolver(regions).resolveRegion('廣西壯族自治區')).toBeNull();
  });
});

describe('resolveRegion(English or pinyin name)', () => {
  it.each([
    ['Inner Mongolia', '150000'],
    ['Inner Mongolia Autonomous Region', '150000'],
    ['Nei Mongol', '150000'],
    ['Neimenggu', '150000'],
    ['Xizang', '540000'],
    ['Tibet Autonomous Region', '540000'],
    ['Guangxi Zhuang Autonomous Region', '450000'],
    ['Guangxi,', '450000'],
    ['Ningxia Hui Autonomous Region', '640000'],
    ['Xinjiang Uygur Autonomous Region', '650000'],
    ['Hong Kong SAR', '810000'],
    ['Hongkong', '810000'],
    ['Xianggang', '810000'],
    ['Macau', '820000'],
    ['Macao SAR', '820000'],
    ['Aomen', '820000'],
    ['Beijing Municipality', '110000'],
    ['Chuxiong Yi Autonomous Prefecture', '532300'],
    ['Yanbian', '222400'],
    ['Xishuangbanna', '532800'],
    ['Kunming', '530100'],
    ['Lüliang', '141100'],
    ['Lvliang', '141100'],
    ['Chaoyang District', '110105'],
  ])('resolves %s to %s', (name, code) => {
    expect(codeOf(name)).toBe(code);
  });

  it('keeps Shanxi and Shaanxi apart', () => {
    expect(resolver.resolveRegion('Shanxi')).toEqual({
      code: '140000',
      confidence: 0.95,
      match: 'english',
    });
    expect(codeOf('Shaanxi Province')).toBe('610000');
  });
});

describe('resolveRegion(code)', () => {
  it.each([
    ['53', '530000'],
    ['530000', '530000'],
    [' 530000 ', '530000'],
    ['５３００００', '530000'],
    ['530000.0', '530000'],
    ['532301', '532301'],
    ['5323', '532300'],
    ['530000000000', '530000'],
    ['810000', '810000'],
  ])('resolves %s to %s', (name, code) => {
    expect(resolver.resolveRegion(name)).toEqual({ code, confidence: 1, match: 'code' });
  });

  it('reads a municipal pseudo-prefecture code (110100) as the municipality', () => {
    expect(resolver.resolveRegion('110100')).toEqual({
      code: '110000',
      confidence: 0.9,
      match: 'code',
    });
  });

  it('returns null for codes that are not regions', () => {
    expect(resolver.resolveRegion('999999')).toBeNull();
    expect(resolver.resolveRegion('429000')).toBeNull();
    expect(resolver.resolveRegion('123')).toBeNull();
  });
});

describe('resolveRegion(noisy name)', () => {
  it.each([
    ['北  京', '110000'],
    ['\u3000北京市 ', '110000'],
    ['云 南 省', '530000'],
    ['1. 云南省', '530000'],
    ['云南省（滇）', '530000'],
    ['【云南】', '530000'],
    ['云南省合计', '530000'],
    ['云南省本级', '530000'],
    ['云南 Yunnan', '530000'],
    ['YUNNAN', '530000'],
    ['云南省/楚雄州', '532300'],
    ['云南省楚雄彝族自治州楚雄市', '532301'],
    ['北京市朝阳区', '110105'],
    ['吉林省吉林市', '220200'],
    ['楚雄彝族自治洲', '532300'],
    ['Guangdon', '440000'],
    ['Xingjiang', '650000'],
  ])('resolves %s to %s', (name, code) => {
    expect(codeOf(name)).toBe(code);
  });

  it('marks typo matches as fuzzy with reduced confidence', () => {
    const match = resolver.resolveRegion('楚雄彝族自治洲');
    expect(match?.match).toBe('fuzzy');
    expect(match?.confidence).toBeLessThan(0.9);
    expect(match?.confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
  });

  it.each(['', '   ', '北京路', '云南生', '火星', 'abc', 'Atlantis'])(
    'returns null for %j',
    (name) => {
      expect(resolver.resolveRegion(name)).toBeNull();
    },
  );
});

describe('resolveRegion(ambiguous name, ctx)', () => {
  it('picks the prefecture for 朝阳 without context, with lower confidence', () => {
    const match = resolver.resolveRegion('朝阳');
    expect(match?.code).toBe('211300');
    expect(match?.confidence).toBeLessThan(0.95);
  });

  it('resolves 朝阳 to the Beijing district under parent 北京', () => {
    expect(codeOf('朝阳', { parent: '北京' })).toBe('110105');
    expect(codeOf('朝阳区', { parent: '110000' })).toBe('110105');
  });

  it('resolves 朝阳区 to the Changchun district under parent 长春 or 吉林省', () => {
    expect(codeOf('朝阳区', { parent: '长春市' })).toBe('220104');
    expect(codeOf('朝阳区', { parent: '220000' })).toBe('220104');
  });

  it('gives a same-level tie (两个朝阳区) a low confidence without context', () => {
    expect(resolver.resolveRegion('朝阳区')?.confidence).toBe(0.75);
  });

  it('resolves 通州 by its parent', () => {
    expect(codeOf('通州', { parent: '北京市' })).toBe('110112');
    expect(codeOf('通州区', { parent: '南通' })).toBe('320612');
    expect(resolver.resolveRegion('通州')?.confidence).toBeLessThan(0.8);
  });

  it('resolves 鼓楼区 under 福州 and 西湖区 under 南昌', () => {
    expect(codeOf('鼓楼区', { parent: '福州市' })).toBe('350102');
    expect(codeOf('西湖区', { parent: '南昌' })).toBe('360103');
  });

  it('resolves 楚雄 to the county-level city at county level', () => {
    expect(codeOf('楚雄', { level: 'county' })).toBe('532301');
  });

  it('resolves 吉林 to the province by default and to the city at prefecture level', () => {
    expect(codeOf('吉林')).toBe('220000');
    expect(codeOf('吉林', { level: 'prefecture' })).toBe('220200');
  });

  it('resolves 海南 to the province by default and to the Qinghai prefecture under 青海', () => {
    expect(codeOf('海南')).toBe('460000');
    expect(codeOf('海南州', { parent: '青海' })).toBe('632500');
    expect(codeOf('海南', { parent: '青海', level: 'prefecture' })).toBe('632500');
  });

  it('reads a province-prefecture path under a level filter', () => {
    expect(codeOf('云南省楚雄州', { level: 'prefecture' })).toBe('532300');
    expect(codeOf('楚雄州楚雄市', { parent: '云南', level: 'county' })).toBe('532301');
  });

  it('ignores a parent it cannot resolve', () => {
    expect(codeOf('楚雄州', { parent: '不存在的地方' })).toBe('532300');
  });

  it('returns null when nothing of that name lies under the parent', () => {
    expect(codeOf('朝阳区', { parent: '云南' })).toBeNull();
  });
});

describe('isNationalName(name)', () => {
  it.each([
    '全国',
    '中国',
    '全国合计',
    '中华人民共和国',
    ' 全 国 ',
    'National',
    'National Total',
    'china',
    'Nationwide',
  ])('is true for %j', (name) => {
    expect(isNationalName(name)).toBe(true);
  });

  it.each(['云南', 'Yunnan', '中山市', '530000'])('is false for %j', (name) => {
    expect(isNationalName(name)).toBe(false);
  });
});

describe('resolveRegion(national name)', () => {
  it.each(['全国', '中国', 'National', 'National Total', '全国总计'])(
    'returns null for %s',
    (name) => {
      expect(resolver.resolveRegion(name)).toBeNull();
    },
  );
});

describe('suggest(name, n)', () => {
  it('ranks the intended prefecture first for a typo (楚雄洲)', () => {
    const suggestions = resolver.suggest('楚雄洲', 3);
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0]?.code).toBe('532300');
  });

  it('ranks Kunming first for Kunmin', () => {
    expect(resolver.suggest('Kunmin')[0]?.code).toBe('530100');
  });

  it('puts the resolved match first with its own confidence', () => {
    expect(resolver.suggest('云南省')[0]).toEqual({
      code: '530000',
      confidence: 1,
      match: 'exact',
    });
  });

  it('returns five distinct codes by default, best first', () => {
    const suggestions = resolver.suggest('北京路');
    expect(suggestions).toHaveLength(5);
    expect(new Set(suggestions.map((s) => s.code)).size).toBe(5);
    expect(suggestions[0]?.code).toBe('110000');
    const confidences = suggestions.map((s) => s.confidence);
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
  });
});

describe('createResolver(regions)', () => {
  // Speed is measured by `npm run bench`, not asserted here.
  it('resolves every name form of every region, padded with spaces, across 100k inputs', () => {
    const fresh = createResolver(regions);
    const names = regions.flatMap((r) => [r.name, r.short_name, r.name_en]);
    const inputs = Array.from({ length: 100_000 }, (_, i) => {
      const pad = ' '.repeat(Math.floor(i / names.length));
      return pad + (names[i % names.length] ?? '');
    });
    const unresolved = inputs.filter((name) => fresh.resolveRegion(name) === null);
    expect(unresolved).toEqual([]);
  });
});
