import {
  ancestorsOf as ancestorCodes,
  findRegionMentions,
  guessMainRegion,
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
  pairedPlace,
  pieceOf,
  pieceStarts,
  type ScopeWord,
} from './region-words';
import { lineSpans, type Span } from './sentences';

export type { RegionLookup, RegionRef };

/** A short line without sentence punctuation: a title or a section heading. */
const MAX_HEADING = 40;
const TITLE_LINES = 3;
const TITLE_WEIGHT = 3;
/** Bylines and source lines: the media named there (中国西藏网, 新疆日报) is not the subject. */
const BYLINE = /来源|作者|编辑|记者|通讯员|供稿|发布时间|发表时间|浏览|点击|阅读/;
/** List marks before a heading's place: 一、 (二) 3. 第四. */
const LIST_MARK = /^[\s(]*(?:第?[一二三四五六七八九十\d]{1,3}[)、.\s]\s*)?/;

/** Words between a figure and the place it goes to: 用于红河州, 拨付给文山州, 支持怒江州. */
const RECIPIENT = /(?:用于|拨付给?|拨到|下达到?|投向|支持|援助)[^,;。\d]{0,2}$/;

interface Section {
  start: number;
  /** Where the section stops: the next heading, or for an inline one (陈旗:…) its paragraph end. */
  end: number;
  region: RegionRef | null;
}

/** Something in a segment before a figure that says where the figure is. */
type Pointer = { at: number; place: RegionMention } | { at: number; scope: ScopeWord };

function isHeading(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= MAX_HEADING && !/[。!?]/.test(t) && !/[,;、]$/.test(t);
}

/** Whether a scope level (省, 州 …) lies above the level of a region code. */
function isAbove(level: string, code: string): boolean {
  if (/^(?:省|自治区)$/.test(level)) return !code.endsWith('0000');
  if (/^(?:州|盟)$/.test(level)) return !code.endsWith('00');
  return false;
}

export interface RegionContext {
  /** The region of a figure at `at`: see regionAt below. */
  regionAt(at: number, segment: Span, clause: Span): RegionRef | null;
  /** The places listed before 分别 paired in order with the figures after it, if they agree. */
  pairedAt(at: number, sentence: Span, figureStarts: readonly number[]): RegionRef | null;
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
  const lines = lineSpans(text).filter((l) => text.slice(l.start, l.end).trim());
  const pieces = pieceStarts(text);

  function mainOfPiece(piece: Span): RegionRef | null {
    const inPiece = mentions.filter((m) => m.start >= piece.start && m.end <= piece.end);
    const titleEnd = titleBlock(piece.start).at(-1)?.end ?? piece.start;
    const mentionWeight = (m: RegionMention) =>
      inByline(m.start) ? 0 : m.start < titleEnd ? TITLE_WEIGHT : 1;
    const weighted = inPiece.map((m) => ({ ...m, weight: mentionWeight(m) }));
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
    if (heaviest) return plain(heaviest);
    return (guess && ancestorsOf(guess).find((r) => isOfLevel(r.name, level))) ?? guess;
  }

  function inByline(at: number): boolean {
    const line = lines.find((l) => l.start <= at && at < l.end);
    const body = line ? text.slice(line.start, line.end) : '';
    return BYLINE.test(body) && !/[。!?]/.test(body);
  }

  /**
   * Up to three headings that open a piece, before its first line of prose; long lines
   * without sentences (来源 and address lines, bylines) are passed over.
   */
  function titleBlock(pieceStart: number): Span[] {
    const block: Span[] = [];
    for (const line of lines.filter((l) => l.start >= pieceStart)) {
      const body = text.slice(line.start, line.end);
      if (/[。!?]/.test(body) || block.length === TITLE_LINES) break;
      if (isHeading(body) && !BYLINE.test(body)) block.push(line);
    }
    return block;
  }

  /** Headings after each piece's title block: the title names the page's subject, not a section. */
  function findSections(): Section[] {
    const found: Section[] = [];
    const titles = new Set(pieces.flatMap(titleBlock));
    for (const line of lines) {
      if (titles.has(line)) continue;
      const body = text.slice(line.start, line.end);
      const lead = line.start + (LIST_MARK.exec(body)?.[0].length ?? 0);
      const first = free.find((m) => m.start >= lead && m.start <= lead + 1 && m.end <= line.end);
      if (isHeading(body)) {
        found.push({ start: line.start, end: Number.POSITIVE_INFINITY, region: first ?? null });
      } else if (first && /^[:：]/.test(text.slice(first.end, first.end + 1))) {
        // 陈旗:全旗争取…: a paragraph led by its place.
        found.push({ start: line.start, end: line.end, region: first });
      }
    }
    return found;
  }

  /** The level a page calls its own (我县, 全县, 本县) outside its sections, when it does so more than once. */
  function ownLevel(words: ScopeWord[]): string | null {
    const counts = new Map<string, number>();
    for (const w of words) {
      if (w.level === 'nation' || BELOW_COUNTY.has(w.level) || text[w.start] === '该') continue;
      // 全州 under a heading 楚雄州 speaks of the section, not of the page.
      if (sectionAt(w.start)) continue;
      counts.set(w.level, (counts.get(w.level) ?? 0) + 1);
    }
    const [top] = [...counts].sort((a, b) => b[1] - a[1]);
    return top && top[1] >= 2 ? top[0] : null;
  }

  const pieceIndex = (at: number) => {
    let i = pieces.length - 1;
    while (i > 0 && (pieces[i] ?? 0) > at) i--;
    return i;
  };
  const mainAt = (at: number) => mains[pieceIndex(at)] ?? null;

  function sectionAt(at: number): RegionRef | null {
    let region: RegionRef | null = null;
    let started = pieces[pieceIndex(at)] ?? 0;
    for (const s of sections) {
      if (s.start > at) break;
      if (s.start < started) continue;
      if (s.end === Number.POSITIVE_INFINITY) {
        region = s.region;
        started = s.start;
      } else if (at <= s.end) region = s.region;
    }
    return region;
  }

  const plain = (m: RegionRef): RegionRef => ({ code: m.code, name: m.name });
  const ancestorsOf = (r: RegionRef): RegionRef[] =>
    ancestorCodes(r.code).flatMap((c) => lookup.byCode?.(c) ?? []);

  const sections = findSections();
  const mains = pieces.map((start) => mainOfPiece(pieceOf(pieces, start)));

  /** 全州, 我县, 该旗: a named place of that level before it in its sentence, else the section's or main region or their ancestor of that level. */
  function resolveScope(scope: ScopeWord, sentenceStart: number): RegionRef | null {
    if (scope.level === 'nation') return null;
    const fallback = sectionAt(scope.start) ?? mainAt(scope.start);
    if (BELOW_COUNTY.has(scope.level)) return fallback;
    const named = free.filter((m) => m.start >= sentenceStart && m.end <= scope.start).reverse();
    const context = [sectionAt(scope.start), mainAt(scope.start)].filter((r) => r !== null);
    const chain = [...named, ...context, ...context.flatMap(ancestorsOf)];
    const hit = chain.find((r) => isOfLevel(r.name, scope.level));
    return hit ? plain(hit) : fallback;
  }

  /**
   * A place named in the figure's segment (一是…;二是…) before it, unless listed as an example
   * (兴安盟等10个地区) or one of several in its clause; a scope word nearer than any place;
   * else the section's place, else the main region of the page (or of its piece).
   */
  function regionAt(at: number, segment: Span, clause: Span): RegionRef | null {
    const example = (end: number) =>
      text[end] === '等' || (end >= clause.start && text.slice(end, at).includes('等'));
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
    const inClause = new Set(places.filter((m) => m.start >= clause.start).map((m) => m.code));
    if (nearest && 'scope' in nearest) return resolveScope(nearest.scope, segment.start);
    if (nearest && inClause.size < 2) return plain(nearest.place);
    return recipientAfter(at, clause) ?? sectionAt(at) ?? mainAt(at);
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

  return { regionAt, pairedAt };
}
