import {
  findRegionMentions,
  guessMainRegion,
  type RegionLookup,
  type RegionMention,
  type RegionRef,
} from './regions';
import { lineSpans, type Span } from './sentences';

export type { RegionLookup, RegionRef };

/** A short line without sentence punctuation: a title or a section heading. */
const MAX_HEADING = 40;
const TITLE_LINES = 3;
const TITLE_WEIGHT = 3;

interface Section {
  start: number;
  region: RegionRef | null;
}

function isHeading(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= MAX_HEADING && !/[。!?]/.test(t) && !/[,;、]$/.test(t);
}

export interface RegionContext {
  main: RegionRef | null;
  /** The region of a figure at `at`: named in its segment, else its section's, else the main one. */
  regionAt(at: number, segment: Span, clause: Span): RegionRef | null;
}

export function regionContext(
  text: string,
  lookup: RegionLookup,
  quoted: readonly boolean[],
): RegionContext {
  const mentions = findRegionMentions(text, lookup);
  const lines = lineSpans(text).filter((l) => text.slice(l.start, l.end).trim());
  const titleEnd = lines[TITLE_LINES - 1]?.end ?? 0;
  const weighted = mentions.map((m) => ({ ...m, weight: m.start < titleEnd ? TITLE_WEIGHT : 1 }));
  const main = guessMainRegion(weighted, lookup);
  const free = mentions.filter((m) => !quoted[m.start]);

  const sections: Section[] = [];
  for (const line of lines) {
    const body = text.slice(line.start, line.end);
    if (!isHeading(body)) continue;
    const lead = line.start + (body.length - body.trimStart().length);
    const first = free.find((m) => m.start >= lead && m.start <= lead + 1 && m.end <= line.end);
    sections.push({ start: line.start, region: first ?? null });
  }

  const sectionAt = (at: number): RegionRef | null => {
    let region: RegionRef | null = null;
    for (const s of sections) {
      if (s.start > at) break;
      region = s.region;
    }
    return region;
  };

  const plain = (m: RegionMention): RegionRef => ({ code: m.code, name: m.name });

  function regionAt(at: number, segment: Span, clause: Span): RegionRef | null {
    // 兴安盟等10个地区: a region followed by 等 is an example from the counted list.
    const inSegment = free.filter(
      (m) => m.start >= segment.start && m.end <= at && text[m.end] !== '等',
    );
    const inClause = new Set(inSegment.filter((m) => m.start >= clause.start).map((m) => m.code));
    const nearest = inSegment[inSegment.length - 1];
    if (nearest && inClause.size < 2) return plain(nearest);
    return sectionAt(at) ?? main;
  }

  return { main, regionAt };
}
