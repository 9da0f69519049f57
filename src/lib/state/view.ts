import type { Theme } from '../schema';

/**
 * The whole dashboard view. Everything a permalink carries; defaults are omitted from URLs.
 *
 * Time semantics (never mix per-period rows with stocks):
 * - `period`: facts of kind `outturn` (or `target` when `targets` is on) whose period ends in `year`.
 * - `stock`: facts of kind `cumulative`, each region's latest "as of" value with period_end ≤ `year`.
 */
export interface ViewState {
  theme: Theme;
  /** null → the theme's default indicator (the one with most regions). */
  indicator: string | null;
  time: 'period' | 'stock';
  /** null → the latest year with data for the indicator. */
  year: number | null;
  /** Selected region (profile, highlight), 6-digit code. */
  region: string | null;
  /** Map level; `prefecture` drills into the province of `region`. */
  level: 'province' | 'prefecture';
  measure: 'absolute' | 'per_10m' | 'share';
  /** Show targets instead of outturns in period view. */
  targets: boolean;
  lang: 'zh' | 'en';
  /**
   * How the map's values fall into colour classes: `quantile` (equal counts, rounded),
   * `equal` (equal nice steps) or `custom` (the `breaks` below, e.g. fixed by a report).
   */
  classing: 'quantile' | 'equal' | 'custom';
  /** Number of classes for quantile and equal, 3–7. */
  classCount: number;
  /** Ascending class breaks for `custom` (1–6 values); empty otherwise. */
  breaks: readonly number[];
  /** Classes computed over every year of the view, so colours compare across the slider. */
  sameClasses: boolean;
}

export const DEFAULT_VIEW: ViewState = {
  theme: 'coverage',
  indicator: null,
  // Reported stocks cover more regions than any single batch; indicators without stocks
  // fall back to per-period figures (resolveTime).
  time: 'stock',
  year: null,
  region: null,
  level: 'province',
  measure: 'absolute',
  targets: false,
  lang: 'zh',
  classing: 'quantile',
  classCount: 5,
  breaks: [],
  sameClasses: false,
};

export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;
/** More breaks than this would need more colours than the ramp holds. */
export const MAX_BREAKS = MAX_CLASSES - 1;
