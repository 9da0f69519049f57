/**
 * The layout of a page as it bears on regions: its title block, byline lines, section
 * headings that scope the figures under them (二、楚雄州, 陈旗:…), and the pieces of a
 * compilation page.
 */
import type { RegionMention, RegionRef } from './regions';
import { pieceStarts } from './region-words';
import { lineSpans, type Span } from './sentences';

/** A short line without sentence punctuation: a title or a section heading. */
const MAX_HEADING = 40;
const TITLE_LINES = 3;
/** Bylines and source lines: the media named there (中国西藏网, 新疆日报) is not the subject. */
const BYLINE = /来源|作者|编辑|记者|通讯员|供稿|发布时间|发表时间|浏览|点击|阅读/;
/** List marks before a heading's place: 一、 (二) 3. 第四. */
const LIST_MARK = /^[\s(]*(?:第?[一二三四五六七八九十\d]{1,3}[)、.\s]\s*)?/;

interface Section {
  start: number;
  /** Where the section stops: the next heading, or for an inline one (陈旗:…) its paragraph end. */
  end: number;
  region: RegionRef | null;
}

export interface PageLayout {
  /** Where each piece starts (one piece at 0 for an ordinary page). */
  pieces: number[];
  pieceIndex(at: number): number;
  /** Up to three headings that open the piece starting at `pieceStart`. */
  titleBlock(pieceStart: number): Span[];
  inByline(at: number): boolean;
  /** The region of the section heading over `at`, if any. */
  sectionAt(at: number): RegionRef | null;
}

/**
 * A row of an aligned-text table (山西省, 5, 1 in columns of ideographic spaces, normalised to
 * 山西省5 1): a place or label followed by figures and — cells only.
 */
const TABLE_ROW = /^[^\d]*?\p{Script=Han}\s*[\d.,%]+(?:\s*(?:[\d.,%]+|[—–-]))*$/u;

function isHeading(line: string): boolean {
  const t = line.trim();
  if (TABLE_ROW.test(t) || t.startsWith('|')) return false;
  return t.length > 0 && t.length <= MAX_HEADING && !/[。!?]/.test(t) && !/[,;、]$/.test(t);
}

/** `free`: place mentions outside quotations, in text order. */
export function pageLayout(text: string, free: readonly RegionMention[]): PageLayout {
  const lines = lineSpans(text).filter((l) => text.slice(l.start, l.end).trim());
  const pieces = pieceStarts(text);

  function inByline(at: number): boolean {
    const line = lines.find((l) => l.start <= at && at < l.end);
    const body = line ? text.slice(line.start, line.end) : '';
    return BYLINE.test(body) && !/[。!?]/.test(body);
  }

  /**
   * Headings that open a piece, before its first line of prose; long lines without sentences
   * (来源 and address lines, bylines) are passed over.
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

  const pieceIndex = (at: number) => {
    let i = pieces.length - 1;
    while (i > 0 && (pieces[i] ?? 0) > at) i--;
    return i;
  };

  const sections = findSections();

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

  return { pieces, pieceIndex, titleBlock, inByline, sectionAt };
}
