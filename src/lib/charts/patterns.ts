/** Hatch fills defined inside the SVG that uses them, so an exported file is self-contained. */

export interface HatchStyle {
  color: string;
  background: string;
  spacing: number;
  strokeWidth: number;
}

export const MISSING_HATCH: HatchStyle = {
  color: '#969696',
  background: '#ffffff',
  spacing: 6,
  strokeWidth: 1.5,
};

const SVG_NS = 'http://www.w3.org/2000/svg';

function defsOf(svg: SVGSVGElement): SVGDefsElement {
  const existing = Array.from(svg.children).find((c) => c.localName === 'defs');
  if (existing) return existing as SVGDefsElement;
  const defs = svg.ownerDocument.createElementNS(SVG_NS, 'defs');
  svg.insertBefore(defs, svg.firstChild);
  return defs;
}

/** Adds a diagonal hatch `<pattern id>` to the svg's `<defs>` unless one with that id exists. */
export function ensureHatch(svg: SVGSVGElement, id: string, style: HatchStyle): string {
  const defs = defsOf(svg);
  if (Array.from(defs.children).some((c) => c.id === id)) return `url(#${id})`;
  const doc = svg.ownerDocument;
  const s = String(style.spacing);
  const pattern = doc.createElementNS(SVG_NS, 'pattern');
  pattern.setAttribute('id', id);
  pattern.setAttribute('patternUnits', 'userSpaceOnUse');
  pattern.setAttribute('width', s);
  pattern.setAttribute('height', s);
  pattern.setAttribute('patternTransform', 'rotate(45)');
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', s);
  bg.setAttribute('height', s);
  bg.setAttribute('fill', style.background);
  const line = doc.createElementNS(SVG_NS, 'line');
  line.setAttribute('x1', String(style.spacing / 2));
  line.setAttribute('y1', '0');
  line.setAttribute('x2', String(style.spacing / 2));
  line.setAttribute('y2', s);
  line.setAttribute('stroke', style.color);
  line.setAttribute('stroke-width', String(style.strokeWidth));
  pattern.append(bg, line);
  defs.append(pattern);
  return `url(#${id})`;
}
