import { isNationalName, type RegionResolver } from '../geo';
import type { MatchKind } from '../geo';

export type RegionLevelHint = 'province' | 'prefecture' | 'county';

export type RegionMapping =
  | { status: 'matched'; code: string; confidence: number; match: MatchKind | 'override' }
  /** 全国, National Total: kept in the table with a null code, kept out of region maps. */
  | { status: 'national' }
  /** 东部地区, 合计: sums over several regions with no GB/T code. */
  | { status: 'aggregate' }
  /** 现役军人, 其他: rows that are not places. */
  | { status: 'non_region' }
  | { status: 'unmatched'; suggestions: { code: string; confidence: number }[] };

/** Name as written → the code to use, or null for "not a region". */
export type RegionOverrides = Readonly<Record<string, string | null>>;

const AGGREGATE =
  /^(?:合计|总计|小计|共计|总数|全省|全区|全市|全州|全盟|全地区|东部|中部|西部|东北)(?:地区)?$|^(?:全省|全区|全市|全州|全盟|全县|全地区|各市州|各州市|各地市|各市|各州)(?:合计|总计|小计|共计)$|^(?:少数)?民族(?:八省区|地区|自治地方)$|^(?:自治地方|市辖区|市区|郊县)(?:合计)?$|^(?:total|subtotal|sum|east(?:ern)?|central|west(?:ern)?|northeast(?:ern)?)(?: region)?$/i;
const NON_REGION =
  /^(?:现役军人|中国人民解放军|军人|武警|其他|其它|不详|未知|外籍|境外|待定|other|others|unknown|military|armed forces|active military)$/i;

/** `北  京` → 北京, `Guangxi,` → Guangxi, `西藏[a]` → 西藏, `#北京` → 北京, `其中：昆明市` → 昆明市. */
export function cleanRegionName(raw: string): string {
  let name = raw
    .replace(/\[[a-z0-9]{1,3}\]|[*†‡#①-⑩]/gi, '')
    .replace(/^\s*(?:其中|内|含)\s*[：:]\s*/, '')
    .replace(/^[\s\d.、)）]+(?=\D)/, '')
    .replace(/^[\s,.;:，。；：、]+|[\s,.;:，。；：、]+$/g, '');
  if (/[\u3400-\u9fff]/.test(name)) name = name.replace(/[\s\u3000]+/g, '');
  return name.replace(/\s+/g, ' ');
}

/** GB/T 2260 level from the code pattern: xx0000 province, xxxx00 prefecture. */
export function levelOfCode(code: string): RegionLevelHint {
  if (code.endsWith('0000')) return 'province';
  return code.endsWith('00') ? 'prefecture' : 'county';
}

export function isRegionRecognised(m: RegionMapping): boolean {
  return m.status !== 'unmatched';
}

export function classify(name: string): RegionMapping | null {
  if (isNationalName(name) || /^全国/.test(name)) return { status: 'national' };
  if (AGGREGATE.test(name)) return { status: 'aggregate' };
  if (NON_REGION.test(name)) return { status: 'non_region' };
  return null;
}

export function overrideOf(
  keys: readonly string[],
  overrides: RegionOverrides,
): RegionMapping | null {
  const key = keys.find((k) => Object.hasOwn(overrides, k));
  if (key === undefined) return null;
  const hit = overrides[key];
  if (hit === null || hit === undefined) return { status: 'non_region' };
  return { status: 'matched', code: hit, confidence: 1, match: 'override' };
}

/** Not a place (全国, 合计, 现役军人), or unmatched with suggestions. */
export function unresolved(clean: string, resolver: RegionResolver): RegionMapping {
  return (
    classify(clean) ?? {
      status: 'unmatched',
      suggestions: resolver.suggest(clean, 3).map(({ code, confidence }) => ({ code, confidence })),
    }
  );
}

/** The level most names resolve to; a tie or no matches gives none. */
function dominantLevel(mappings: Iterable<RegionMapping>): RegionLevelHint | undefined {
  const counts = new Map<RegionLevelHint, number>();
  for (const m of mappings)
    if (m.status === 'matched') {
      const level = levelOfCode(m.code);
      counts.set(level, (counts.get(level) ?? 0) + 1);
    }
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  return sorted[0] && sorted[0][1] !== sorted[1]?.[1] ? sorted[0][0] : undefined;
}

/** Each distinct name on its own, without context. */
export function resolveNames(
  names: Iterable<string>,
  resolver: RegionResolver,
  overrides: RegionOverrides = {},
): Map<string, RegionMapping> {
  const out = new Map<string, RegionMapping>();
  for (const raw of names) {
    if (out.has(raw)) continue;
    const clean = cleanRegionName(raw);
    const forced = overrideOf([raw, clean], overrides);
    const match = forced ? null : resolver.resolveRegion(clean);
    out.set(raw, forced ?? (match ? { status: 'matched', ...match } : unresolved(clean, resolver)));
  }
  return out;
}

/**
 * Maps each distinct name to a code. Names are resolved once without a level; then names
 * that also exist at the table's dominant level are re-resolved there (吉林 in a table of
 * prefectures is 吉林市, not 吉林省).
 */
export function mapRegions(
  names: Iterable<string>,
  resolver: RegionResolver,
  overrides: RegionOverrides = {},
): Map<string, RegionMapping> {
  return preferDominantLevel(resolveNames(names, resolver, overrides), resolver);
}

/** Re-resolves names that also exist at the level most names resolve to. */
export function preferDominantLevel(
  out: Map<string, RegionMapping>,
  resolver: RegionResolver,
): Map<string, RegionMapping> {
  const level = dominantLevel(out.values());
  if (level && level !== 'province')
    for (const [raw, m] of out) {
      if (m.status !== 'matched' || m.match === 'override' || levelOfCode(m.code) === level)
        continue;
      const again = resolver.resolveRegion(cleanRegionName(raw), { level });
      if (again) out.set(raw, { status: 'matched', ...again });
    }
  return out;
}

/** A cheap "is this cell a place (or 全国, 合计…)?" for shape detection; numbers and years are not. */
export function makeIsRegion(resolver: RegionResolver): (name: string) => boolean {
  const cache = new Map<string, boolean>();
  return (name) => {
    const hit = cache.get(name);
    if (hit !== undefined) return hit;
    const clean = cleanRegionName(name);
    const numeric = /^[\d.,%\s年-]+$/.test(clean) && !/^\d{6}$/.test(clean);
    const yes =
      clean.length > 0 &&
      clean.length <= 40 &&
      !numeric &&
      (resolver.resolveRegion(clean) !== null || classify(clean) !== null);
    if (cache.size < 100_000) cache.set(name, yes);
    return yes;
  };
}
