/**
 * The date of a document from its page furniture: a labelled publication date, a timestamp
 * or source line in the header, a date line alone (the signature at the end of a report),
 * else a date in the page's own address. Body text is never read for it: a year named in a
 * sentence is the time of that sentence, not of the page.
 */
import { parseChineseNumeral } from './numbers';
import { lineSpans } from './sentences';

/** YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, YYYY年M月D日. */
const YMD = '((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})日?';
const TIME = '\\s*\\d{1,2}:\\d{2}';
/** 发布时间:2023-01-29, 发表日期:2023年1月29日, 日期:2023/1/29. */
const LABELLED = new RegExp(
  `(?:发表|发布|更新|成文|印发|录入|出版|刊发|上传|编辑)?(?:时间|日期)[:：\\s]*${YMD}`,
);
/** 2019-11-25 17:14:30: a date with a clock time is a page timestamp. */
const TIMESTAMP = new RegExp(`${YMD}${TIME}`);
/** 22.07.2019 17:41: day first, as some content systems print it, only with a clock time. */
const DMY_TIMESTAMP = /(?<!\d)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\s+\d{1,2}:\d{2}/;
/** 来源:新疆日报 2023年5月12日, 作者:… 2023-05-12: a source or byline with a date. */
const BYLINE = /来源|作者|编辑|记者|通讯员|供稿|稿源|浏览|点击|阅读/;
const YMD_RE = new RegExp(YMD);
/** A line that is only a date, maybe in brackets: (2023年1月10日). */
const DATE_LINE = new RegExp(`^[(\\[【]?${YMD}[)\\]】]?$`);
/** Dates in addresses: /2019/11/25/, /2026-01-29/, /2017-05/28/, /2024/0605/, t20100115_. */
const URL_DATES = [
  /\/((?:19|20)\d{2})[-/]?(\d{2})[-/]?(\d{2})(?=[/_.])/,
  /[/_]t((?:19|20)\d{2})(\d{2})(\d{2})_/,
];
const URL = /(?:https?:\/\/|www\.)\S+/gi;
/** A signature date in Chinese numerals, alone on its line: 二〇二二年十二月十五日. */
const CN_DATE_LINE =
  /^[(（[【]?([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日[)）\]】]?$/;

function chineseDateLine(line: string): string | null {
  const m = CN_DATE_LINE.exec(line.replace(/\s/g, ''));
  if (!m) return null;
  const [y, mo, d] = [m[1], m[2], m[3]].map((n) => parseChineseNumeral(n ?? ''));
  return y && mo && d ? format(String(y), String(mo), String(d)) : null;
}

const HEAD_CHARS = 3000;
const HEAD_LINES = 12;
const TAIL_LINES = 5;
const MAX_FURNITURE_LINE = 160;

function format(y: string, m: string, d: string): string | null {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || year > 2099) return null;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

const fromMatch = (m: RegExpExecArray | null) =>
  m ? format(m[1] ?? '', m[2] ?? '', m[3] ?? '') : null;

/** The first line (of `lines`) for which `read` finds a date. */
function firstDate(lines: string[], read: (line: string) => string | null): string | null {
  for (const line of lines) {
    const date = read(line);
    if (date) return date;
  }
  return null;
}

export function detectDocumentDate(text: string): string | null {
  const lines = lineSpans(text)
    .map((s) => text.slice(s.start, s.end).trim())
    .filter((l) => l.length > 0);
  const head = text.slice(0, HEAD_CHARS);
  const withoutUrls = (l: string) => l.replace(URL, ' ');
  const furniture = lines
    .slice(0, HEAD_LINES)
    .concat(lines.slice(-TAIL_LINES))
    .filter((l) => l.length <= MAX_FURNITURE_LINE)
    .map(withoutUrls);
  return (
    fromMatch(LABELLED.exec(withoutUrls(head))) ??
    firstDate(furniture, (l) => fromMatch(TIMESTAMP.exec(l))) ??
    firstDate(furniture, (l) => {
      const m = DMY_TIMESTAMP.exec(l);
      return m ? format(m[3] ?? '', m[2] ?? '', m[1] ?? '') : null;
    }) ??
    firstDate(furniture, (l) => (BYLINE.test(l) ? fromMatch(YMD_RE.exec(l)) : null)) ??
    firstDate(furniture, (l) => fromMatch(DATE_LINE.exec(l.replace(/\s/g, '')))) ??
    firstDate(furniture, chineseDateLine) ??
    firstDate(lines.slice(0, HEAD_LINES).concat(lines.slice(-TAIL_LINES)), (l) => {
      for (const url of l.match(URL) ?? []) {
        for (const re of URL_DATES) {
          const date = fromMatch(re.exec(url));
          if (date) return date;
        }
      }
      return null;
    })
  );
}
