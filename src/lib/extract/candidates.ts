import { multiplierOf, parseNumeral, scale } from './numbers';
import {
  impliesMoney,
  matchBareNoun,
  matchNonStatUnit,
  matchTenths,
  matchUnit,
  type UnitKind,
} from './units';

/** A figure with its unit, before any judgement on whether it is a statistic. */
export interface Candidate {
  /** Normalised-text span of the figure from its first digit to the end of its unit. */
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  unit: string;
  kind: UnitKind;
  /** 余/多 written inside the figure (80余场次, 1.8万余次). */
  inner: boolean;
  /** Written in Chinese numerals (三万余人). */
  chinese: boolean;
  /** The numeral as written, without multipliers. */
  numeral: string;
  /** The word after a figure that has no statistic unit (年, 周年, 号 …), when there is one. */
  nonStatUnit: string | null;
  /** An order of magnitude, not a count: 数十场, 几百人, 上千人 (its lower bound, more_than). */
  vague: boolean;
}

/** Thousands separators only where a comma is followed by exactly three digits. */
const ARABIC = /^\d+(?:,\d{3}(?!\d))*(?:\.\d+)?/;
const CHINESE = /^[零〇一二两三四五六七八九十百千万亿]+/;
const MULTIPLIERS = /^[十百千万亿]{1,2}/;
const RANGE_SEP = /^(?:-|~|～|—|―|–|至|到)/;
const MORE = /^[余多]/;
/** The 万 part after 亿: 2000万, 5千万, 三千万. */
const MIXED_TAIL = /^(\d+(?:\.\d+)?|[一二两三四五六七八九])([千百]?)万/;

interface Numeral {
  value: number;
  end: number;
  raw: string;
  chinese: boolean;
  inner: boolean;
}

/** A numeral with its 余/多 and multipliers: 1.8万余, 260余万, 3亿2000万, 三万余. */
function readNumeral(text: string, at: number): Numeral | null {
  const rest = text.slice(at);
  const arabic = ARABIC.exec(rest);
  const chinese = arabic ? null : CHINESE.exec(rest);
  const raw = arabic?.[0] ?? chinese?.[0];
  if (!raw) return null;
  const cleanRaw = raw;
  const parsed = parseNumeral(cleanRaw);
  if (parsed === null) return null;
  let end = at + cleanRaw.length;
  let inner = false;
  let value = parsed;
  if (MORE.test(text.slice(end))) {
    inner = true;
    end++;
  }
  if (arabic) {
    const mult = MULTIPLIERS.exec(text.slice(end));
    if (mult) {
      value = scale(value, multiplierOf(mult[0]));
      end += mult[0].length;
      // 3亿2000万, 4亿5千万, 2亿三千万
      const tail = mult[0] === '亿' ? MIXED_TAIL.exec(text.slice(end)) : null;
      const low = tail?.[1] ? parseNumeral(tail[1]) : null;
      if (tail && low !== null) {
        value += low * multiplierOf(tail[2] ?? '') * 1e4;
        end += tail[0].length;
      }
    }
  }
  if (MORE.test(text.slice(end))) {
    inner = true;
    end++;
  }
  return { value, end, raw: cleanRaw, chinese: !arabic, inner };
}

/** Words before a bare 十/百/千/万 that make it a magnitude or a bound: 数十, 几百, 上千, 逾万, 近千. */
const MAGNITUDE_BEFORE = /[数几上逾近超约]/;
/** Of those, the ones that leave the figure vague (数十场 is more than ten, of unknown size). */
const VAGUE_BEFORE = /[数几上]/;
const BARE_MAGNITUDE = /^(?:十|百|千|万|十万|百万|千万)$/;

function isNumeralStart(text: string, i: number): boolean {
  const c = text[i] ?? '';
  const prev = text[i - 1] ?? '';
  const digitBefore = /\d/.test(text[i - 2] ?? '');
  if (/\d/.test(c)) return !/[\dA-Za-z_/#-]/.test(prev) && !(/[.,]/.test(prev) && digitBefore);
  if (CHINESE.test(text[i - 1] ?? '')) return false;
  // 百余场, 万余人, 逾千人, 数万人: a bare 百/千/万 counts with 余/多 after it or a word of
  // magnitude before it.
  if (/[百千万]/.test(c)) return /[余多]/.test(text[i + 1] ?? '') || MAGNITUDE_BEFORE.test(prev);
  return /[零〇一二两三四五六七八九十]/.test(c);
}

/**
 * 3-5亿元, 三至五万人: the multiplier written once, after the upper bound, scales both ends.
 * Only when the lower end has none of its own and stays below the upper one (500-1万 is not
 * 500万 to 1万).
 */
function sharedMultiplier(lowText: string, highText: string, low: number, high: number): number {
  if (/[万亿]/.test(lowText)) return low;
  const word = /[万亿]+/.exec(highText)?.[0];
  if (!word) return low;
  const scaled = scale(low, multiplierOf(word));
  return scaled <= high ? scaled : low;
}

export function findCandidates(text: string, from = 0, to = text.length): Candidate[] {
  const found: Candidate[] = [];
  for (let i = from; i < to; i++) {
    if (!isNumeralStart(text, i)) continue;
    const num = readNumeral(text, i);
    if (!num) continue;
    let end = num.end;
    let valueMax: number | null = null;
    let low = num.value;
    const sep = RANGE_SEP.exec(text.slice(end));
    if (sep) {
      const from = end + sep[0].length;
      const hi = readNumeral(text, from);
      if (hi && hi.chinese === num.chinese && matchUnit(text, hi.end)) {
        valueMax = hi.value;
        low = sharedMultiplier(
          text.slice(i, num.end),
          text.slice(from, hi.end),
          num.value,
          hi.value,
        );
        end = hi.end;
      }
    }
    // 6个月 is a duration, whatever 个 alone would count.
    const duration = matchNonStatUnit(text, end);
    let unit = duration && duration.length > 1 ? null : matchUnit(text, end);
    if (
      !unit &&
      /[万亿]/.test(text.slice(i, end)) &&
      impliesMoney(text.slice(Math.max(0, i - 12), i))
    ) {
      unit = { unit: '元', factor: 1, kind: 'money', length: 0 };
    }
    if (!unit && !num.chinese) unit = matchBareNoun(text, end);
    if (!unit && valueMax === null) unit = matchTenths(text, end, num.raw);
    const nonStatUnit = unit ? null : duration;
    if (!unit && !nonStatUnit) {
      i = Math.max(i, num.end - 1);
      continue;
    }
    const factor = unit?.factor ?? 1;
    let value = scale(low, factor);
    if (valueMax !== null) valueMax = scale(valueMax, factor);
    // 1万余人次: 余 may sit between the multiplier and the unit, read above; 80个多 is rare.
    const unitEnd = end + (unit?.length ?? nonStatUnit?.length ?? 0);
    if (valueMax !== null && valueMax < value) [value, valueMax] = [valueMax, value];
    const vague = BARE_MAGNITUDE.test(num.raw) && VAGUE_BEFORE.test(text[i - 1] ?? '');
    found.push({
      start: vague ? i - 1 : i,
      end: unitEnd,
      value,
      valueMax,
      unit: unit?.unit ?? '',
      kind: unit?.kind ?? 'count',
      inner: num.inner || vague,
      chinese: num.chinese,
      numeral: num.raw,
      nonStatUnit,
      vague,
    });
    i = unitEnd - 1;
  }
  return found;
}
