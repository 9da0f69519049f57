import type { Region } from './types';

const HAN = /\p{Script=Han}/u;
const NON_HAN = /[^\p{Script=Han}]+/gu;
const BRACKETED = /[([{【〔《][^)\]}】〕》]*[)\]}】〕》]/g;
const TOTAL_MARKERS = ['合计', '小计', '总计', '本级', '汇总'];

/** Full-width → half-width, ideographic space → space, compatibility ideographs unified. */
export function foldWidth(raw: string): string {
  return raw.normalize('NFKC');
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * Keys made of Han characters only, most literal first. Dropping everything else
 * removes spaces, punctuation, numbering and pinyin annotations such as 雲(yún)南(nán)省.
 */
export function hanKeys(raw: string): string[] {
  const folded = foldWidth(raw);
  const keys = [folded.replace(NON_HAN, ''), folded.replace(BRACKETED, '').replace(NON_HAN, '')];
  for (const key of [...keys]) {
    const marker = TOTAL_MARKERS.find((m) => key.endsWith(m) && key.length - m.length >= 2);
    if (marker) keys.push(key.slice(0, -marker.length));
  }
  return unique(keys.filter((k) => k.length > 0));
}

/** Lower-case ASCII words, accents removed (Lüliang → luliang), everything else a separator. */
export function latinWords(raw: string): string[] {
  const plain = foldWidth(raw).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return plain.split(/[^a-z]+/).filter((w) => w.length > 0);
}

const ETHNIC_WORDS = new Set(
  (
    'zhuang hui uygur uyghur uighur yi bai dai hani miao tujia dong buyei bouyei tibetan zang ' +
    'qiang korean chaoxian mongol mongolian kazak kazakh kirgiz kyrgyz lisu jingpo naxi li she ' +
    'yao man manchu shui tu salar dongxiang bonan yugur daur ewenki oroqen xibe tajik lahu wa ' +
    'blang gelao mulao maonan nu derung pumi achang deang jino hezhen jing russian uzbek tatar ' +
    'gaoshan monba lhoba and various nationalities nationality ethnic'
  ).split(' '),
);

const GENERIC_WORDS = new Set(
  (
    'province sheng region municipality city shi sar special administrative prefecture ' +
    'county xian district qu league banner area diqu zizhizhou zizhiqu zizhixian pref'
  ).split(' '),
);

function dropTrailing(words: string[], drop: Set<string>): string[] {
  const kept = [...words];
  while (kept.length > 1 && drop.has(kept[kept.length - 1] ?? '')) kept.pop();
  return kept;
}

/**
 * Keys for a Latin-script name, most literal first: "Guangxi Zhuang Autonomous Region"
 * → guangxizhuangautonomousregion, guangxi. Spaces are dropped so Nei Mongol = Neimongol.
 */
export function latinKeys(raw: string): string[] {
  const words = latinWords(raw);
  if (words.length === 0) return [];
  const autonomous = words.indexOf('autonomous');
  const beforeAutonomous =
    autonomous > 0 ? dropTrailing(words.slice(0, autonomous), ETHNIC_WORDS) : words;
  const stripped = dropTrailing(beforeAutonomous, GENERIC_WORDS);
  return unique([words.join(''), stripped.join('')]);
}

const LEVEL_WORDS: [Region['level'], readonly string[]][] = [
  ['province', ['province', 'sheng', 'sar', 'municipality', 'zizhiqu']],
  ['prefecture', ['prefecture', 'league', 'diqu', 'zizhizhou', 'pref']],
  ['county', ['county', 'district', 'banner', 'xian', 'qu', 'zizhixian']],
];

/** The level a Latin name declares ("Chaoyang District" → county), if any. */
export function latinLevelHint(raw: string): Region['level'] | null {
  const words = latinWords(raw);
  if (words.includes('autonomous') && words.includes('region')) return 'province';
  return LEVEL_WORDS.find(([, markers]) => markers.some((m) => words.includes(m)))?.[0] ?? null;
}

/** The digits of a code-like input ("530000", " 53 ", "530000.0"), or null. */
export function digitsOf(raw: string): string | null {
  const match = /^\s*(\d+)(?:\.0+)?\s*$/.exec(foldWidth(raw));
  return match?.[1] ?? null;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
