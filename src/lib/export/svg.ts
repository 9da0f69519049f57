import { safeFileName } from './file-name';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n';

export interface SerializeOptions {
  /** Defaults: the width/height attributes, else the viewBox, else the rendered box. */
  width?: number;
  height?: number;
  /** Stylesheet text to embed, since class-based page CSS does not travel with the file. */
  css?: string;
}

function size(svg: SVGSVGElement, attr: 'width' | 'height', viewBoxIndex: 2 | 3): number {
  const fromAttr = Number.parseFloat(svg.getAttribute(attr) ?? '');
  if (Number.isFinite(fromAttr) && fromAttr > 0) return fromAttr;
  const viewBox = (svg.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const fromViewBox = viewBox[viewBoxIndex];
  if (viewBox.length === 4 && fromViewBox !== undefined && fromViewBox > 0) return fromViewBox;
  const box = svg.getBoundingClientRect();
  return Math.max(1, Math.round(attr === 'width' ? box.width : box.height));
}

function isLocalRef(value: string): boolean {
  return value.startsWith('#') || /^data:image\//i.test(value);
}

/**
 * Removes what must not leave the page or would taint the PNG canvas: scripts, event
 * handlers, and references to external resources (they are dropped, never fetched).
 */
function scrub(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('script, foreignObject'))) el.remove();
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) el.removeAttributeNode(attr);
      else if ((name === 'href' || name === 'xlink:href') && !isLocalRef(attr.value.trim())) {
        el.removeAttributeNode(attr);
      }
    }
  }
}

/** A standalone SVG file (XML declaration, namespaces, explicit size) from a rendered chart. */
export function serializeSvg(svg: SVGSVGElement, options: SerializeOptions = {}): string {
  const width = options.width ?? size(svg, 'width', 2);
  const height = options.height ?? size(svg, 'height', 3);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  scrub(clone);
  clone.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  clone.setAttributeNS(XMLNS_NS, 'xmlns:xlink', XLINK_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  if (options.css) {
    const style = clone.ownerDocument.createElementNS(SVG_NS, 'style');
    style.textContent = options.css;
    clone.insertBefore(style, clone.firstChild);
  }
  return XML_DECLARATION + new XMLSerializer().serializeToString(clone);
}

export interface PngOptions {
  /** Painted under the chart; null keeps transparency. */
  background?: string | null;
}

// Browsers refuse canvases much beyond this per side (Safari especially).
const MAX_CANVAS_SIDE = 8192;

/** Rasterises SVG text in the browser. Rejects outside a browser (no Image/canvas). */
export function svgToPngBlob(
  svgText: string,
  width: number,
  height: number,
  scale = 2,
  options: PngOptions = {},
): Promise<Blob> {
  if (
    typeof document === 'undefined' ||
    typeof Image === 'undefined' ||
    typeof URL.createObjectURL !== 'function'
  ) {
    return Promise.reject(new Error('svgToPngBlob needs a browser (Image, canvas, object URLs)'));
  }
  const background = options.background === undefined ? '#ffffff' : options.background;
  const factor = Math.min(scale, MAX_CANVAS_SIDE / Math.max(width, height, 1));
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  return new Promise<Blob>((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(width * factor));
      canvas.height = Math.max(1, Math.round(height * factor));
      const ctx = canvas.getContext('2d');
      if (!ctx) return reject(new Error('2D canvas unavailable'));
      if (background) {
        ctx.fillStyle = background;
        ctx.fillRect(0, 0, canvas.width, canvas.height);
      }
      ctx.scale(factor, factor);
      ctx.drawImage(image, 0, 0, width, height);
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      );
    };
    image.onerror = () => reject(new Error('SVG could not be loaded as an image'));
    image.src = url;
  }).finally(() => URL.revokeObjectURL(url));
}

/** Saves a blob through a temporary `<a download>`. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = safeFileName(filename);
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking synchronously can cancel the download in Firefox/Safari; give it a moment.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
