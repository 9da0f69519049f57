/**
 * Region mentions in report text through an injected lookup, the document's main region,
 * and section headings (包头市:…) that scope the figures under them.
 */
import { listedStems, qualifiedNames } from './page-names';

export interface RegionRef {
  code: string;
  name: string;
}

export interface RegionLookup {
  /** An exact place name (full or short) → its region, or null. */
  resolve(name: string): RegionRef | null;
  /** A GB/T 2260 code → its region; lets the main-region guess name an unmentioned parent. */
  byCode?(code: string): RegionRef | null;
  /** A two-character contraction (巴州, 陈旗); other names that short are not scanned for. */
  resolveShort?(name: string): RegionRef | null;
  /** A county's two-character full name (芒市, 茂县); scanned only where it stands as a word. */
  resolveBare?(name: string): RegionRef | null;
  /** A name (shared or not) of a region under the ancestor with this code (540100 + 城关区). */
  resolveUnder?(ancestor: string, name: string): RegionRef | null;
}

/**
 * 茂县 inside 经费县级 or 新县 inside 新县城 is no place: a two-character name counts only
 * after a break, a list mark or a place (阿坝州茂县), and not before 级, 城 or 域.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const beforeOk = !/\p{Script=Han}/u.test(before) || /[、和与及]/.test(before);
  return beforeOk && !/^[级城域]/.test(text[end] ?? '');
}

export interface RegionMention extends RegionRef {
  start: number;
  end: number;
}

/** Short names of provinces, written without 省/自治区 (考察云南, 新疆各族). */
const PROVINCE_SHORTS =
  '北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆'.split(
    ' ',
  );
const SUFFIX = /[省市州县区旗盟]/;
const MIN_NAME = 3;
const MAX_NAME = 12;

export function findRegionMentions(text: string, lookup: RegionLookup): RegionMention[] {
  let found = scanMentions(text, (name) => lookup.resolve(name), lookup);
  const qualified = qualifiedNames(text, lookup, found);
  if (qualified.size)
    found = scanMentions(
      text,
      (name) => lookup.resolve(name) ?? qualified.get(name) ?? null,
      lookup,
    );
  const listed = listedStems(text, found);
  return listed.length ? [...found, ...listed].sort((a, b) => a.start - b.start) : found;
}

function scanMentions(
  text: string,
  resolveName: (name: string) => RegionRef | null,
  lookup: RegionLookup,
): RegionMention[] {
  const cache = new Map<string, RegionRef | null>();
  const resolve = (name: string) => {
    if (!cache.has(name)) cache.set(name, resolveName(name));
    return cache.get(name) ?? null;
  };
  const found: RegionMention[] = [];
  for (let end = 1; end <= text.length; end++) {
    const last = text[end - 1] ?? '';
    if (SUFFIX.test(last)) {
      for (let len = Math.min(MAX_NAME, end); len >= MIN_NAME - 1; len--) {
        const name = text.slice(end - len, end);
        if (!/^\p{Script=Han}+$/u.test(name)) continue;
        const bare = () =>
          standsAlone(text, end - len, end) ? (lookup.resolveBare?.(name) ?? null) : null;
        const hit = len < MIN_NAME ? (lookup.resolveShort?.(name) ?? bare()) : resolve(name);
        if (hit) {
          found.push({ ...hit, start: end - len, end });
          break;
        }
      }
    }
  }
  for (const short of PROVINCE_SHORTS) {
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
      const hit = resolve(short);
      if (hit) found.push({ ...hit, start: at, end: at + short.length });
    }
  }
  // Keep the longest of overlapping mentions: 内蒙古自治区 over 内蒙古.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RegionMention[] = [];
  for (const m of found) {
    const prev = kept[kept.length - 1];
    if (prev && m.start < prev.end) {
      if (m.end - m.start > prev.end - prev.start) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}

/** GB/T 2260 ancestors by code prefix: 532326 → 532300, 530000. */
export function ancestorsOf(code: string): string[] {
  const out: string[] = [];
  if (!code.endsWith('00')) out.push(`${code.slice(0, 4)}00`);
  if (!code.endsWith('0000')) out.push(`${code.slice(0, 2)}0000`);
  return out;
}

/** Share of a parent's weight a child must hold for the guess to descend to it. */
const DESCEND_SHARE = 0.6;
/** One passing mention in the body (a quoted speaker's village) does not make a page's subject. */
const MIN_MAIN_WEIGHT = 2;

/**
 * Addresses written as one run (青海省海南藏族自治州兴海县, 宁夏银川市金凤区) name one place:
 * the last, when each part lies inside the one before it. A part that lies elsewhere is no
 * place of its own.
 */
export function mergeAddresses(mentions: readonly RegionMention[]): RegionMention[] {
  const merged: RegionMention[] = [];
  for (const m of mentions) {
    const prev = merged[merged.length - 1];
    const adjoining = prev && prev.end === m.start;
    if (adjoining && ancestorsOf(m.code).includes(prev.code)) {
      merged[merged.length - 1] = { ...m, start: prev.start };
    } else if (adjoining && !ancestorsOf(prev.code).includes(m.code)) {
      // 伊宁市老城区: a name right after a place it is not in is a part of that place (its
      // old town), not the district of the same name in another city.
      continue;
    } else merged.push(m);
  }
  return merged;
}

/**
 * The region a document is about: mention weights (titles count triple) summed up the
 * hierarchy; start at the heaviest province and descend while one child dominates.
 */
export function guessMainRegion(
  mentions: readonly (RegionMention & { weight?: number })[],
  lookup: RegionLookup,
): RegionRef | null {
  const weight = new Map<string, number>();
  const names = new Map<string, string>();
  for (const m of mentions) {
    names.set(m.code, m.name);
    for (const code of [m.code, ...ancestorsOf(m.code)]) {
      weight.set(code, (weight.get(code) ?? 0) + (m.weight ?? 1));
    }
  }
  const provinces = [...weight].filter(([code]) => code.endsWith('0000'));
  provinces.sort((a, b) => b[1] - a[1]);
  let current = provinces[0]?.[0];
  if (!current || (provinces[0]?.[1] ?? 0) < MIN_MAIN_WEIGHT) return null;
  for (;;) {
    const parentWeight = weight.get(current) ?? 0;
    const children = [...weight].filter(([code]) => ancestorsOf(code)[0] === current);
    children.sort((a, b) => b[1] - a[1]);
    const top = children[0];
    if (!top || top[1] < DESCEND_SHARE * parentWeight) break;
    current = top[0];
  }
  for (let code: string | undefined = current; code; code = ancestorsOf(code)[0]) {
    const name = names.get(code) ?? lookup.byCode?.(code)?.name;
    if (name) return { code, name };
    if (code.endsWith('0000')) break;
  }
  return null;
}
