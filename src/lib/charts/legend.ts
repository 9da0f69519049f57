import { select } from 'd3';
import type { ColorClass, ColorScale } from './color-scale';
import { round } from './frame';
import { MISSING_HATCH, ensureHatch } from './patterns';
import { estimateWidth } from './svg-text';
import type { ChartLabels, Formatter, Size } from './types';

const SWATCH = { width: 18, height: 12, gap: 6, row: 18, font: 11, stroke: '#8c8c8c' };

export function classLabel(c: ColorClass, scale: ColorScale, format: Formatter): string {
  if (c.lower !== null && c.upper !== null) return `${format(c.lower)}–${format(c.upper)}`;
  if (c.upper !== null) return `< ${format(c.upper)}`;
  if (c.lower !== null) return `≥ ${format(c.lower)}`;
  if (!scale.extent) return '';
  const [min, max] = scale.extent;
  return min === max ? format(min) : `${format(min)}–${format(max)}`;
}

/**
 * Class swatches (low to high) then a separate hatched swatch for missing data, drawn at the
 * group's origin. Returns the estimated size so the caller can place the group.
 */
export function renderLegend(
  node: SVGGElement,
  scale: ColorScale,
  format: Formatter,
  labels: Pick<ChartLabels, 'missing'>,
): Size {
  const svg = node.ownerSVGElement;
  if (svg) ensureHatch(svg, scale.missingId, MISSING_HATCH);
  const g = select(node).attr('class', 'legend');
  g.selectChildren().remove();
  const rows = [
    ...scale.classes.map((c, i) => ({
      key: String(i),
      fill: c.color,
      text: classLabel(c, scale, format),
    })),
    { key: 'missing', fill: scale.missingFill, text: labels.missing },
  ];
  // The missing swatch sits apart from the ramp so it never reads as its lowest step.
  const top = (i: number): number => i * SWATCH.row + (i === rows.length - 1 ? SWATCH.gap : 0);
  const row = g
    .selectAll('g')
    .data(rows)
    .join('g')
    .attr('class', 'legend-item')
    .attr('data-class', (d) => d.key)
    .attr('transform', (_d, i) => `translate(0,${round(top(i))})`);
  row
    .append('rect')
    .attr('width', SWATCH.width)
    .attr('height', SWATCH.height)
    .attr('fill', (d) => d.fill)
    .attr('stroke', SWATCH.stroke)
    .attr('stroke-width', 0.5);
  row
    .append('text')
    .attr('x', SWATCH.width + SWATCH.gap)
    .attr('y', SWATCH.height - 1)
    .attr('font-size', SWATCH.font)
    .attr('fill', '#333333')
    .text((d) => d.text);
  const textWidth = Math.max(0, ...rows.map((r) => estimateWidth(r.text, SWATCH.font)));
  return {
    width: round(SWATCH.width + SWATCH.gap + textWidth),
    height: round(top(rows.length - 1) + SWATCH.height),
  };
}
