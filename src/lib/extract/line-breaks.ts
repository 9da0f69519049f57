/**
 * Line breaks that a PDF-to-text converter (or a hard-wrapped page) put inside a figure, between
 * a figure and its unit, or inside a sentence — with, at a page end, the page number and the
 * running header between the two halves. Normalisation drops them so the figure reads whole;
 * the offset map keeps evidence pointing into the original text. Lines that really end (a
 * heading, a list item, a sentence, a table row) are left alone.
 */
import type { Span } from './sentences';
import { matchUnit } from './units';

const HAN = /\p{Script=Han}/u;
/** A line of running prose long enough to have been wrapped by a PDF-to-text converter. */
const WRAPPED_LINE = 16;
/** What continues a figure on the next line: its digits, a multiplier or its unit (1⏎9个, 207⏎个). */
const figureGoesOn = (text: string, at: number) =>
  /[\d.,%万亿千余多]/.test(text[at] ?? '') || matchUnit(text, at) !== null;
/** A list number opening a line (1. 2、 3）), not a decimal (3.6万). */
const LIST_NUMBER = /^\d+[.、．)）](?!\d)/;
/** Marks that open a new line of their own: list items (（二）, 三、, 4.), page numbers (— 2 —). */
const NEW_LINE_MARK =
  /^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.、．)](?!\d)|第[一二三四五六七八九十]|[—–-])/;
/** A line that opens on a year: a new statement, whatever the line before ended on. */
const YEAR_AHEAD = /^(?:19|20)\d{2}年/;
/** A page number on a line of its own: — 2 —, - 2 -, 第2页, 第 2 页 共 5 页, 2/5. */
const PAGE_NUMBER =
  /^\s*(?:[—–\-－]{1,2}\s*\d{1,3}\s*[—–\-－]{1,2}|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})\s*$/;
/** The longest running header taken as page furniture. */
const MAX_RUNNING_HEADER = 40;

const isHanAt = (text: string, i: number): boolean => i >= 0 && HAN.test(text[i] ?? '');
const lineBefore = (text: string, i: number) => text.slice(text.lastIndexOf('\n', i - 1) + 1, i);

/**
 * 宣讲1,2⏎03场: a group of thousands cut short at a line end and completed by the digits that
 * open the next line — a figure broken in two however short the line (a list number never
 * carries a thousands separator).
 */
function splitsDigitGroup(text: string, i: number, next: number): boolean {
  const head = /\d[,，](\d{0,2})$/.exec(lineBefore(text, i));
  if (!head) return false;
  const rest = 3 - (head[1] ?? '').length;
  return new RegExp(`^\\d{${rest}}(?!\\d)`).test(text.slice(next, next + rest + 1));
}

/**
 * A break inside a figure (示范单位207⏎个, 项目1⏎9个, 资金3456.⏎7万元): the line before is long
 * prose ending in a digit (or a decimal point after one) with no table bar; the next line goes on
 * with the figure and opens no list item.
 */
function isBreakInFigure(text: string, i: number, next: number): boolean {
  const prev = text[i - 1] ?? '';
  const decimalPoint = prev === '.' && /\d/.test(text[i - 2] ?? '') && /\d/.test(text[next] ?? '');
  // 资料3.2万⏎份: the multiplier written, the unit still to come on the next line.
  const multiplier =
    /[万亿]/.test(prev) && /\d/.test(text[i - 2] ?? '') && !/\d/.test(text[next] ?? '');
  if (!/\d/.test(prev) && !decimalPoint && !multiplier) return false;
  if (!figureGoesOn(text, next)) return false;
  if (splitsDigitGroup(text, i, next)) return true;
  // 2023年⏎1. list items, | 12 |⏎ table rows and a line opening on a year (2024年…) are not
  // the rest of a figure.
  const ahead = text.slice(next, next + 5);
  if (LIST_NUMBER.test(ahead) || YEAR_AHEAD.test(ahead) || text[next] === '|') return false;
  const line = lineBefore(text, i);
  if (/[|\t]/.test(line) || !HAN.test(line)) return false;
  // 受众1.⏎5万人次: a prose clause never ends on a decimal point, however short its line.
  const clauseEndsOnPoint = decimalPoint && /[,，;；][^,，;；]*\p{Script=Han}\d+\.$/u.test(line);
  return line.length >= WRAPPED_LINE || clauseEndsOnPoint;
}

/**
 * A break inside a unit word (不少于40学⏎时, 受众3000人⏎次, 资金56万⏎元): the line ends on a
 * figure and the first character of a unit that the next line completes, and the completed
 * unit ends the word (人⏎次日 is 人 and 次日).
 */
function isBreakInUnit(text: string, i: number, next: number): boolean {
  if (!/\d/.test(text[i - 2] ?? '') || !isHanAt(text, i - 1)) return false;
  const joined = (text[i - 1] ?? '') + text.slice(next, next + 4);
  const whole = matchUnit(joined, 0);
  const cut = matchUnit(text, i - 1);
  if (!whole || whole.length < 2 || (cut && cut.length >= whole.length)) return false;
  if (isHanAt(joined, whole.length)) return false;
  const line = lineBefore(text, i);
  return HAN.test(line) && !/[|\t]/.test(line);
}

/**
 * A break inside a sentence of prose (全年共举办培训⏎班32期, 模范⏎个人45名): the line before is
 * long, reads as prose (it has commas or full stops) and stops mid-sentence; the next line opens
 * no list item. Headings and one-line paragraphs stay on their own lines.
 */
function isBreakInSentence(text: string, i: number, next: number): boolean {
  if (!isHanAt(text, i - 1)) return false;
  const ahead = text.slice(next, next + 5);
  // 示范村⏎（社区）11个: a bracketed gloss of the noun before goes on with it (a list mark does not).
  const gloss = /^[(（][\p{Script=Han}、]{1,8}[)）]/u.test(text.slice(next, next + 12));
  if (!(/^[\p{Script=Han}\d]/u.test(ahead) || gloss) || NEW_LINE_MARK.test(ahead)) return false;
  // A line that ends on a figure's unit (模范个人23名) is complete; one led by a label (州直单位：) is new.
  if (/\d/.test(text[i - 2] ?? '') || /^[^,，。]{1,12}[:：]/.test(text.slice(next, next + 13)))
    return false;
  const line = lineBefore(text, i);
  return (
    line.length >= (gloss ? WRAPPED_LINE : 20) && /[,，。、;；]/.test(line) && !/[|\t]/.test(line)
  );
}

/** Lines written more than once: a page's running header repeats on every page. */
function repeatedLines(text: string): Set<string> {
  const seen = new Map<string, number>();
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t && t.length <= MAX_RUNNING_HEADER && !/[。!?]/.test(t))
      seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, count]) => count > 1).map(([t]) => t));
}

/**
 * Where the text goes on after the break at `i`: past a page end (blank lines, a page number,
 * a running header) when one follows, else the next line.
 */
function continuation(text: string, i: number, headers: ReadonlySet<string>): number {
  let at = i + 1;
  let pageEnd = false;
  for (;;) {
    // pdftotext marks a new page with a form feed at the start of its first line.
    while (text[at] === '\f') {
      at++;
      pageEnd = true;
    }
    const nl = text.indexOf('\n', at);
    if (nl < 0) break;
    const line = text.slice(at, nl).trim();
    if (PAGE_NUMBER.test(line)) pageEnd = true;
    else if (line && !headers.has(line)) break;
    at = nl + 1;
  }
  return pageEnd ? at : i + 1;
}

/** The spans to drop: each wrapped break, with the page furniture inside it. */
export function wrappedBreaks(text: string): Span[] {
  const drops: Span[] = [];
  const headers = repeatedLines(text);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const next = continuation(text, i, headers);
    if (
      isBreakInFigure(text, i, next) ||
      isBreakInUnit(text, i, next) ||
      isBreakInSentence(text, i, next)
    ) {
      drops.push({ start: i, end: next });
      i = next - 1;
    }
  }
  return drops;
}
