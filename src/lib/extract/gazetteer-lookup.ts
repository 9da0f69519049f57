import type { Region } from '../geo';
import type { RegionLookup, RegionRef } from './regions';

const ADMIN_SUFFIX = /[省市州县区旗盟]$/;

/**
 * An exact-name lookup over the gazetteer for scanning running text: full names, and short
 * names that still end in an administrative suffix (楚雄州, 西盟县) or name a province.
 * Names shared by several regions (朝阳区) resolve to nothing rather than to a guess.
 */
export function createRegionLookup(regions: readonly Region[]): RegionLookup {
  const byName = new Map<string, RegionRef | null>();
  const byCode = new Map<string, RegionRef>();
  const add = (key: string, ref: RegionRef) => {
    const seen = byName.get(key);
    if (seen === undefined) byName.set(key, ref);
    else if (seen && seen.code !== ref.code) byName.set(key, null);
  };
  for (const r of regions) {
    const ref = { code: r.code, name: r.name };
    byCode.set(r.code, ref);
    add(r.name, ref);
    const shortOk =
      r.level === 'province' ? r.short_name.length >= 2 : ADMIN_SUFFIX.test(r.short_name);
    if (shortOk && r.short_name.length >= 2) add(r.short_name, ref);
  }
  return {
    resolve: (name) => byName.get(name) ?? null,
    byCode: (code) => byCode.get(code) ?? null,
  };
}
