/**
 * Names a page makes usable by writing a place in full first: a shared county name qualified by
 * its city (拉萨市城关区, then 城关区), and the stem of a county named in full (丰宁满族自治县,
 * then 丰宁、孟村两县).
 */
import type { RegionLookup, RegionMention, RegionRef } from './regions';

/**
 * 拉萨市城关区: a name several regions share (城关区), written right after a place above it, is
 * that place's; the page's other mentions of the bare name mean the same region.
 */
export function qualifiedNames(
  text: string,
  lookup: RegionLookup,
  found: readonly RegionMention[],
): Map<string, RegionRef> {
  const named = new Map<string, RegionRef>();
  for (const m of found) {
    const after = /^[\p{Script=Han}]{2,8}?[市州县区旗盟]/u.exec(text.slice(m.end, m.end + 9))?.[0];
    if (!after || lookup.resolve(after)) continue;
    const hit = lookup.resolveUnder?.(m.code, after);
    if (hit) named.set(after, hit);
  }
  return named;
}

/** 丰宁满族自治县 → 丰宁, 孟村回族自治县 → 孟村, 互助土族自治县 → 互助. */
const AUTONOMOUS_COUNTY = /^([\p{Script=Han}]{2,3}?)(?:[\p{Script=Han}]{1,4}族)+自治[县旗]$/u;
/** A list mark on either side: the stem is one of places listed (丰宁、孟村两县). */
const LIST_MARK = /[、和与及]/;

/** 石柱：“土家风情”里的…: a stem opening a line as its label, the way news titles and headings lead. */
function leadsLine(text: string, at: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^[\s■●▲◆★#*]*$/u.test(text.slice(lineStart, at)) && /[:：]/.test(text[end] ?? '');
}

/**
 * The stem of an autonomous county the page has named in full, where it is written as one of a
 * list of places (丰宁、孟村两县分别…) or as the label leading a line (石柱：…): readers drop the
 * people's name and 自治县 once the full name is known. Elsewhere the stem is left alone (互助 is
 * also a common word).
 */
export function listedStems(text: string, found: readonly RegionMention[]): RegionMention[] {
  const stems = new Map<string, RegionRef>();
  for (const m of found) {
    const stem = AUTONOMOUS_COUNTY.exec(m.name)?.[1];
    if (stem) stems.set(stem, { code: m.code, name: m.name });
  }
  const taken = (start: number, end: number) => found.some((m) => start < m.end && m.start < end);
  const listed: RegionMention[] = [];
  for (const [stem, ref] of stems) {
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
      const end = at + stem.length;
      if (taken(at, end)) continue;
      const listedHere = LIST_MARK.test(text[at - 1] ?? '') || LIST_MARK.test(text[end] ?? '');
      if (!listedHere && !leadsLine(text, at, end)) continue;
      listed.push({ ...ref, start: at, end });
    }
  }
  return listed;
}
