import type { ChartLabels, Formatter, Qualifier } from './types';

const QUALIFIER_MARKS: Record<Qualifier, string> = {
  exact: '',
  approx: '≈',
  more_than: '>',
  at_least: '≥',
  at_most: '≤',
};

export const LOW_RELIABILITY_MARK = '†';

export interface ValueLike {
  value: number | null;
  qualifier: Qualifier;
  isTarget?: boolean;
  lowReliability?: boolean;
}

export function isPresent(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** A figure as printed: qualifier mark, number, target label, † for low reliability. */
export function formatValue(v: ValueLike, format: Formatter, labels: ChartLabels): string {
  if (!isPresent(v.value)) return labels.missing;
  let text = QUALIFIER_MARKS[v.qualifier] + format(v.value);
  if (v.isTarget && labels.target) text += ` ${labels.target}`;
  if (v.lowReliability) text += LOW_RELIABILITY_MARK;
  return text;
}
