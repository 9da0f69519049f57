export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

export interface Spread {
  p50: number;
  p95: number;
}

export function spread(values: readonly number[]): Spread {
  return { p50: round(quantile(values, 0.5)), p95: round(quantile(values, 0.95)) };
}

export const round = (x: number, digits = 1): number => Number(x.toFixed(digits));
