import { singleDeletions } from './fuzzy';
import { latinKeys } from './normalize-name';
import {
  FORMER_NAMES,
  PROVINCE_ENGLISH_ALIASES,
  PROVINCE_NAMES_EN,
  PROVINCE_PINYIN,
} from './province-names';
import { regionStem } from './short-name';
import type { MatchKind, Region } from './types';

export interface Candidate {
  code: string;
  match: MatchKind;
  confidence: number;
}

export interface RegionIndex {
  byKey: Map<string, Candidate[]>;
  /** One-character deletions of each key (long enough to be safe) → the keys; built on first use. */
  byDeletion: () => Map<string, string[]>;
}

const SUFFIX_VARIANTS: Record<Region['level'], readonly string[]> = {
  province: ['省', '市', '自治区'],
  prefecture: ['市', '州', '自治州', '地区', '盟'],
  county: ['县', '区', '市', '旗', '自治县', '自治旗'],
};

type Alias = Candidate & { key: string };

function hanAliases(region: Region): Alias[] {
  const { code, level } = region;
  const alias = (key: string, confidence: number, match: MatchKind = 'short'): Alias => ({
    key,
    code,
    match,
    confidence,
  });
  const aliases = [alias(region.name, 1, 'exact'), alias(region.short_name, 0.95)];
  const stem = regionStem(region.short_name, level);
  if (stem.length >= 2) {
    aliases.push(alias(stem, 0.9), ...SUFFIX_VARIANTS[level].map((s) => alias(stem + s, 0.85)));
  }
  return aliases;
}

function latinAliases(region: Region): Alias[] {
  const { code } = region;
  const english = PROVINCE_NAMES_EN[code];
  if (region.level === 'province' && english) {
    const englishNames = [english, ...(PROVINCE_ENGLISH_ALIASES[code] ?? [])];
    const pinyin = PROVINCE_PINYIN[code];
    return [
      ...englishNames.flatMap((n) =>
        withLatinKeys(n, { code, match: 'english', confidence: 0.95 }),
      ),
      ...(pinyin ? withLatinKeys(pinyin, { code, match: 'pinyin', confidence: 0.9 }) : []),
    ];
  }
  return region.name_en
    ? withLatinKeys(region.name_en, { code, match: 'pinyin', confidence: 0.9 })
    : [];
}

function withLatinKeys(name: string, candidate: Candidate): Alias[] {
  const key = latinKeys(name)[0];
  if (!key) return [];
  // Lüliang is typed as Lvliang as often as Luliang.
  const spellings = name.toLowerCase().includes('ü')
    ? [key, latinKeys(name.replace(/ü/giu, 'v'))[0] ?? key]
    : [key];
  return [...new Set(spellings)].map((k) => ({ ...candidate, key: k }));
}

function formerNameAliases(known: Set<string>): Alias[] {
  return Object.entries(FORMER_NAMES)
    .filter(([, code]) => known.has(code))
    .map(([key, code]) => ({ key, code, match: 'short', confidence: 0.9 }));
}

function addCandidate(byKey: Map<string, Candidate[]>, key: string, candidate: Candidate): void {
  const list = byKey.get(key);
  if (!list) {
    byKey.set(key, [candidate]);
    return;
  }
  const same = list.findIndex((c) => c.code === candidate.code);
  if (same < 0) list.push(candidate);
  else if ((list[same]?.confidence ?? 0) < candidate.confidence) list[same] = candidate;
}

function isLongEnoughForFuzzy(key: string): boolean {
  return /^[a-z]+$/.test(key) ? key.length >= 5 : Array.from(key).length >= 3;
}

function buildDeletionIndex(keys: Iterable<string>): Map<string, string[]> {
  const byDeletion = new Map<string, string[]>();
  for (const key of keys) {
    if (!isLongEnoughForFuzzy(key)) continue;
    for (const deletion of singleDeletions(key)) {
      const list = byDeletion.get(deletion);
      if (list) list.push(key);
      else byDeletion.set(deletion, [key]);
    }
  }
  return byDeletion;
}

export function buildRegionIndex(regions: readonly Region[]): RegionIndex {
  const byKey = new Map<string, Candidate[]>();
  const known = new Set(regions.map((r) => r.code));
  for (const region of regions) {
    for (const { key, ...candidate } of [...hanAliases(region), ...latinAliases(region)]) {
      addCandidate(byKey, key, candidate);
    }
  }
  for (const { key, ...candidate } of formerNameAliases(known)) addCandidate(byKey, key, candidate);
  let byDeletion: Map<string, string[]> | undefined;
  return { byKey, byDeletion: () => (byDeletion ??= buildDeletionIndex(byKey.keys())) };
}
