import { editDistanceFuzzyCandidates, rankSuggestions } from './fuzzy-match';
import { matchCode } from './match-code';
import { isNationalName } from './national-names';
import { foldWidth, hanKeys, hasHan, latinKeys, latinLevelHint } from './normalize-name';
import { pickCandidate } from './pick-candidate';
import { buildRegionIndex, type Candidate } from './region-index';
import type { Region, RegionMatch } from './types';

export { isNationalName };

export interface ResolveContext {
  /** Name or code of a province or prefecture the region lies in. */
  parent?: string;
  level?: Region['level'];
}

export interface ResolverOptions {
  /** Traditional → Simplified conversion, e.g. an opencc-js converter; injected to keep its dictionaries optional. */
  toSimplified?: (text: string) => string;
}

export interface RegionResolver {
  resolveRegion(name: string, ctx?: ResolveContext): RegionMatch | null;
  suggest(name: string, n?: number): RegionMatch[];
}

/** Below this a match is a guess the caller should show as unmatched. */
export const MIN_CONFIDENCE = 0.6;
const TRADITIONAL_CONFIDENCE = 0.95;
const MAX_PATH_DEPTH = 2;
const CACHE_LIMIT = 100_000;

/** Where a match may lie; `strictlyBelow` excludes the parent itself. */
interface Scope {
  level?: Region['level'];
  parent?: string;
  strictlyBelow?: boolean;
}

export function createResolver(
  regions: readonly Region[],
  opts: ResolverOptions = {},
): RegionResolver {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const index = buildRegionIndex(regions);
  const ancestors = buildAncestors(byCode);
  const levelOf = (code: string): Region['level'] => byCode.get(code)?.level ?? 'county';
  const cache = new Map<string, RegionMatch | null>();

  const isWithin = (code: string, parent: string): boolean =>
    code === parent || (ancestors.get(code)?.includes(parent) ?? false);

  const isInScope = (code: string, scope: Scope): boolean =>
    (!scope.level || levelOf(code) === scope.level) &&
    (!scope.parent ||
      (isWithin(code, scope.parent) && !(scope.strictlyBelow && code === scope.parent)));

  const pickIn = (candidates: readonly Candidate[], scope: Scope): RegionMatch | null =>
    pickCandidate(candidates, (code) => isInScope(code, scope), levelOf);

  const lookup = (key: string, scope: Scope): RegionMatch | null =>
    pickIn(index.byKey.get(key) ?? [], scope);

  const simplify = (name: string): string =>
    opts.toSimplified && hasHan(name) ? opts.toSimplified(foldWidth(name)) : name;

  const allKeys = (name: string): string[] => [
    ...new Set([...hanKeys(name), ...hanKeys(simplify(name)), ...latinKeys(name)]),
  ];

  /** 云南省楚雄州楚雄市: the longest known head, then the tail strictly under it. */
  function resolvePath(key: string, scope: Scope, depth: number): RegionMatch | null {
    if (depth > MAX_PATH_DEPTH) return null;
    const chars = Array.from(key);
    for (let cut = chars.length - 2; cut >= 2; cut--) {
      const head = chars.slice(0, cut).join('');
      const tail = chars.slice(cut).join('');
      const heads = (index.byKey.get(head) ?? []).filter(
        (c) => levelOf(c.code) !== 'county' && isInScope(c.code, { parent: scope.parent }),
      );
      const found = bestOf(heads.map((h) => resolveTail(h, tail, scope, depth)));
      if (found) return found;
    }
    return null;
  }

  function resolveTail(
    head: Candidate,
    tail: string,
    scope: Scope,
    depth: number,
  ): RegionMatch | null {
    const below: Scope = { level: scope.level, parent: head.code, strictlyBelow: true };
    const child = lookup(tail, below) ?? resolvePath(tail, below, depth + 1);
    return child && { ...child, confidence: Math.min(child.confidence, head.confidence) };
  }

  function resolveHan(keys: string[], scope: Scope): RegionMatch | null {
    for (const key of keys) {
      const hit = lookup(key, scope);
      if (hit) return hit;
    }
    return bestOf(keys.map((key) => resolvePath(key, scope, 1)));
  }

  function resolveTraditional(name: string, scope: Scope): RegionMatch | null {
    const simplified = simplify(name);
    if (!opts.toSimplified || simplified === foldWidth(name)) return null;
    const hit = resolveHan(hanKeys(simplified), scope);
    if (!hit) return null;
    const confidence = Math.min(hit.confidence, TRADITIONAL_CONFIDENCE);
    return { ...hit, match: 'traditional', confidence };
  }

  /** A declared level ("… District") is a preference, not a filter: "Beijing City" is a province. */
  function resolveLatin(name: string, scope: Scope): RegionMatch | null {
    const keys = latinKeys(name);
    const hint = latinLevelHint(name);
    const lookupAll = (s: Scope) => bestOf(keys.map((key) => lookup(key, s)));
    const hinted = hint && !scope.level ? lookupAll({ ...scope, level: hint }) : null;
    return hinted ?? lookupAll(scope);
  }

  function resolveFuzzy(name: string, scope: Scope): RegionMatch | null {
    const candidates = allKeys(name).flatMap((key) => editDistanceFuzzyCandidates(index, key));
    return pickIn(candidates, scope);
  }

  /** An unknown parent is ignored rather than trusted to exclude everything. */
  function scopeOf(ctx: ResolveContext | undefined): Scope {
    const parent = ctx?.parent ? resolveCached(ctx.parent, undefined)?.code : undefined;
    return { level: ctx?.level, parent };
  }

  /** Clean names (the common case) hit the index as they are, before any normalisation. */
  function resolveVerbatim(name: string, scope: Scope): RegionMatch | null {
    const trimmed = name.trim();
    const lowered = hasHan(trimmed) ? null : trimmed.toLowerCase();
    return lookup(trimmed, scope) ?? (lowered ? lookup(lowered, scope) : null);
  }

  function resolveUncached(name: string, ctx: ResolveContext | undefined): RegionMatch | null {
    const scope = scopeOf(ctx);
    const verbatim = resolveVerbatim(name, scope);
    if (verbatim) return verbatim;
    const byNumber = matchCode(name, byCode);
    if (byNumber) return byNumber;
    if (isNationalName(name)) return null;
    const byHan = hasHan(name)
      ? (resolveHan(hanKeys(name), scope) ?? resolveTraditional(name, scope))
      : null;
    const hit = byHan ?? resolveLatin(name, scope) ?? resolveFuzzy(name, scope);
    return hit && hit.confidence >= MIN_CONFIDENCE ? hit : null;
  }

  function resolveCached(name: string, ctx: ResolveContext | undefined): RegionMatch | null {
    const cacheKey = `${name}\u0001${ctx?.parent ?? ''}\u0001${ctx?.level ?? ''}`;
    const cached = cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const result = resolveUncached(name, ctx);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(cacheKey, result);
    return result;
  }

  function suggest(name: string, n = 5): RegionMatch[] {
    const best = resolveCached(name, undefined);
    const ranked = rankSuggestions(index, allKeys(name), levelOf);
    const merged = best ? [best, ...ranked.filter((m) => m.code !== best.code)] : ranked;
    return merged.slice(0, n);
  }

  return { resolveRegion: resolveCached, suggest };
}

function bestOf(matches: (RegionMatch | null)[]): RegionMatch | null {
  let best: RegionMatch | null = null;
  for (const m of matches) if (m && (!best || m.confidence > best.confidence)) best = m;
  return best;
}

function buildAncestors(byCode: ReadonlyMap<string, Region>): Map<string, string[]> {
  const ancestors = new Map<string, string[]>();
  for (const region of byCode.values()) {
    const chain: string[] = [];
    for (
      let p = region.parent_code;
      p && chain.length < 3;
      p = byCode.get(p)?.parent_code ?? null
    ) {
      chain.push(p);
    }
    ancestors.set(region.code, chain);
  }
  return ancestors;
}
