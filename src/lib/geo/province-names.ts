/** Official English names of the provincial-level divisions, by GB/T 2260 code. */
export const PROVINCE_NAMES_EN: Readonly<Record<string, string>> = {
  '110000': 'Beijing',
  '120000': 'Tianjin',
  '130000': 'Hebei',
  '140000': 'Shanxi',
  '150000': 'Inner Mongolia',
  '210000': 'Liaoning',
  '220000': 'Jilin',
  '230000': 'Heilongjiang',
  '310000': 'Shanghai',
  '320000': 'Jiangsu',
  '330000': 'Zhejiang',
  '340000': 'Anhui',
  '350000': 'Fujian',
  '360000': 'Jiangxi',
  '370000': 'Shandong',
  '410000': 'Henan',
  '420000': 'Hubei',
  '430000': 'Hunan',
  '440000': 'Guangdong',
  '450000': 'Guangxi',
  '460000': 'Hainan',
  '500000': 'Chongqing',
  '510000': 'Sichuan',
  '520000': 'Guizhou',
  '530000': 'Yunnan',
  '540000': 'Tibet',
  '610000': 'Shaanxi',
  '620000': 'Gansu',
  '630000': 'Qinghai',
  '640000': 'Ningxia',
  '650000': 'Xinjiang',
  '710000': 'Taiwan',
  '810000': 'Hong Kong',
  '820000': 'Macao',
};

/** Other English spellings in use (postal, Wade-Giles, Mongolian, Portuguese). */
export const PROVINCE_ENGLISH_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '110000': ['Peking'],
  '150000': ['Nei Mongol', 'Inner Mongolian'],
  '540000': ['Xizang', 'Tibet (Xizang)'],
  '610000': ['Shensi'],
  '810000': ['Hongkong', 'HKSAR'],
  '820000': ['Macau'],
};

/**
 * Hanyu pinyin of the short names where it differs from the English name. 陕西 is
 * left out: its plain pinyin "shanxi" is 山西's English name, hence "Shaanxi".
 */
export const PROVINCE_PINYIN: Readonly<Record<string, string>> = {
  '150000': 'Neimenggu',
  '540000': 'Xizang',
  '810000': 'Xianggang',
  '820000': 'Aomen',
};

/** Former or colloquial names still met in reports, mapped to the current code. */
export const FORMER_NAMES: Readonly<Record<string, string>> = {
  思茅: '530800',
  思茅市: '530800',
  襄樊: '420600',
  襄樊市: '420600',
  博州: '652700',
  巴州: '652800',
  克州: '653000',
  内蒙: '150000',
};
