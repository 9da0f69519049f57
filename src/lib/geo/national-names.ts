import { hanKeys, hasHan, latinWords } from './normalize-name';

const NATIONAL_HAN = new Set([
  '全国',
  '中国',
  '全中国',
  '中华人民共和国',
  '全国合计',
  '全国总计',
  '全国汇总',
  '全国各地',
  '全国平均',
  '中国大陆',
  '中国内地',
  '全国范围',
]);

const NATIONAL_LATIN = new Set([
  'national',
  'nationaltotal',
  'nationwide',
  'nationalaverage',
  'china',
  'chinatotal',
  'prc',
  'peoplesrepublicofchina',
  'thepeoplesrepublicofchina',
  'chinamainland',
  'mainlandchina',
  'allchina',
  'wholecountry',
  'quanguo',
  'zhongguo',
]);

/** True for names of the whole country (全国, 中国, National Total…), which are not regions. */
export function isNationalName(name: string): boolean {
  if (hasHan(name)) return hanKeys(name).some((key) => NATIONAL_HAN.has(key));
  return NATIONAL_LATIN.has(latinWords(name).join(''));
}
