import type { Kind, Qualifier } from '../schema';

export type { Qualifier };

/** One region's figure for a map or a ranking. `value: null` means missing, never zero. */
export interface RegionValue {
  /** GB/T 2260 six-digit code: the only join key with map features. */
  code: string;
  name: string;
  value: number | null;
  qualifier: Qualifier;
  isTarget?: boolean;
  lowReliability?: boolean;
}

/** Stocks and flows never share a line: each series holds one kind apart from its targets. */
export interface SeriesPoint {
  year: number;
  value: number | null;
  qualifier: Qualifier;
  kind: Exclude<Kind, 'policy'>;
}

export interface Series {
  name: string;
  points: SeriesPoint[];
}

export interface ChartText {
  title: string;
  subtitle?: string;
  source: string;
  note?: string;
  /** Map approval number (审图号) slot. */
  caption?: string;
}

/** Locale-aware number formatting (万/亿) comes from i18n; charts never pick a locale. */
export type Formatter = (v: number) => string;

/** Translated words a chart draws; every one comes from i18n. */
export interface ChartLabels {
  missing: string;
  /** Appended to target figures, e.g. "(target)". */
  target?: string;
  /** Footnote text after the † that marks low-reliability figures. */
  lowReliability?: string;
  /** Prefixes for the accessible summary of the extremes, e.g. "Highest". */
  highest?: string;
  lowest?: string;
}

export interface Size {
  width: number;
  height: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
