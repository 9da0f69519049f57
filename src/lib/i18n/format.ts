import type { Qualifier, Unit } from '../schema';
import { getMessages, LOCALES, type Lang } from './messages';

export type QualifierStyle = 'words' | 'symbol';

export interface Formatters {
  /** Grouped, at most 2 decimals: 12,345.68. */
  number(v: number | null | undefined): string;
  /** Axis/label form: 1.2万, 3.5亿 / 12K, 3.5B. */
  compact(v: number | null | undefined): string;
  /** `v` in 元: 3657万元, 74亿元 / 36.57 million yuan. 4 significant digits once scaled. */
  money(v: number | null | undefined): string;
  /** `v` already in % units: 97.7 → 97.7%. */
  percent(v: number | null | undefined): string;
  value(v: number | null | undefined, unit: Unit): string;
  /** Marks a formatted figure with how it relates to the true value (约/≈, 超过/>, …). */
  withQualifier(text: string, qualifier: Qualifier, style?: QualifierStyle): string;
}

const SYMBOLS: Record<Exclude<Qualifier, 'exact'>, string> = {
  approx: '≈',
  more_than: '>',
  at_least: '≥',
  at_most: '≤',
};

interface Scale {
  factor: number;
  zh: string;
  en: string;
}
// Largest first; each applies when the rounded magnitude reaches its factor.
const ZH_MONEY: Scale[] = [
  { factor: 1e12, zh: '万亿元', en: '' },
  { factor: 1e8, zh: '亿元', en: '' },
  { factor: 1e4, zh: '万元', en: '' },
];
const EN_MONEY: Scale[] = [
  { factor: 1e12, zh: '', en: ' trillion yuan' },
  { factor: 1e9, zh: '', en: ' billion yuan' },
  { factor: 1e6, zh: '', en: ' million yuan' },
];

const MONEY_DIGITS = 4;

function isNumber(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/**
 * Drops the sign of values that round to zero ("-0"). signDisplay: 'negative' would do
 * this but is missing from TS's ES2022 lib and from older Safari.
 */
function fmt(nf: Intl.NumberFormat): { format(v: number): string } {
  return { format: (v) => nf.format(v).replace(/^-(?=[^1-9]*$)/, '') };
}

export function createFormatters(lang: Lang): Formatters {
  const locale = LOCALES[lang];
  const t = getMessages(lang);
  const plain = fmt(new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }));
  const compactFmt = fmt(new Intl.NumberFormat(locale, { notation: 'compact' }));
  const scaled = fmt(
    new Intl.NumberFormat(locale, {
      maximumSignificantDigits: MONEY_DIGITS,
      useGrouping: lang === 'en',
    }),
  );
  const scales = lang === 'zh' ? ZH_MONEY : EN_MONEY;

  const number = (v: number | null | undefined): string =>
    isNumber(v) ? plain.format(v) : t.noData;

  const money = (v: number | null | undefined): string => {
    if (!isNumber(v)) return t.noData;
    // Round before picking the scale so 99,995,000 becomes 1亿元, not 10000万元.
    const rounded = Math.abs(Number(v.toPrecision(MONEY_DIGITS)));
    const scale = scales.find((s) => rounded >= s.factor);
    if (!scale) return lang === 'zh' ? `${plain.format(v)}元` : `${plain.format(v)} yuan`;
    const sign = v < 0 ? '-' : '';
    return `${sign}${scaled.format(rounded / scale.factor)}${lang === 'zh' ? scale.zh : scale.en}`;
  };

  const percent = (v: number | null | undefined): string =>
    isNumber(v) ? `${plain.format(v)}%` : t.noData;

  return {
    number,
    compact: (v) => (isNumber(v) ? compactFmt.format(v) : t.noData),
    money,
    percent,
    value(v, unit) {
      if (!isNumber(v)) return t.noData;
      if (unit === '元') return money(v);
      if (unit === '%') return percent(v);
      if (lang === 'zh') return `${plain.format(v)}${unit}`;
      // English has no 万: show the whole count of person-times.
      if (unit === '万人次') return `${plain.format(v * 1e4)} ${t.unit('人次', v * 1e4)}`;
      const label = t.unit(unit, v);
      return label ? `${plain.format(v)} ${label}` : plain.format(v);
    },
    withQualifier(text, qualifier, style = 'words') {
      if (qualifier === 'exact') return text;
      return style === 'symbol' ? `${SYMBOLS[qualifier]}${text}` : t.qualify[qualifier](text);
    },
  };
}
