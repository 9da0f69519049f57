// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { renderRanking, type RankingInput } from '../../src/lib/charts';
import { format, labels, text, values } from '../fixtures/charts/provinces';
import { createSvg, serialize } from '../fixtures/charts/render';

const size = { width: 480, height: 260 };

function render(extra: Partial<RankingInput> = {}): SVGSVGElement {
  const svg = createSvg();
  renderRanking(svg, { values, text, format, labels, ...extra }, size);
  return svg;
}

const row = (svg: SVGSVGElement, code: string): Element => {
  const el = svg.querySelector(`.row[data-code="${code}"]`);
  if (!el) throw new Error(`no row for ${code}`);
  return el;
};

describe('renderRanking(svg, input, size)', () => {
  it('renders the fixture ranking', async () => {
    const svg = render({ selected: '110000', highlighted: '450000' });
    await expect(serialize(svg)).toMatchFileSnapshot('./__snapshots__/bar-ranking.svg');
    // The app runs under style-src 'self': presentation attributes only.
    expect(serialize(svg)).not.toMatch(/\sstyle=/);
  });

  it('sorts by value with missing last, labelled and without a bar', () => {
    const svg = render();
    const codes = Array.from(svg.querySelectorAll('.row')).map((r) => r.getAttribute('data-code'));
    expect(codes).toEqual(['540000', '450000', '110000', '650000', '460000']);
    const missing = row(svg, '460000');
    expect(missing.querySelector('rect.bar')).toBeNull();
    expect(missing.querySelector('text.missing')?.textContent).toBe('无数据');
    expect(svg.querySelectorAll('rect.bar')).toHaveLength(4);
  });

  it('sorts ascending on request, still with missing last', () => {
    const codes = Array.from(render({ sort: 'ascending' }).querySelectorAll('.row')).map((r) =>
      r.getAttribute('data-code'),
    );
    expect(codes).toEqual(['650000', '110000', '450000', '540000', '460000']);
  });

  it('hatches and outlines target bars, fills outturns solid', () => {
    const svg = render();
    const target = row(svg, '540000').querySelector('rect.bar');
    expect(target?.getAttribute('fill')).toBe('url(#ranking-target)');
    expect(target?.getAttribute('stroke')).toBe('#3182bd');
    expect(svg.querySelector('defs pattern#ranking-target')).not.toBeNull();
    expect(row(svg, '110000').querySelector('rect.bar')?.getAttribute('fill')).toBe('#3182bd');
  });

  it('prints qualifier marks and the low-reliability dagger with its footnote', () => {
    const svg = render();
    const value = (code: string): string | null | undefined =>
      row(svg, code).querySelector('text.value')?.textContent;
    expect(value('450000')).toBe('>137');
    expect(value('540000')).toBe('488 (目标)');
    expect(value('650000')).toBe('≈3†');
    const footer = Array.from(svg.querySelectorAll('.footer text')).map((t) => t.textContent);
    expect(footer[0]).toBe('† 数据可靠性较低');
  });

  it('scales bars to their values from a common zero', () => {
    const svg = render();
    const width = (code: string): number =>
      Number(row(svg, code).querySelector('rect.bar')?.getAttribute('width'));
    expect(width('540000') / width('450000')).toBeCloseTo(488 / 137, 1);
    const xs = new Set(
      Array.from(svg.querySelectorAll('rect.bar')).map((r) => r.getAttribute('x')),
    );
    expect(xs.size).toBe(1);
  });

  it('fires onSelect on click and Enter, onHover on enter and leave', () => {
    const onSelect = vi.fn();
    const onHover = vi.fn();
    const r = row(render({ onSelect, onHover }), '460000');
    expect(r.getAttribute('tabindex')).toBe('0');
    r.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    r.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    r.dispatchEvent(new MouseEvent('mouseenter'));
    r.dispatchEvent(new MouseEvent('mouseleave'));
    expect(onSelect.mock.calls).toEqual([['460000'], ['460000']]);
    expect(onHover.mock.calls).toEqual([['460000'], [null]]);
  });

  it('marks the selected row bold with a thick outline', () => {
    const svg = render({ selected: '110000' });
    expect(row(svg, '110000').querySelector('text')?.getAttribute('font-weight')).toBe('bold');
    expect(row(svg, '110000').querySelector('rect.bar')?.getAttribute('stroke-width')).toBe('2');
  });

  it('draws only text and frame when every value is missing', () => {
    const svg = render({ values: values.map((v) => ({ ...v, value: null })) });
    expect(svg.querySelectorAll('rect.bar')).toHaveLength(0);
    expect(svg.querySelectorAll('text.missing')).toHaveLength(5);
    expect(serialize(svg)).not.toMatch(/NaN|undefined|Infinity/);
  });
});
