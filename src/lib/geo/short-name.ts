import type { Region } from './types';

type Level = Region['level'];

/** The 55 minority ethnonyms as they appear inside autonomous-area names, without 族. */
const ETHNONYMS = [
  '蒙古',
  '回',
  '藏',
  '维吾尔',
  '苗',
  '彝',
  '壮',
  '布依',
  '朝鲜',
  '满',
  '侗',
  '瑶',
  '白',
  '土家',
  '哈尼',
  '哈萨克',
  '傣',
  '黎',
  '傈僳',
  '佤',
  '畲',
  '高山',
  '拉祜',
  '水',
  '东乡',
  '纳西',
  '景颇',
  '柯尔克孜',
  '土',
  '达斡尔',
  '仫佬',
  '羌',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '塔吉克',
  '怒',
  '乌孜别克',
  '俄罗斯',
  '鄂温克',
  '德昂',
  '保安',
  '裕固',
  '京',
  '塔塔尔',
  '独龙',
  '鄂伦春',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
];

// Longest first so 蒙古族 is tried before 古族-like accidents and 土家 before 土.
const ETHNIC_SUFFIXES = buildEthnicSuffixes();

function buildEthnicSuffixes(): string[] {
  const withZu = ETHNONYMS.map((e) => `${e}族`);
  // A single character without 族 (回, 白, 水…) is too often part of a place name.
  const bare = ETHNONYMS.filter((e) => e.length > 1);
  return ['各族', ...withZu, ...bare].sort((a, b) => b.length - a.length);
}

/** Strips trailing ethnonyms: 红河哈尼族彝族 → 红河; 东乡族 → 东乡 (the place is named after the people). */
export function stripEthnonyms(stem: string): string {
  let rest = stem;
  for (;;) {
    const suffix = ETHNIC_SUFFIXES.find((s) => rest.endsWith(s) && rest.length - s.length >= 2);
    if (!suffix) break;
    rest = rest.slice(0, -suffix.length);
  }
  if (rest === stem && stem.endsWith('族') && stem.length >= 3) return stem.slice(0, -1);
  return rest;
}

const PROVINCE_SUFFIXES = ['特别行政区', '自治区', '省', '市'];

function shortenProvince(name: string): string {
  const suffix = PROVINCE_SUFFIXES.find((s) => name.endsWith(s));
  return suffix ? stripEthnonyms(name.slice(0, -suffix.length)) : name;
}

function shortenPrefecture(name: string): string {
  if (name.endsWith('自治州')) return `${stripEthnonyms(name.slice(0, -3))}州`;
  if (name.endsWith('地区')) return name.slice(0, -2);
  if (name.endsWith('市') && name.length > 2) return name.slice(0, -1);
  return name;
}

function shortenCounty(name: string): string {
  if (name.endsWith('自治县')) return `${stripEthnonyms(name.slice(0, -3))}县`;
  if (name.endsWith('自治旗')) return `${stripEthnonyms(name.slice(0, -3))}旗`;
  return name;
}

/**
 * The common short form: 云南省 → 云南, 广西壮族自治区 → 广西, 楚雄彝族自治州 → 楚雄州,
 * 昆明市 → 昆明, 阿克苏地区 → 阿克苏, 峨山彝族自治县 → 峨山县; leagues, banners and
 * ordinary counties keep their name.
 */
export function shortenRegionName(name: string, level: Level): string {
  if (level === 'province') return shortenProvince(name);
  if (level === 'prefecture') return shortenPrefecture(name);
  return shortenCounty(name);
}

const PREFECTURE_GENERIC = ['州', '盟', '市', '地区'];
const COUNTY_GENERIC = ['林区', '特区', '县', '区', '市', '旗'];

/** The short name without its generic suffix (楚雄州 → 楚雄, 峨山县 → 峨山); at least two characters. */
export function regionStem(shortName: string, level: Level): string {
  if (level === 'province') return shortName;
  const generic = level === 'prefecture' ? PREFECTURE_GENERIC : COUNTY_GENERIC;
  const suffix = generic.find((s) => shortName.endsWith(s) && shortName.length - s.length >= 2);
  return suffix ? shortName.slice(0, -suffix.length) : shortName;
}
