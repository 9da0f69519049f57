import { select, type Selection } from 'd3';
import { wrapText } from './svg-text';
import type { ChartText, Size } from './types';

/** Declared on the root so an exported file names CJK-capable fonts. */
export const FONT_FAMILY =
  'Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif';
export const MARGIN = 16;
export const BACKGROUND = '#ffffff';

export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
export type G = Selection<SVGGElement, unknown, null, undefined>;

export interface TextStyle {
  size: number;
  fill: string;
  weight?: string;
  anchor?: 'start' | 'middle' | 'end';
  lineHeight?: number;
}

export const TITLE: TextStyle = { size: 18, fill: '#111111', weight: 'bold' };
export const SUBTITLE: TextStyle = { size: 13, fill: '#444444' };
export const FOOTER: TextStyle = { size: 11, fill: '#555555' };

/** Two decimals keep snapshots stable and exported files small. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Clears the node and sets the attributes every chart root carries. */
export function prepareSvg(
  node: SVGSVGElement,
  size: Size,
  label: string,
  interactive: boolean,
): Svg {
  node.replaceChildren();
  const svg = select(node)
    .attr('width', size.width)
    .attr('height', size.height)
    .attr('viewBox', `0 0 ${size.width} ${size.height}`)
    .attr('font-family', FONT_FAMILY)
    // role=img would hide focusable marks from assistive tech, so interactive charts are a group.
    .attr('role', interactive ? 'group' : 'img')
    .attr('aria-label', label);
  svg.append('rect').attr('width', size.width).attr('height', size.height).attr('fill', BACKGROUND);
  return svg;
}

/** Appends one `<text>` per line below `top`; returns the y below the last line. */
export function appendLines(
  parent: Svg | G,
  lines: string[],
  x: number,
  top: number,
  style: TextStyle,
): number {
  const step = style.size * (style.lineHeight ?? 1.35);
  lines.forEach((line, i) => {
    const text = parent
      .append('text')
      .attr('x', round(x))
      .attr('y', round(top + i * step + style.size))
      .attr('font-size', style.size)
      .attr('fill', style.fill);
    if (style.weight) text.attr('font-weight', style.weight);
    if (style.anchor && style.anchor !== 'start') text.attr('text-anchor', style.anchor);
    text.text(line);
  });
  return top + lines.length * step;
}

/** Title and subtitle at the top; returns the y where the plot may start. */
export function drawHeader(svg: Svg, text: ChartText, size: Size): number {
  const width = size.width - 2 * MARGIN;
  const g = svg.append('g').attr('class', 'header');
  let y = appendLines(g, wrapText(text.title, width, TITLE.size, 2), MARGIN, MARGIN, TITLE);
  if (text.subtitle) {
    y = appendLines(g, wrapText(text.subtitle, width, SUBTITLE.size, 2), MARGIN, y + 2, SUBTITLE);
  }
  return y + 8;
}

/** Footnotes, source and caption stacked at the bottom; returns the y above them. */
export function drawFooter(svg: Svg, notes: string[], text: ChartText, size: Size): number {
  const width = size.width - 2 * MARGIN;
  const entries = [...notes, text.note, text.source, text.caption].filter(
    (t): t is string => typeof t === 'string' && t !== '',
  );
  const lines = entries.flatMap((t) => wrapText(t, width, FOOTER.size, 3));
  const step = FOOTER.size * (FOOTER.lineHeight ?? 1.35);
  const top = size.height - MARGIN - lines.length * step;
  appendLines(svg.append('g').attr('class', 'footer'), lines, MARGIN, top, FOOTER);
  return top - 8;
}

export function accessibleLabel(text: ChartText, summary: string[]): string {
  return [text.title, text.subtitle, ...summary].filter(Boolean).join('; ');
}

/**
 * Charts redraw from scratch, which would drop keyboard focus on every selection;
 * remember which mark had it so the redrawn one can take it back.
 */
export function focusedCode(node: SVGSVGElement): string | null {
  const active = node.ownerDocument.activeElement;
  return active && node.contains(active) ? active.getAttribute('data-code') : null;
}

export function restoreFocus(node: SVGSVGElement, code: string | null): void {
  if (code === null) return;
  const target = Array.from(node.querySelectorAll<SVGElement>('[data-code]')).find(
    (el) => el.getAttribute('data-code') === code && el.hasAttribute('tabindex'),
  );
  target?.focus();
}
