import { extent, scaleQuantize, select, type ScaleQuantize } from 'd3';
import { schemeBlues } from 'd3';

const COLUMNS = 64;
const CELL = 9;
const MISSING = '#e5e5e5';

export interface MapValue {
  code: string;
  value: number | null;
}

export interface Grid {
  /** Fills every region cell from `rows` (missing ones grey); returns once styles are computed. */
  render(rows: readonly MapValue[], title: string): string;
}

/**
 * A choropleth stand-in: one rect per gazetteer region (~3,200), coloured by a quantized
 * scale over the result, like the app's map and legend. Every engine renders through this.
 */
export function createGrid(svg: SVGSVGElement, codes: readonly string[]): Grid {
  const root = select(svg)
    .attr('width', COLUMNS * CELL)
    .attr('height', Math.ceil(codes.length / COLUMNS) * CELL + 20)
    .attr('data-testid', 'choropleth');
  const title = root.append('text').attr('y', 14).attr('class', 'title');
  const rects = root
    .append('g')
    .attr('class', 'regions')
    .attr('transform', 'translate(0,20)')
    .selectAll('rect')
    .data(codes)
    .join('rect')
    .attr('data-code', (c) => c)
    .attr('x', (_, i) => (i % COLUMNS) * CELL)
    .attr('y', (_, i) => Math.floor(i / COLUMNS) * CELL)
    .attr('width', CELL - 1)
    .attr('height', CELL - 1);
  const last = rects.nodes().at(-1) as SVGRectElement | undefined;
  return {
    render(rows, text) {
      const byCode = new Map<string, number>();
      for (const r of rows)
        if (r.value !== null && Number.isFinite(r.value)) byCode.set(r.code, r.value);
      const [lo = 0, hi = 1] = extent(byCode.values());
      const color: ScaleQuantize<string> = scaleQuantize<string>()
        .domain([lo, hi === lo ? lo + 1 : hi])
        .range(schemeBlues[7]!);
      rects.attr('fill', (c) => {
        const v = byCode.get(c);
        return v === undefined ? MISSING : color(v);
      });
      title.text(text);
      // Forces style recalculation, so the time includes the browser's share of the update.
      return last ? getComputedStyle(last).fill : '';
    },
  };
}
