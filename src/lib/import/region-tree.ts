import type { RegionMatch, RegionResolver } from '../geo';
import {
  cleanRegionName,
  levelOfCode,
  overrideOf,
  preferDominantLevel,
  resolveNames,
  unresolved,
  type RegionLevelHint,
  type RegionMapping,
  type RegionOverrides,
} from './regions';

/** The region of every row, and the mappings they are filed under. */
export interface RowRegions {
  /** Per input name (row order): its key in `mapping`. The name itself, or `上级/name`
   *  when the same name means different places under different parents. */
  keys: readonly string[];
  mapping: Map<string, RegionMapping>;
  /** True when the table lists regions under their parents (云南省, 昆明市, 曲靖市…). */
  nested: boolean;
  /** Rows whose region came out differently because of the region above them. */
  changed: number[];
}

const BELOW: Record<RegionLevelHint, RegionLevelHint[]> = {
  province: ['prefecture', 'county'],
  prefecture: ['county'],
  county: [],
};

/** A child code shares its parent's province (2) or prefecture (4) digits. */
function isWithin(code: string, parent: string): boolean {
  const level = levelOfCode(parent);
  if (code === parent || level === 'county') return false;
  return code.startsWith(parent.slice(0, level === 'province' ? 2 : 4));
}

/**
 * Rows right under a region that lies within it: a province followed by its cities. The
 * upper name must not also name a place of the lower levels (吉林 is a city too), or a
 * flat table of prefectures would pass for a nested one.
 */
function isNested(
  names: readonly string[],
  free: ReadonlyMap<string, RegionMapping>,
  resolver: RegionResolver,
): boolean {
  const isSureParent = (name: string, code: string) =>
    BELOW[levelOfCode(code)].every((level) => {
      const m = resolver.resolveRegion(cleanRegionName(name), { level });
      return !m || m.match === 'fuzzy';
    });
  let parent: { name: string; code: string } | null = null;
  for (const name of names) {
    const m = free.get(name);
    if (m?.status !== 'matched') continue;
    if (parent && isWithin(m.code, parent.code) && isSureParent(parent.name, parent.code))
      return true;
    parent = { name, code: m.code };
  }
  return false;
}

/**
 * Resolves names in table order, each first within the regions listed above it (nearest
 * first, one level down at a time), then on its own. Aggregates (合计, 其中：民族自治地方)
 * leave the context as it was; 全国 clears it.
 */
function resolveNested(
  names: readonly string[],
  resolver: RegionResolver,
  overrides: RegionOverrides,
) {
  const exists = (code: string) => resolver.resolveRegion(code)?.code === code;
  const withinStack = (clean: string, stack: readonly string[]): RegionMatch | null => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const parent = stack[i] ?? '';
      for (const level of BELOW[levelOfCode(parent)]) {
        const m = resolver.resolveRegion(clean, { parent, level });
        if (m && m.match !== 'fuzzy') return m;
      }
    }
    return null;
  };
  let stack: string[] = [];
  let province: string | null = null;
  const rows: { mapping: RegionMapping; province: string | null; changed: boolean }[] = [];
  for (let i = 0; i < names.length; i++) {
    const raw = names[i] ?? '';
    const previous = rows[i - 1];
    if (previous && raw === names[i - 1]) {
      rows.push(previous);
      continue;
    }
    const clean = cleanRegionName(raw);
    const forced = overrideOf([raw, clean], overrides);
    const free = forced ? null : resolver.resolveRegion(clean);
    const nested = forced ? null : withinStack(clean, stack);
    const match = nested ?? free;
    const mapping: RegionMapping =
      forced ?? (match ? { status: 'matched', ...match } : unresolved(clean, resolver));
    if (mapping.status === 'national') [stack, province] = [[], null];
    if (mapping.status === 'matched') {
      const code = mapping.code;
      const prefecture = `${code.slice(0, 4)}00`;
      const level = levelOfCode(code);
      stack = [`${code.slice(0, 2)}0000`];
      if (level === 'county' && exists(prefecture)) stack.push(prefecture);
      if (!stack.includes(code)) stack.push(code);
      stack = stack.filter((c) => c === code || exists(c));
      if (level === 'province') province = raw;
    }
    rows.push({ mapping, province, changed: nested !== null && nested.code !== free?.code });
  }
  return rows;
}

const sameMapping = (a: RegionMapping, b: RegionMapping) =>
  a.status === b.status &&
  (a.status !== 'matched' || (b.status === 'matched' && a.code === b.code));

/**
 * Maps the region name of every row. A table of provinces each followed by its cities (or
 * cities by their counties) is resolved in context and its levels kept apart; any other
 * table maps each distinct name once, preferring the level most names have.
 */
export function mapRowRegions(
  names: readonly string[],
  resolver: RegionResolver,
  overrides: RegionOverrides = {},
): RowRegions {
  const free = resolveNames(names, resolver, overrides);
  if (!isNested(names, free, resolver))
    return {
      keys: names,
      mapping: preferDominantLevel(free, resolver),
      nested: false,
      changed: [],
    };
  const rows = resolveNested(names, resolver, overrides);
  const firstOf = new Map<string, RegionMapping>();
  const ambiguous = new Set<string>();
  rows.forEach((r, i) => {
    const name = names[i] ?? '';
    const first = firstOf.get(name);
    if (!first) firstOf.set(name, r.mapping);
    else if (!sameMapping(first, r.mapping)) ambiguous.add(name);
  });
  const keys: string[] = [];
  const mapping = new Map<string, RegionMapping>();
  const changed: number[] = [];
  rows.forEach((r, i) => {
    const name = names[i] ?? '';
    const key = ambiguous.has(name) && r.province ? `${cleanRegionName(r.province)}/${name}` : name;
    keys.push(key);
    const forced = key !== name ? overrideOf([key], overrides) : null;
    if (!mapping.has(key)) mapping.set(key, forced ?? r.mapping);
    if (r.changed && (i === 0 || names[i - 1] !== name)) changed.push(i);
  });
  return { keys, mapping, nested: true, changed };
}
