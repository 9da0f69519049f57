import { MARGIN, round, type Svg } from './frame';
import { estimateWidth } from './svg-text';
import type { Size } from './types';

export const DASH = '5,4';
const KEY = { swatch: 20, gap: 6, spacing: 16, font: 11, ink: '#333333' };

export interface KeyItem {
  name: string;
  color: string;
  dashed: boolean;
}

/** Line swatches with names, flowing left to right; returns the y below the last row. */
export function drawSeriesKey(svg: Svg, items: KeyItem[], top: number, size: Size): number {
  const g = svg.append('g').attr('class', 'key');
  const rowHeight = KEY.font * 1.6;
  let [x, y] = [MARGIN, top];
  for (const item of items) {
    const width = KEY.swatch + KEY.gap + estimateWidth(item.name, KEY.font);
    if (x > MARGIN && x + width > size.width - MARGIN) [x, y] = [MARGIN, y + rowHeight];
    const mid = round(y + KEY.font * 0.65);
    g.append('line')
      .attr('x1', round(x))
      .attr('x2', round(x + KEY.swatch))
      .attr('y1', mid)
      .attr('y2', mid)
      .attr('stroke', item.color)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', item.dashed ? DASH : null);
    g.append('text')
      .attr('x', round(x + KEY.swatch + KEY.gap))
      .attr('y', round(y + KEY.font))
      .attr('font-size', KEY.font)
      .attr('fill', KEY.ink)
      .text(item.name);
    x += width + KEY.spacing;
  }
  return items.length > 0 ? y + rowHeight + 6 : top;
}
