import { axisBottom, axisLeft, interpolateRound, line, scaleLinear, type ScaleLinear } from 'd3';
import { formatValue, isPresent } from './format-value';
import {
  MARGIN,
  accessibleLabel,
  drawFooter,
  drawHeader,
  prepareSvg,
  round,
  type G,
} from './frame';
import { DASH, drawSeriesKey, type KeyItem } from './series-key';
import { estimateWidth } from './svg-text';
import type { ChartLabels, ChartText, Formatter, Series, SeriesPoint, Size } from './types';

/** Okabe–Ito, without its yellow, which is too faint on white. */
const DEFAULT_COLORS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#000000',
];
// d3-axis picks its offset from devicePixelRatio; pin it so output is the same everywhere.
const AXIS = { font: 11, ink: '#555555', grid: '#e5e5e5', yTicks: 5, minYearGap: 48, offset: 0.5 };

export interface TrendInput {
  /** Outturns, targets and cumulative stocks arrive as separate series, never mixed on one line. */
  series: Series[];
  text: ChartText;
  format: Formatter;
  labels: ChartLabels;
  onHoverYear?: (year: number | null) => void;
  colors?: readonly string[];
}

type X = ScaleLinear<number, number>;

/** One slot per calendar year between a series' first and last, null where nothing was reported. */
function fillYears(points: SeriesPoint[]): SeriesPoint[] {
  if (points.length === 0) return [];
  const byYear = new Map(points.map((p) => [p.year, p]));
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const [first, last] = [years[0] ?? 0, years.at(-1) ?? 0];
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const year = first + i;
    return byYear.get(year) ?? { year, value: null, qualifier: 'exact', kind: 'outturn' };
  });
}

interface Run {
  dashed: boolean;
  points: SeriesPoint[];
}

/** Splits a series at gaps, and where it enters or leaves a target, which is drawn dashed. */
function toRuns(slots: SeriesPoint[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i + 1 < slots.length; i++) {
    const [a, b] = [slots[i], slots[i + 1]];
    if (!a || !b || !isPresent(a.value) || !isPresent(b.value)) continue;
    const dashed = a.kind === 'target' || b.kind === 'target';
    const last = runs.at(-1);
    if (last && last.dashed === dashed && last.points.at(-1) === a) last.points.push(b);
    else runs.push({ dashed, points: [a, b] });
  }
  return runs;
}

function keyItems(input: TrendInput, colors: readonly string[]): KeyItem[] {
  const items = input.series.map((s, i) => ({
    name: s.name,
    color: colors[i % colors.length] ?? '#000000',
    dashed: s.points.length > 0 && s.points.every((p) => p.kind === 'target'),
  }));
  const hasTarget = input.series.some((s) => s.points.some((p) => p.kind === 'target'));
  if (hasTarget && input.labels.target) {
    items.push({ name: input.labels.target, color: AXIS.ink, dashed: true });
  }
  return items;
}

function yearTicks(x: X, plotWidth: number): number[] {
  const count = Math.max(2, Math.floor(plotWidth / AXIS.minYearGap));
  return x.ticks(count).filter(Number.isInteger);
}

export function renderTrend(node: SVGSVGElement, input: TrendInput, size: Size): void {
  const { format, labels, text } = input;
  const colors = input.colors ?? DEFAULT_COLORS;
  const names = input.series.map((s) => s.name);
  // Hover bands are not focusable, so the chart stays one image to assistive tech.
  const svg = prepareSvg(node, size, accessibleLabel(text, names), false);
  const headerBottom = drawHeader(svg, text, size);
  const top = Math.round(drawSeriesKey(svg, keyItems(input, colors), headerBottom, size) + 4);
  const bottom = Math.round(drawFooter(svg, [], text, size) - AXIS.font * 2);

  const slots = input.series.map((s) => fillYears(s.points));
  const years = slots.flat().map((p) => p.year);
  if (years.length === 0) return;
  const values = slots
    .flat()
    .map((p) => p.value)
    .filter(isPresent);
  const y = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values)])
    .nice(AXIS.yTicks);
  if (y.domain()[0] === y.domain()[1]) y.domain([0, 1]);
  const yTicks = y.ticks(AXIS.yTicks);
  const left = Math.round(
    MARGIN + Math.max(...yTicks.map((t) => estimateWidth(format(t), AXIS.font))) + 6,
  );
  const right = size.width - MARGIN - 8;
  // Whole pixels keep axes, dots and exported files free of float noise.
  y.range([Math.max(top, bottom), top]).interpolate(interpolateRound);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const x = scaleLinear()
    .domain(first === last ? [first - 1, last + 1] : [first, last])
    .range([left, Math.max(left + 1, right)])
    .interpolate(interpolateRound);

  const grid = svg.append('g').attr('class', 'grid');
  for (const t of yTicks) {
    grid
      .append('line')
      .attr('x1', round(left))
      .attr('x2', round(right))
      .attr('y1', round(y(t)))
      .attr('y2', round(y(t)))
      .attr('stroke', AXIS.grid);
  }
  // d3-axis writes its own font-family; drop it so the root's CJK stack applies.
  svg
    .append('g')
    .attr('class', 'axis y')
    .attr('transform', `translate(${round(left)},0)`)
    .call(
      axisLeft(y)
        .tickValues(yTicks)
        .tickFormat((v) => format(Number(v)))
        .tickSizeOuter(0)
        .offset(AXIS.offset),
    )
    .attr('font-family', null)
    .attr('font-size', AXIS.font)
    .attr('color', AXIS.ink);
  svg
    .append('g')
    .attr('class', 'axis x')
    .attr('transform', `translate(0,${round(y.range()[0] ?? 0)})`)
    .call(
      axisBottom(x)
        .tickValues(yearTicks(x, right - left))
        .tickFormat((v) => String(v))
        .tickSizeOuter(0)
        .offset(AXIS.offset),
    )
    .attr('font-family', null)
    .attr('font-size', AXIS.font)
    .attr('color', AXIS.ink);

  const plot: G = svg.append('g').attr('class', 'plot');
  const path = line<SeriesPoint>()
    .x((p) => x(p.year))
    .y((p) => y(p.value ?? 0))
    .digits(2);
  input.series.forEach((s, i) => {
    const color = colors[i % colors.length] ?? '#000000';
    const g = plot.append('g').attr('class', 'series').attr('data-series', i);
    for (const run of toRuns(slots[i] ?? [])) {
      g.append('path')
        .attr('d', path(run.points) ?? '')
        .attr('fill', 'none')
        .attr('stroke', color)
        .attr('stroke-width', 2)
        .attr('stroke-dasharray', run.dashed ? DASH : null);
    }
    const dots = (slots[i] ?? []).filter((p) => isPresent(p.value));
    g.selectAll('circle')
      .data(dots)
      .join('circle')
      .attr('cx', (p) => round(x(p.year)))
      .attr('cy', (p) => round(y(p.value ?? 0)))
      .attr('r', 3)
      .attr('data-year', (p) => p.year)
      .attr('fill', (p) => (p.kind === 'target' ? '#ffffff' : color))
      .attr('stroke', color)
      .attr('stroke-width', 1.5)
      .append('title')
      .text(
        (p) =>
          `${s.name} ${p.year}: ${formatValue({ ...p, isTarget: p.kind === 'target' }, format, labels)}`,
      );
  });

  if (input.onHoverYear)
    bindYearHover(plot, x, [first, last], y.range() as [number, number], input.onHoverYear);
}

/** Year bands under the dots; hover is read from whichever mark carries data-year. */
function bindYearHover(
  plot: G,
  x: X,
  [first, last]: [number, number],
  [bottom, top]: [number, number],
  onHoverYear: (year: number | null) => void,
): void {
  const [lo, hi] = x.range() as [number, number];
  const bands = plot.insert('g', ':first-child').attr('class', 'year-bands');
  for (let year = first; year <= last; year++) {
    const x0 = Math.max(lo, x(year - 0.5));
    const x1 = Math.min(hi, x(year + 0.5));
    bands
      .append('rect')
      .attr('x', round(x0))
      .attr('y', round(top))
      .attr('width', round(Math.max(0, x1 - x0)))
      .attr('height', round(Math.max(0, bottom - top)))
      .attr('fill', 'none')
      .attr('pointer-events', 'all')
      .attr('data-year', year);
  }
  plot
    .on('mouseover', (event: Event) => {
      const mark = (event.target as Element | null)?.closest('[data-year]');
      const year = Number(mark?.getAttribute('data-year'));
      if (mark && Number.isInteger(year)) onHoverYear(year);
    })
    .on('mouseleave', () => onHoverYear(null));
}
