/** What a sentence's years mean: years of titles and foundings are masked, 同年 looks back. */

/** 成立于2008年, 始建于1984年: the year a place or body was founded, not the time of its figures. */
const FOUNDED =
  /(?:成立|始建|建立|设立|组建|建县|建乡|建镇|建村|建成)(?:于|在)(?:19|20)\d{2}年|建于(?:19|20)\d{2}年/g;

/** 比2023年增加, 较2022年底, 与2021年同期相比: the year a figure is compared with. */
// 较2023年同期的61场 names the base's own figure: that year stays.
const COMPARED_WITH =
  /(?:比|较)(?:19|20)\d{2}年(?:同期|底|末)?(?![的为])|与(?:19|20)\d{2}年(?:同期)?相比/g;

/**
 * Years inside 《titles》 name plans, founding years date the founding and the year of a
 * comparison is its base: none is the time of a figure (成立于2008年,现有居民1426户 is the
 * present stock; 全年…比2023年增加0.15亿元 is this year's rise).
 */
export function maskTitles(s: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return s
    .replace(/《[^》]{0,60}》/g, blank)
    .replace(FOUNDED, blank)
    .replace(COMPARED_WITH, blank);
}

/** The last year written in the paragraph before `at`: what 同年 refers to. */
export function yearBefore(text: string, at: number): number | null {
  const paragraph = maskTitles(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
  const years = [...paragraph.matchAll(/((?:19|20)\d{2})年/g)];
  const last = years.at(-1)?.[1];
  return last ? Number(last) : null;
}

/** A heading line: short, with no sentence punctuation (四、明年打算, (二)2023年工作). */
const HEADING = /^[^。!?,;:]{2,24}$/;

/**
 * The heading line right above a sentence that opens its line (四、明年打算⏎每个县市…): it
 * reads as part of that first sentence, so a time it names (明年, 2023年) dates the sentence.
 */
export function headingAbove(text: string, sentenceStart: number): string | null {
  const lineStart = text.lastIndexOf('\n', sentenceStart - 1) + 1;
  if (text.slice(lineStart, sentenceStart).trim()) return null;
  if (lineStart === 0) return null;
  const headStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const heading = text.slice(headStart, lineStart - 1).trim();
  return HEADING.test(heading) ? maskTitles(heading) : null;
}
