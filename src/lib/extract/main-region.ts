/**
 * The main region of each piece of a page: the place its title and body name most, or the
 * region of the level it calls its own (我县, 全县) within that place.
 */
import type { PageLayout } from './page-layout';
import { BELOW_COUNTY, isOfLevel, pieceOf, type ScopeWord } from './region-words';
import {
  ancestorsOf as ancestorCodes,
  guessMainRegion,
  type RegionLookup,
  type RegionMention,
  type RegionRef,
} from './regions';
import type { Span } from './sentences';

const TITLE_WEIGHT = 3;
/** National bodies issuing a document: with no place in its title, it speaks for the nation. */
const NATIONAL_ISSUER =
  /^[\s\u3000]*(?:国家民委|国家民族事务委员会|国务院|中共中央|中央统战部|中央宣传部|教育部|全国妇联|共青团中央)/m;

/** Whether a scope level (省, 州 …) lies above the level of a region code. */
function isAbove(level: string, code: string): boolean {
  if (/^(?:省|自治区)$/.test(level)) return !code.endsWith('0000');
  if (/^(?:州|盟)$/.test(level)) return !code.endsWith('00');
  return false;
}

export const plainRegion = (m: RegionRef): RegionRef => ({ code: m.code, name: m.name });

export function regionAncestors(lookup: RegionLookup, r: RegionRef): RegionRef[] {
  return ancestorCodes(r.code).flatMap((c) => lookup.byCode?.(c) ?? []);
}

/** The main region at each offset of the text: that of the piece it lies in. */
export function mainRegions(
  text: string,
  lookup: RegionLookup,
  mentions: readonly RegionMention[],
  scopes: readonly ScopeWord[],
  layout: PageLayout,
): (at: number) => RegionRef | null {
  /** The level a page calls its own (我县, 全县, 本县) outside its sections, when it does so more than once. */
  function ownLevel(words: ScopeWord[]): string | null {
    const counts = new Map<string, number>();
    for (const w of words) {
      if (w.level === 'nation' || BELOW_COUNTY.has(w.level) || text[w.start] === '该') continue;
      // 全州 under a heading 楚雄州 speaks of the section, not of the page.
      if (layout.sectionAt(w.start)) continue;
      counts.set(w.level, (counts.get(w.level) ?? 0) + 1);
    }
    const [top] = [...counts].sort((a, b) => b[1] - a[1]);
    return top && top[1] >= 2 ? top[0] : null;
  }

  function mainOfPiece(piece: Span): RegionRef | null {
    const inPiece = mentions.filter((m) => m.start >= piece.start && m.end <= piece.end);
    const titleEnd = layout.titleBlock(piece.start).at(-1)?.end ?? piece.start;
    const mentionWeight = (m: RegionMention) =>
      layout.inByline(m.start) ? 0 : m.start < titleEnd ? TITLE_WEIGHT : 1;
    const weighted = inPiece.map((m) => ({ ...m, weight: mentionWeight(m) }));
    // 国家民委命名…, 国家民委 教育部 全国妇联 关于表彰…的决定: issued for the whole nation.
    const title = text.slice(piece.start, titleEnd);
    if (NATIONAL_ISSUER.test(title) && !weighted.some((m) => m.start < titleEnd)) return null;
    const guess = guessMainRegion(weighted, lookup);
    const inScope = scopes.filter((s) => s.start >= piece.start && s.end <= piece.end);
    const level = ownLevel(inScope);
    if (!level || (guess && isOfLevel(guess.name, level))) return guess;
    // 大理州…全省首批: 全 of a level above the named subject speaks of the wider region; only
    // 我省/本省 makes the page the province's own.
    const firstPerson = inScope.some(
      (s) => s.level === level && /[我本]/.test(text[s.start] ?? ''),
    );
    if (guess && !firstPerson && isAbove(level, guess.code)) return guess;
    // The page says 我县/全县: its subject is the county it names most (within the guess), else
    // the guess's ancestor of that level (an article about 包头市 on a district's site).
    const within = weighted.filter(
      (m) => isOfLevel(m.name, level) && (!guess || ancestorCodes(m.code).includes(guess.code)),
    );
    const weightOf = (code: string) =>
      within.filter((m) => m.code === code).reduce((n, m) => n + m.weight, 0);
    const heaviest = within.sort((a, b) => weightOf(b.code) - weightOf(a.code))[0];
    if (heaviest) return plainRegion(heaviest);
    return (guess && regionAncestors(lookup, guess).find((r) => isOfLevel(r.name, level))) ?? guess;
  }

  const mains = layout.pieces.map((start) => mainOfPiece(pieceOf(layout.pieces, start)));
  return (at) => mains[layout.pieceIndex(at)] ?? null;
}
