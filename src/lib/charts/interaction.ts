import type { Selection } from 'd3';

export interface RegionHandlers {
  onSelect?: (code: string) => void;
  onHover?: (code: string | null) => void;
}

/** Pointer and keyboard hooks on region marks: Enter or Space selects, focus hovers. */
export function bindRegionEvents<E extends SVGElement, D>(
  marks: Selection<E, D, SVGGElement, unknown>,
  codeOf: (d: D) => string,
  handlers: RegionHandlers,
  selected: string | null,
): void {
  const { onSelect, onHover } = handlers;
  marks.attr('tabindex', 0);
  if (onSelect) {
    marks
      .attr('role', 'button')
      .attr('aria-pressed', (d) => String(codeOf(d) === selected))
      .on('click', (_event: Event, d) => onSelect(codeOf(d)))
      .on('keydown', (event: Event, d) => {
        const key = (event as KeyboardEvent).key;
        if (key !== 'Enter' && key !== ' ') return;
        event.preventDefault();
        onSelect(codeOf(d));
      });
  }
  if (onHover) {
    marks
      .on('mouseenter focus', (_event: Event, d) => onHover(codeOf(d)))
      .on('mouseleave blur', () => onHover(null));
  }
}
