// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { serializeSvg, svgToPngBlob } from '../../src/lib/export';

const SVG_NS = 'http://www.w3.org/2000/svg';

function chart(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '640');
  svg.setAttribute('height', '400');
  const text = document.createElementNS(SVG_NS, 'text');
  text.textContent = '云南省 3657万元 <&>';
  svg.append(text);
  const image = document.createElementNS(SVG_NS, 'image');
  image.setAttribute('href', 'https://example.com/tile.png');
  svg.append(image);
  const use = document.createElementNS(SVG_NS, 'use');
  use.setAttribute('href', '#marker');
  use.setAttribute('onclick', 'alert(1)');
  svg.append(use);
  svg.append(document.createElementNS(SVG_NS, 'script'));
  document.body.append(svg);
  return svg;
}

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('serializeSvg(svg)', () => {
  it('writes an XML declaration and parses back as SVG', () => {
    const xml = serializeSvg(chart());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
    const root = parse(xml).documentElement;
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(root.getAttribute('xmlns:xlink')).toBe('http://www.w3.org/1999/xlink');
  });

  it('keeps text as text', () => {
    const doc = parse(serializeSvg(chart()));
    expect(doc.getElementsByTagName('text')[0]?.textContent).toBe('云南省 3657万元 <&>');
  });

  it('sets width, height and viewBox', () => {
    const root = parse(serializeSvg(chart())).documentElement;
    expect(root.getAttribute('width')).toBe('640');
    expect(root.getAttribute('height')).toBe('400');
    expect(root.getAttribute('viewBox')).toBe('0 0 640 400');
  });

  it('takes the size from the viewBox when attributes are missing', () => {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 300 200');
    const root = parse(serializeSvg(svg)).documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['300', '200']);
  });

  it('drops scripts, handlers and external references but keeps local ones', () => {
    const doc = parse(serializeSvg(chart()));
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('image')[0]?.hasAttribute('href')).toBe(false);
    const use = doc.getElementsByTagName('use')[0];
    expect(use?.getAttribute('href')).toBe('#marker');
    expect(use?.hasAttribute('onclick')).toBe(false);
  });

  it('embeds CSS when given and leaves the page’s SVG untouched', () => {
    const svg = chart();
    const doc = parse(serializeSvg(svg, { css: 'text { font: 12px sans-serif; }' }));
    expect(doc.getElementsByTagName('style')[0]?.textContent).toContain('font: 12px');
    expect(svg.querySelector('script')).not.toBeNull();
    expect(svg.querySelector('style')).toBeNull();
  });
});

describe('svgToPngBlob(svgText, width, height)', () => {
  it('rejects instead of hanging where object URLs are missing', async () => {
    const original = URL.createObjectURL;
    Object.defineProperty(URL, 'createObjectURL', { value: undefined, configurable: true });
    try {
      await expect(svgToPngBlob('<svg/>', 10, 10)).rejects.toThrow(/browser/);
    } finally {
      Object.defineProperty(URL, 'createObjectURL', { value: original, configurable: true });
    }
  });
});
