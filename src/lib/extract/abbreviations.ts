/**
 * Contracted place names as reports write them, derived by rule from gazetteer names (no table
 * of places): banners and 左翼/右翼 counties by their first character, side and position
 * (科尔沁左翼中旗 → 科左中旗, 新巴尔虎右旗 → 新右旗, 乌拉特前旗 → 乌前旗, 喀喇沁左翼县 → 喀左县),
 * other banners with long names by their first character (陈巴尔虎旗 → 陈旗, 莫力达瓦旗 → 莫旗)
 * or, after a direction, their first two (东乌珠穆沁旗 → 东乌旗),
 * and autonomous prefectures with four-character stems likewise (巴音郭楞州 → 巴州); autonomous
 * areas also without their peoples (湘西自治州, 峨山自治县). The ethnic-autonomy words are
 * already gone from the short names (楚雄彝族自治州 → 楚雄州).
 */
import type { Region } from '../geo';

type Named = Pick<Region, 'code' | 'name' | 'short_name' | 'level'>;

/** Side and position: 科尔沁 + 左翼 + 中 + 旗, 新巴尔虎 + 右 + 旗, 喀喇沁 + 左翼 + 县. */
const SIDED = /^(\p{Script=Han}{2,}?)(左翼|右翼|左|右)(前|中|后)?(?:联合)?(旗|县)$/u;
/** Position only: 乌拉特 + 前 + 旗. */
const POSITIONED = /^(\p{Script=Han}{2,}?)(前|中|后)旗$/u;
/** First characters that begin too many other words to stand for a place on their own. */
const GENERIC_FIRST = /^[东西南北中上下前后左右大小新老一二两三四五六七八九十正]/;
const DIRECTION_FIRST = /^[东西南北]/;

/** 湘西土家族苗族自治州 → 湘西自治州, 峨山彝族自治县 → 峨山自治县: the people left out, the autonomy kept. */
function autonomousForm(r: Named): string[] {
  const generic = /自治(州|县|旗)$/.exec(r.name)?.[1];
  if (!generic || !r.short_name.endsWith(generic)) return [];
  return [`${r.short_name.slice(0, -1)}自治${generic}`];
}

function contractionsOf(r: Named): string[] {
  return [...autonomousForm(r), ...shortForms(r)];
}

function shortForms(r: Named): string[] {
  const short = r.short_name;
  if (r.level === 'county') {
    const sided = SIDED.exec(short);
    if (sided) {
      const [, stem = '', side = '', position = '', generic = ''] = sided;
      return [`${stem[0]}${side[0]}${position}${generic}`];
    }
    const positioned = POSITIONED.exec(short);
    if (positioned) return [`${positioned[1]?.[0]}${positioned[2]}旗`];
    const stem = short.endsWith('旗') ? short.slice(0, -1) : '';
    if (stem.length >= 3 && !GENERIC_FIRST.test(stem)) return [`${stem[0]}旗`];
    if (stem.length >= 4 && DIRECTION_FIRST.test(stem)) return [`${stem.slice(0, 2)}旗`];
    return [];
  }
  if (r.level === 'prefecture' && r.name.endsWith('自治州')) {
    const stem = short.slice(0, -1);
    if (stem.length >= 4 && !GENERIC_FIRST.test(stem)) return [`${stem[0]}州`];
  }
  return [];
}

/**
 * Contractions that name exactly one region and no other place under its own name. A form
 * two regions contract to (鄂旗: 鄂托克, 鄂温克, 鄂伦春) is dropped rather than guessed.
 */
export function deriveContractions(regions: readonly Named[]): Map<string, Named> {
  const names = new Set(regions.flatMap((r) => [r.name, r.short_name]));
  const derived = new Map<string, Named | null>();
  for (const r of regions) {
    for (const form of contractionsOf(r)) {
      if (names.has(form) || form === r.short_name) continue;
      const seen = derived.get(form);
      derived.set(form, seen === undefined || seen?.code === r.code ? r : null);
    }
  }
  const unique = new Map<string, Named>();
  for (const [form, r] of derived) if (r) unique.set(form, r);
  return unique;
}
