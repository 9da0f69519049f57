import type { Lang } from '../lib/i18n';

export interface CitationInput {
  title: string;
  url: string;
  /** Manifest hash prefix: pins the data the reader saw. */
  dataVersion: string;
  /** YYYY-MM-DD. */
  accessed: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 2024-05-01 → May 1, 2024; anything else is returned as given. */
function englishDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso.trim();
  return `${month} ${Number(m[3])}, ${m[1]}`;
}

/**
 * How to cite the dataset. zh follows GB/T 7714-2015 for an online dataset
 * (题名[DS/OL]. 版本项. [引用日期]. 获取路径.); en follows APA 7 for a data set
 * without author or date (Title (Version) [Data set]. (n.d.). Retrieved …, from URL).
 */
export function citationText(input: CitationInput, form: Lang): string {
  const title = input.title.trim();
  const url = input.url.trim();
  const version = input.dataVersion.trim();
  const accessed = input.accessed.trim();
  if (form === 'zh') {
    const parts = [`${title}[DS/OL]`];
    if (version) parts.push(`数据版本 ${version}`);
    parts.push(`[${accessed}]`, url);
    return `${parts.join('. ')}.`;
  }
  const versioned = version ? `${title} (Version ${version})` : title;
  return `${versioned} [Data set]. (n.d.). Retrieved ${englishDate(accessed)}, from ${url}`;
}
