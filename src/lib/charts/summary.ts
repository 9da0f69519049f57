import { LOW_RELIABILITY_MARK, formatValue, isPresent } from './format-value';
import type { ChartLabels, Formatter, RegionValue } from './types';

/** Regions by value, largest first; ties by code so output never depends on input order. */
export function byValueDescending(a: RegionValue, b: RegionValue): number {
  const av = isPresent(a.value) ? a.value : -Infinity;
  const bv = isPresent(b.value) ? b.value : -Infinity;
  return bv - av || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** Extremes and the missing count, for the accessible label of a map or ranking. */
export function summarize(values: RegionValue[], format: Formatter, labels: ChartLabels): string[] {
  const present = values.filter((v) => isPresent(v.value)).sort(byValueDescending);
  const describe = (v: RegionValue): string => `${v.name} ${formatValue(v, format, labels)}`;
  const out: string[] = [];
  const [first, last] = [present[0], present.at(-1)];
  if (labels.highest && first) out.push(`${labels.highest}: ${describe(first)}`);
  if (labels.lowest && last && present.length > 1) out.push(`${labels.lowest}: ${describe(last)}`);
  const missing = values.length - present.length;
  if (missing > 0) out.push(`${labels.missing}: ${missing}`);
  return out;
}

/** The † footnote, present only when some figure carries the mark. */
export function lowReliabilityNotes(values: RegionValue[], labels: ChartLabels): string[] {
  const marked = values.some((v) => v.lowReliability && isPresent(v.value));
  return marked && labels.lowReliability
    ? [`${LOW_RELIABILITY_MARK} ${labels.lowReliability}`]
    : [];
}
