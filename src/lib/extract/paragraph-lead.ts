/**
 * A paragraph that opens with a place — as a list-item heading ((一)琼中县。, 三、同心县:) or as
 * the subject of its first sentence (围场县满族人口占…) — is about that place: its later
 * sentences that name no place of their own (县委表彰模范集体30个) are that place's.
 */
import { ancestorsOf, type RegionMention, type RegionRef } from './regions';
import { lineAround } from './sentences';

/** List marks before the place: 一、 (二) （三） 3. 第四、. */
const LIST_MARK = /^[\s\u3000]*(?:[(（]?第?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?$/;

/**
 * `mainAt` is the page's main region: only a place inside it opens a paragraph of its own (a
 * page about a county whose paragraph opens with its province still speaks of the county).
 */
export function paragraphLeads(
  text: string,
  free: readonly RegionMention[],
  mainAt: (at: number) => RegionRef | null,
): (at: number) => RegionRef | null {
  return (at) => {
    const line = lineAround(text, at);
    const lead = free.find((m) => m.start >= line.start && m.start < line.end);
    if (!lead || lead.end > at || !LIST_MARK.test(text.slice(line.start, lead.start))) return null;
    const main = mainAt(at);
    if (!main || !ancestorsOf(lead.code).includes(main.code)) return null;
    return { code: lead.code, name: lead.name };
  };
}
