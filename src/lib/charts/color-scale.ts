import { bisectRight, extent, quantileSorted, scaleQuantize, schemeBlues } from 'd3';
import { isPresent } from './format-value';

export type ClassMethod = 'quantile' | 'quantize' | 'threshold';

export interface ColorScaleOptions {
  /** quantile (default): rounded quantile breaks; quantize: equal nice steps; threshold: given breaks. */
  method?: ClassMethod;
  /** Number of classes for quantile and quantize, 3–7; default 5. */
  classes?: number;
  /** Fixed breaks for 'threshold', e.g. to compare maps across years. */
  thresholds?: number[];
  /** Indexed by class count like d3.schemeBlues; must be colour-blind safe and sequential. */
  scheme?: ReadonlyArray<ReadonlyArray<string> | undefined>;
  /** Prefix for ids in the SVG (the missing-data hatch); must be unique on the page. */
  id?: string;
}

export interface ColorClass {
  /** null: open below (first class) or above (last class). */
  lower: number | null;
  upper: number | null;
  color: string;
}

/** One object shared by a map and its legend, so a region's fill always matches its swatch. */
export interface ColorScale {
  method: ClassMethod;
  /** Ascending; a value v is in class bisectRight(breaks, v). */
  breaks: number[];
  classes: ColorClass[];
  /** Smallest and largest present value; null when every value is missing. */
  extent: [number, number] | null;
  missingId: string;
  /** `url(#missingId)`: a grey hatch, never the lowest class colour. */
  missingFill: string;
  classOf(v: number | null): number | null;
  fill(v: number | null): string;
}

const DEFAULTS = { method: 'quantile' as ClassMethod, classes: 5, id: 'chart' };
/** Shown only if a number arrives that the scale was built without (all inputs missing). */
const NEUTRAL = '#d9d9d9';
const ID = /^[A-Za-z][\w-]*$/;

/**
 * Roundings tried for a quantile break, coarsest first: one significant figure (64.4 → 60),
 * then halves of it (64.4 → 65), then two and three figures (64.4 → 64) — so a legend reads
 * 30 / 60 / 65 / 90 rather than 30 / 60 / 64 / 90 when breaks crowd.
 */
const ROUNDINGS: readonly ((x: number) => number)[] = [
  (x) => roundSignificant(x, 1),
  (x) => roundToStep(x, 5 * 10 ** (Math.floor(Math.log10(Math.abs(x))) - 1)),
  (x) => roundSignificant(x, 2),
  (x) => roundSignificant(x, 3),
];

function roundSignificant(x: number, digits: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(digits));
}

function roundToStep(x: number, step: number): number {
  // toPrecision strips float noise (0.35000000000000003 → 0.35).
  return x === 0 ? 0 : Number((Math.round(x / step) * step).toPrecision(12));
}

/**
 * Quantile breaks rounded as coarsely as keeps them distinct and in range. Counts (all
 * values whole) get whole breaks: "< 13.2个" would read as a fraction of a unit, and for
 * whole numbers "< 14" puts the same regions in the same classes.
 */
function quantileBreaks(sorted: number[], k: number): number[] {
  const [min, max] = [sorted[0] ?? 0, sorted.at(-1) ?? 0];
  const whole = sorted.every(Number.isInteger);
  const breaks: number[] = [];
  for (let i = 1; i < k; i++) {
    const raw = quantileSorted(sorted, i / k) ?? min;
    const candidates = whole
      ? [...ROUNDINGS.map((round) => round(raw)).filter(Number.isInteger), Math.ceil(raw)]
      : ROUNDINGS.map((round) => round(raw));
    for (const b of candidates) {
      if (b > (breaks.at(-1) ?? min) && b <= max) {
        breaks.push(b);
        break;
      }
    }
  }
  return breaks;
}

function quantizeBreaks(min: number, max: number, k: number): number[] {
  const thresholds = scaleQuantize<number>()
    .domain([min, max])
    .nice(k)
    .range(Array.from({ length: k }, (_, i) => i))
    .thresholds();
  return thresholds.filter((b) => b > min && b <= max);
}

function colorsFor(n: number, scheme: NonNullable<ColorScaleOptions['scheme']>): string[] {
  if (n === 0) return [];
  const ramp = scheme[Math.max(3, n)];
  if (!ramp) throw new RangeError(`colour scheme has no ${n}-class ramp`);
  if (n === 1) return [ramp[1] ?? NEUTRAL];
  if (n === 2) return [ramp[0] ?? NEUTRAL, ramp[2] ?? NEUTRAL];
  return [...ramp];
}

export function createColorScale(
  values: readonly (number | null)[],
  opts: ColorScaleOptions = {},
): ColorScale {
  const id = opts.id ?? DEFAULTS.id;
  if (!ID.test(id)) throw new RangeError(`invalid id prefix: ${id}`);
  const k = Math.min(7, Math.max(3, Math.round(opts.classes ?? DEFAULTS.classes)));
  const present = values.filter(isPresent).sort((a, b) => a - b);
  const [min, max] = extent(present);
  const range: [number, number] | null = min === undefined || max === undefined ? null : [min, max];

  let method = opts.method ?? DEFAULTS.method;
  if (method === 'threshold' && !opts.thresholds?.length) method = 'quantile';
  let breaks: number[] = [];
  if (method === 'threshold') {
    breaks = [...new Set((opts.thresholds ?? []).filter(isPresent))].sort((a, b) => a - b);
  } else if (range) {
    breaks =
      method === 'quantile' ? quantileBreaks(present, k) : quantizeBreaks(range[0], range[1], k);
  }

  const hasClasses = range !== null || method === 'threshold';
  const colors = colorsFor(hasClasses ? breaks.length + 1 : 0, opts.scheme ?? schemeBlues);
  const classes = colors.map((color, i) => ({
    lower: i === 0 ? null : (breaks[i - 1] ?? null),
    upper: i === colors.length - 1 ? null : (breaks[i] ?? null),
    color,
  }));

  const missingId = `${id}-missing`;
  const missingFill = `url(#${missingId})`;
  const classOf = (v: number | null): number | null =>
    isPresent(v) ? Math.min(bisectRight(breaks, v), Math.max(0, classes.length - 1)) : null;
  return {
    method,
    breaks,
    classes,
    extent: range,
    missingId,
    missingFill,
    classOf,
    fill(v) {
      const i = classOf(v);
      if (i === null) return missingFill;
      return classes[i]?.color ?? NEUTRAL;
    },
  };
}
