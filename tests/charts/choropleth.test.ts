// @vitest-environment jsdom
import { geoMercator } from 'd3';
import { describe, expect, it, vi } from 'vitest';
import {
  createColorScale,
  renderChoropleth,
  type ChoroplethInput,
  type RegionValue,
} from '../../src/lib/charts';
import { features, format, labels, nanhai, text, values } from '../fixtures/charts/provinces';
import { createSvg, serialize } from '../fixtures/charts/render';

const size = { width: 480, height: 400 };

function render(extra: Partial<ChoroplethInput> = {}): SVGSVGElement {
  const svg = createSvg();
  const input: ChoroplethInput = {
    features,
    values,
    scale: createColorScale(
      values.map((v) => v.value),
      { id: 'map' },
    ),
    nanhai,
    projection: geoMercator(),
    text,
    format,
    labels,
    ...extra,
  };
  renderChoropleth(svg, input, size);
  return svg;
}

const region = (svg: SVGSVGElement, code: string): SVGPathElement => {
  const path = svg.querySelector<SVGPathElement>(`.regions path[data-code="${code}"]`);
  if (!path) throw new Error(`no path for ${code}`);
  return path;
};

describe('renderChoropleth(svg, input, size)', () => {
  it('renders the fixture map', async () => {
    const svg = render({ selected: '450000', highlighted: '110000' });
    await expect(serialize(svg)).toMatchFileSnapshot('./__snapshots__/choropleth.svg');
    // The app runs under style-src 'self': presentation attributes only.
    expect(serialize(svg)).not.toMatch(/\sstyle=/);
  });

  it('fills a missing region with the hatch defined inside the same svg', () => {
    const svg = render();
    const fill = region(svg, '460000').getAttribute('fill');
    expect(fill).toBe('url(#map-missing)');
    expect(svg.querySelector('defs pattern#map-missing line')).not.toBeNull();
    const lowest = svg.querySelector('.legend [data-class="0"] rect')?.getAttribute('fill');
    expect(fill).not.toBe(lowest);
  });

  it('colours each region like the legend swatch of its class', () => {
    const svg = render();
    const scale = createColorScale(
      values.map((v) => v.value),
      { id: 'map' },
    );
    for (const v of values.filter((x) => x.value !== null)) {
      const swatch = svg.querySelector(`.legend [data-class="${scale.classOf(v.value)}"] rect`);
      expect(region(svg, v.code).getAttribute('fill')).toBe(swatch?.getAttribute('fill'));
    }
  });

  it('gives the legend a separate missing swatch with its label', () => {
    const item = render().querySelector('.legend [data-class="missing"]');
    expect(item?.querySelector('rect')?.getAttribute('fill')).toBe('url(#map-missing)');
    expect(item?.querySelector('text')?.textContent).toBe('无数据');
  });

  it('keeps titles, notes and caption as <text>', () => {
    const texts = Array.from(render().querySelectorAll('text')).map((t) => t.textContent);
    expect(texts).toContain('资料来源：国家民委');
    expect(texts).toContain('审图号：GS(2019)1822号');
    expect(texts).toContain('† 数据可靠性较低');
    expect(texts.join('')).toContain('全国民族团结进步示范区');
  });

  it('puts name and qualified value in each region title', () => {
    const svg = render();
    const title = (code: string): string | null | undefined =>
      region(svg, code).querySelector('title')?.textContent;
    expect(title('450000')).toBe('广西壮族自治区 >137');
    expect(title('540000')).toBe('西藏自治区 488 (目标)');
    expect(title('650000')).toBe('新疆维吾尔自治区 ≈3†');
    expect(title('460000')).toBe('海南省 无数据');
  });

  it('renders data strings as text, never markup', () => {
    const hostile: RegionValue[] = [
      { code: '110000', name: '<img src=x onerror=alert(1)>', value: 1, qualifier: 'exact' },
    ];
    const svg = render({ values: hostile });
    expect(svg.querySelector('img')).toBeNull();
    expect(region(svg, '110000').querySelector('title')?.textContent).toContain('<img');
  });

  it('labels the svg for assistive tech and declares CJK fonts', () => {
    const svg = render();
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toContain('最高: 西藏自治区 488');
    expect(svg.getAttribute('font-family')).toContain('Noto Sans CJK SC');
    expect(render({ onSelect: () => {} }).getAttribute('role')).toBe('group');
  });

  it('outlines the selected region thickest and draws it last', () => {
    const svg = render({ selected: '450000', highlighted: '110000' });
    const paths = Array.from(svg.querySelectorAll('.regions path'));
    expect(paths.map((p) => p.getAttribute('data-code')).slice(-2)).toEqual(['110000', '450000']);
    expect(region(svg, '450000').getAttribute('stroke-width')).toBe('2.5');
    expect(region(svg, '110000').getAttribute('stroke-width')).toBe('1.5');
    expect(region(svg, '540000').getAttribute('stroke-width')).toBe('0.5');
  });

  it('fires onSelect on click, Enter and Space, and onHover on enter and leave', () => {
    const onSelect = vi.fn();
    const onHover = vi.fn();
    const svg = render({ onSelect, onHover });
    const path = region(svg, '540000');
    expect(path.getAttribute('tabindex')).toBe('0');
    path.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    path.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const space = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    path.dispatchEvent(space);
    path.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(onSelect.mock.calls).toEqual([['540000'], ['540000'], ['540000']]);
    expect(space.defaultPrevented).toBe(true);
    path.dispatchEvent(new MouseEvent('mouseenter'));
    path.dispatchEvent(new MouseEvent('mouseleave'));
    expect(onHover.mock.calls).toEqual([['540000'], [null]]);
  });

  it('keeps keyboard focus on the region across a redraw', () => {
    const svg = render({ onSelect: () => {} });
    region(svg, '650000').focus();
    renderChoropleth(
      svg,
      {
        features,
        values,
        scale: createColorScale(values.map((v) => v.value)),
        projection: geoMercator(),
        text,
        format,
        labels,
        selected: '650000',
        onSelect: () => {},
      },
      size,
    );
    expect(document.activeElement?.getAttribute('data-code')).toBe('650000');
  });

  it('draws a framed inset with the nanhai shape and the regions under it', () => {
    const inset = render().querySelector('.inset');
    expect(inset?.querySelector('rect')?.getAttribute('stroke')).toBeTruthy();
    expect(inset?.querySelector('path.nanhai')?.getAttribute('d')).toMatch(/^M/);
    const fills = Array.from(inset?.querySelectorAll('path.region') ?? []).map((p) =>
      p.getAttribute('fill'),
    );
    expect(fills).toContain('url(#map-missing)');
    expect(inset?.querySelector('[data-code]')).toBeNull();
  });

  it('draws no inset without a nanhai shape and stays free of NaN with all values missing', () => {
    const empty = values.map((v) => ({ ...v, value: null }));
    const svg = render({ nanhai: undefined, values: empty, scale: createColorScale([null]) });
    expect(svg.querySelector('.inset')).toBeNull();
    expect(serialize(svg)).not.toMatch(/NaN|undefined/);
    expect(svg.querySelectorAll('.legend .legend-item')).toHaveLength(1);
  });
});
