import type { Region } from '../geo';
import { deriveContractions } from './abbreviations';
import { ancestorsOf, type RegionLookup, type RegionRef } from './regions';

const ADMIN_SUFFIX = /[省市州县区旗盟]$/;
/** Shorter names are matched in running text only when derived as contractions (巴州, 陈旗). */
const MIN_SCANNED_NAME = 3;

/**
 * An exact-name lookup over the gazetteer for scanning running text: full names, short
 * names that still end in an administrative suffix (楚雄州, 西盟县) or name a province, and
 * contractions derived from them (新右旗, 巴州). Names shared by several regions (朝阳区)
 * resolve to nothing rather than to a guess.
 */
export function createRegionLookup(regions: readonly Region[]): RegionLookup {
  const byName = new Map<string, RegionRef | null>();
  const byCode = new Map<string, RegionRef>();
  const contracted = new Map<string, RegionRef>();
  const bare = new Map<string, RegionRef | null>();
  /** `${ancestor code}|${name}`: 拉萨市 + 城关区, where the name alone is shared. */
  const underAncestor = new Map<string, RegionRef>();
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
    for (const above of ancestorsOf(r.code)) {
      underAncestor.set(`${above}|${r.name}`, ref);
      if (shortOk) underAncestor.set(`${above}|${r.short_name}`, ref);
    }
    // 芒市, 茂县: a county whose full name is two characters; shared names resolve to nothing.
    if (r.name.length === 2 && /[县市]$/.test(r.name)) {
      const seen = bare.get(r.name);
      bare.set(r.name, seen === undefined || seen?.code === ref.code ? ref : null);
    }
  }
  for (const [form, r] of deriveContractions(regions)) {
    const ref = { code: r.code, name: r.name };
    if (form.length >= MIN_SCANNED_NAME) add(form, ref);
    else contracted.set(form, ref);
  }
  return {
    resolve: (name) => byName.get(name) ?? contracted.get(name) ?? null,
    resolveShort: (name) => contracted.get(name) ?? null,
    resolveBare: (name) => bare.get(name) ?? null,
    byCode: (code) => byCode.get(code) ?? null,
    resolveUnder: (ancestor, name) => underAncestor.get(`${ancestor}|${name}`) ?? null,
  };
}
