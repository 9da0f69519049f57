/**
 * The region of each figure: a place named before it in its segment, a scope word (全州,
 * 我县), the place its money goes to, the section heading over it, or the page's main region.
 */
import { mainRegions, plainRegion as plain, regionAncestors } from './main-region';
import { paragraphLeads } from './paragraph-lead';
import { pageLayout } from './page-layout';
import {
  findRegionMentions,
  mergeAddresses,
  type RegionLookup,
  type RegionMention,
  type RegionRef,
} from './regions';
import {
  BELOW_COUNTY,
  dropDonors,
  dropNeighbours,
  findScopeWords,
  isOfLevel,
  eachPlaces,
  pairedPlace,
  type ScopeWord,
} from './region-words';
import { lineAround, type Span } from './sentences';

export type { RegionLookup, RegionRef };

/** Words between a figure and the place it goes to: 用于红河州, 拨付给文山州, 支持怒江州. */
const RECIPIENT = /(?:用于|拨付给?|拨到|下达到?|投向|支持|援助)[^,;。\d]{0,2}$/;

/** Something in a segment before a figure that says where the figure is. */
type Pointer = { at: number; place: RegionMention } | { at: number; scope: ScopeWord };

export interface RegionContext {
  /** The region of a figure at `at`: see regionAt below. */
  regionAt(at: number, segment: Span, clause: Span): RegionRef | null;
  /** The places listed before 分别 paired in order with the figures after it, if they agree. */
  pairedAt(at: number, sentence: Span, figureStarts: readonly number[]): RegionRef | null;
  /** The places listed before 各 (A县、B县各有3个), each of which has the figure at `at`. */
  eachAt(at: number, sentence: Span): RegionRef[];
}

export function regionContext(
  text: string,
  lookup: RegionLookup,
  quoted: readonly boolean[],
): RegionContext {
  const located = mergeAddresses(dropNeighbours(text, findRegionMentions(text, lookup)));
  const mentions = dropDonors(text, located);
  const free = mentions.filter((m) => !quoted[m.start]);
  const scopes = findScopeWords(text).filter((s) => !quoted[s.start]);
  const layout = pageLayout(text, free);
  const mainAt = mainRegions(text, lookup, mentions, scopes, layout);
  const leadAt = paragraphLeads(text, free, mainAt);
  /** The section heading over `at`, else the place its paragraph opens with. */
  const sectionAt = (at: number) => layout.sectionAt(at) ?? leadAt(at);
  const ancestorsOf = (r: RegionRef) => regionAncestors(lookup, r);

  /** 全州, 我县, 该旗: a named place of that level before it in its sentence, else the section's or main region or their ancestor of that level. */
  function resolveScope(scope: ScopeWord, sentenceStart: number): RegionRef | null {
    if (scope.level === 'nation') return null;
    const fallback = sectionAt(scope.start) ?? mainAt(scope.start);
    if (BELOW_COUNTY.has(scope.level)) return fallback;
    const named = free.filter((m) => m.start >= sentenceStart && m.end <= scope.start).reverse();
    // 武威市近五年…。全市建成…: the place its paragraph opened with, when of the level named.
    const line = lineAround(text, scope.start);
    const opened = free.filter((m) => m.start === line.start && m.end <= scope.start);
    const context = [sectionAt(scope.start), mainAt(scope.start)].filter((r) => r !== null);
    const chain = [...named, ...opened, ...context, ...context.flatMap(ancestorsOf)];
    const hit = chain.find((r) => isOfLevel(r.name, scope.level));
    return hit ? plain(hit) : fallback;
  }

  /**
   * A place named in the figure's segment (一是…;二是…) before it, unless listed as an example
   * (兴安盟等10个地区) or one of several in its clause; a scope word nearer than any place;
   * else the section's place, else the main region of the page (or of its piece).
   */
  function regionAt(at: number, segment: Span, clause: Span): RegionRef | null {
    // 授予武侯区浆洗街街道等300个集体: a place named as an example of a list (…等N个) points
    // to no figure, in its clause or after it.
    const example = (end: number) =>
      /^[^,;。\d]{0,12}等/.test(text.slice(end, end + 13)) ||
      (end >= clause.start && text.slice(end, at).includes('等'));
    const before = free.filter((m) => m.start >= segment.start && m.end <= at);
    // 湘西州古丈县…、…等22家单位: a count over listed places is the section's or the page's.
    const listedInClause = before.some((m) => m.start >= clause.start && example(m.end));
    if (listedInClause) return sectionAt(at) ?? mainAt(at);
    const places = before.filter((m) => !example(m.end));
    const pointers: Pointer[] = [
      ...places.map((place) => ({ at: place.start, place })),
      ...scopes
        .filter((s) => s.start >= segment.start && s.end <= at && !example(s.end))
        .map((scope) => ({ at: scope.start, scope })),
    ].sort((a, b) => a.at - b.at);
    const nearest = pointers[pointers.length - 1];
    // Places before an earlier figure of the clause (博乐市28个、精河县20个) are that figure's.
    const inClause = new Set(
      places
        .filter((m) => m.start >= clause.start && !/\d/.test(text.slice(m.end, at)))
        .map((m) => m.code),
    );
    // 东城区投入资金1.25亿元支持城关区…: money given to a place named after it is that place's.
    const recipient = recipientAfter(at, clause);
    if (recipient) return recipient;
    if (nearest && 'scope' in nearest) return resolveScope(nearest.scope, segment.start);
    // 汶川、茂县2县: a count right after a list of names counts the places listed.
    // (博乐市28个、精河县20个: a place after a figure's list mark has a figure of its own.)
    const countsList = (m: RegionMention) =>
      m.end === at &&
      /[、和与及]$/.test(text.slice(Math.max(0, m.start - 1), m.start)) &&
      !/\d[\p{Script=Han}]{0,2}$/u.test(text.slice(Math.max(0, m.start - 5), m.start - 1));
    if (
      nearest &&
      inClause.size < 2 &&
      !jointWith(nearest.place, places) &&
      !countsList(nearest.place)
    ) {
      return plain(nearest.place);
    }
    return sectionAt(at) ?? mainAt(at);
  }

  /** 南涧县与巍山县联合打造, 金秀县、象州县…示范带: places acting together own no figure alone. */
  function jointWith(place: RegionMention, places: readonly RegionMention[]): boolean {
    return places.some(
      (m) => m.code !== place.code && /^[、和与及]$/.test(text.slice(m.end, place.start)),
    );
  }

  /** 援建资金2000万元用于红河州…: with no place before it, money goes to the place it is for. */
  function recipientAfter(at: number, clause: Span): RegionRef | null {
    const place = free.find((m) => m.start > at && m.end <= clause.end);
    if (!place || !RECIPIENT.test(text.slice(at, place.start))) return null;
    return plain(place);
  }

  const pairedAt = (at: number, sentence: Span, figureStarts: readonly number[]) => {
    const place = pairedPlace(text, free, at, sentence, figureStarts);
    return place ? plain(place) : null;
  };

  const eachAt = (at: number, sentence: Span) => eachPlaces(text, free, at, sentence).map(plain);

  return { regionAt, pairedAt, eachAt };
}
