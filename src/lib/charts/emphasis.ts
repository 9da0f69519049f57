import { select } from 'd3';

/**
 * Selection and hover outlines changed in place. Re-rendering on hover would replace the
 * element under the pointer between mousedown and mouseup, so a click would never land.
 */
export interface Emphasis {
  selected: string | null;
  highlighted: string | null;
}

type Outline = readonly [stroke: string, width: number];

export const MAP_OUTLINE = {
  base: ['#ffffff', 0.5],
  highlighted: ['#525252', 1.5],
  selected: ['#000000', 2.5],
} as const satisfies Record<string, Outline>;

export const BAR_OUTLINE = {
  highlighted: ['#525252', 1.5],
  selected: ['#000000', 2],
} as const satisfies Record<string, Outline>;

function stateOf(code: string, e: Emphasis): 'base' | 'highlighted' | 'selected' {
  if (code === e.selected) return 'selected';
  return code === e.highlighted ? 'highlighted' : 'base';
}

/** Map regions: outline the selected and hovered ones and raise them above their neighbours. */
export function emphasizeMap(node: SVGSVGElement, e: Emphasis): void {
  const paths = select(node).selectAll<SVGPathElement, unknown>('g.regions path[data-code]');
  paths.each(function () {
    const code = this.getAttribute('data-code') ?? '';
    const [stroke, width] = MAP_OUTLINE[stateOf(code, e)];
    this.setAttribute('stroke', stroke);
    this.setAttribute('stroke-width', String(width));
    this.setAttribute('aria-pressed', String(code === e.selected));
  });
  // Only the selection is raised: moving the hovered path would re-fire pointer events.
  paths
    .filter(function () {
      return this.getAttribute('data-code') === e.selected;
    })
    .raise();
}

/** Ranking rows: outline the bar, bold the name of the selected region. */
export function emphasizeRanking(node: SVGSVGElement, e: Emphasis): void {
  select(node)
    .selectAll<SVGGElement, unknown>('g.row[data-code]')
    .each(function () {
      const code = this.getAttribute('data-code') ?? '';
      const state = stateOf(code, e);
      const bar = this.querySelector('rect.bar');
      if (bar && !bar.hasAttribute('data-target')) {
        const outline = state === 'base' ? null : BAR_OUTLINE[state];
        if (outline) {
          bar.setAttribute('stroke', outline[0]);
          bar.setAttribute('stroke-width', String(outline[1]));
        } else {
          bar.removeAttribute('stroke');
          bar.removeAttribute('stroke-width');
        }
      }
      const name = this.querySelector('text:not(.value):not(.missing)');
      if (code === e.selected) name?.setAttribute('font-weight', 'bold');
      else name?.removeAttribute('font-weight');
      this.setAttribute('aria-pressed', String(code === e.selected));
    });
}
