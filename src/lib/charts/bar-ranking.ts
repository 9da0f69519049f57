import { scaleBand, scaleLinear } from 'd3';
import { formatValue, isPresent } from './format-value';
import {
  MARGIN,
  accessibleLabel,
  drawFooter,
  drawHeader,
  focusedCode,
  prepareSvg,
  restoreFocus,
  round,
} from './frame';
import { bindRegionEvents, type RegionHandlers } from './interaction';
import { ensureHatch } from './patterns';
import { byValueDescending, lowReliabilityNotes, summarize } from './summary';
import { estimateWidth, truncateText } from './svg-text';
import { BAR_OUTLINE } from './emphasis';
import type { ChartLabels, ChartText, Formatter, RegionValue, Size } from './types';

const DEFAULTS = {
  color: '#3182bd',
  id: 'ranking',
  sort: 'descending' as RankingSort,
  maxStep: 28,
  maxLabelShare: 0.35,
  gap: 6,
};
const OUTLINE = BAR_OUTLINE;
const MISSING_INK = '#8c8c8c';

export type RankingSort = 'descending' | 'ascending' | 'none';

export interface RankingInput extends RegionHandlers {
  values: RegionValue[];
  text: ChartText;
  format: Formatter;
  labels: ChartLabels;
  selected?: string | null;
  highlighted?: string | null;
  /** Missing values always go last, whatever the order. */
  sort?: RankingSort;
  color?: string;
  /** Prefix for ids in the SVG (the target hatch); must be unique on the page. */
  id?: string;
}

function order(values: RegionValue[], sort: RankingSort): RegionValue[] {
  const present = values.filter((v) => isPresent(v.value));
  const missing = values.filter((v) => !isPresent(v.value));
  if (sort !== 'none') present.sort(byValueDescending);
  if (sort === 'ascending') present.reverse();
  return [...present, ...missing];
}

export function renderRanking(node: SVGSVGElement, input: RankingInput, size: Size): void {
  const { format, labels, text } = input;
  const color = input.color ?? DEFAULTS.color;
  const rows = order(input.values, input.sort ?? DEFAULTS.sort);
  const focus = focusedCode(node);
  const interactive = Boolean(input.onSelect || input.onHover);
  const svg = prepareSvg(
    node,
    size,
    accessibleLabel(text, summarize(rows, format, labels)),
    interactive,
  );
  const targetFill = ensureHatch(node, `${input.id ?? DEFAULTS.id}-target`, {
    color,
    background: '#ffffff',
    spacing: 5,
    strokeWidth: 1.5,
  });
  const top = drawHeader(svg, text, size);
  const bottom = drawFooter(svg, lowReliabilityNotes(rows, labels), text, size);

  const step = Math.min(DEFAULTS.maxStep, Math.max(0, bottom - top) / Math.max(1, rows.length));
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.code))
    .range([top, top + step * rows.length])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const band = y.bandwidth();
  const fontSize = round(Math.min(12, Math.max(8, step * 0.6)));

  const valueText = (v: RegionValue): string => formatValue(v, format, labels);
  const nameWidth = Math.max(0, ...rows.map((r) => estimateWidth(r.name, fontSize)));
  const labelWidth = Math.min(nameWidth, size.width * DEFAULTS.maxLabelShare);
  const valueWidth = Math.max(0, ...rows.map((r) => estimateWidth(valueText(r), fontSize)));
  const x0 = MARGIN + labelWidth + DEFAULTS.gap;
  const xEnd = Math.max(x0 + 1, size.width - MARGIN - valueWidth - DEFAULTS.gap);
  const present = rows.map((r) => r.value).filter(isPresent);
  const lo = Math.min(0, ...present);
  const hi = Math.max(0, ...present);
  const x = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .range([x0, xEnd]);

  const row = svg
    .append('g')
    .attr('class', 'rows')
    .selectAll<SVGGElement, RegionValue>('g')
    .data(rows)
    .join('g')
    .attr('class', 'row')
    .attr('data-code', (r) => r.code)
    .attr('transform', (r) => `translate(0,${round(y(r.code) ?? 0)})`);
  row.append('title').text((r) => `${r.name} ${valueText(r)}`);
  const baseline = round(band / 2 + fontSize * 0.35);
  row
    .append('text')
    .attr('x', round(x0 - DEFAULTS.gap))
    .attr('y', baseline)
    .attr('text-anchor', 'end')
    .attr('font-size', fontSize)
    .attr('fill', '#222222')
    .attr('font-weight', (r) => (r.code === input.selected ? 'bold' : null))
    .text((r) => truncateText(r.name, labelWidth, fontSize));

  const outline = (r: RegionValue): (typeof OUTLINE)[keyof typeof OUTLINE] | null =>
    r.code === input.selected
      ? OUTLINE.selected
      : r.code === input.highlighted
        ? OUTLINE.highlighted
        : null;
  const withBar = row.filter((r) => isPresent(r.value));
  withBar
    .append('rect')
    .attr('class', 'bar')
    .attr('x', (r) => round(x(Math.min(0, r.value ?? 0))))
    .attr('width', (r) => round(Math.abs(x(r.value ?? 0) - x(0))))
    .attr('height', round(band))
    .attr('data-target', (r) => (r.isTarget ? '' : null))
    .attr('fill', (r) => (r.isTarget ? targetFill : color))
    .attr('stroke', (r) => outline(r)?.[0] ?? (r.isTarget ? color : null))
    .attr('stroke-width', (r) => outline(r)?.[1] ?? (r.isTarget ? 1 : null));
  withBar
    .append('text')
    .attr('class', 'value')
    .attr('x', (r) => round(x(Math.max(0, r.value ?? 0)) + DEFAULTS.gap / 2))
    .attr('y', baseline)
    .attr('font-size', fontSize)
    .attr('fill', '#222222')
    .text(valueText);
  // Missing is said in words where the bar would start, never drawn as a zero-length bar.
  row
    .filter((r) => !isPresent(r.value))
    .append('text')
    .attr('class', 'missing')
    .attr('x', round(x0))
    .attr('y', baseline)
    .attr('font-size', fontSize)
    .attr('font-style', 'italic')
    .attr('fill', MISSING_INK)
    .text(labels.missing);

  bindRegionEvents(row, (r) => r.code, input, input.selected ?? null);
  restoreFocus(node, focus);
}
