// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { classLabel, createColorScale, renderLegend } from '../../src/lib/charts';
import { format } from '../fixtures/charts/provinces';
import { createSvg, serialize } from '../fixtures/charts/render';

function legendIn(values: (number | null)[]): { svg: SVGSVGElement; g: SVGGElement } {
  const svg = createSvg();
  const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  svg.append(g);
  renderLegend(g, createColorScale(values, { id: 'solo' }), format, { missing: '无数据' });
  return { svg, g };
}

describe('renderLegend(g, scale, format, labels)', () => {
  it('labels classes with formatted breaks, open at both ends', () => {
    const { g } = legendIn([1, 3, 16, 137, 488, 1200]);
    const texts = Array.from(g.querySelectorAll('text')).map((t) => t.textContent);
    expect(texts[0]).toMatch(/^< /);
    expect(texts.at(-2)).toBe('≥ 500');
    expect(texts.at(-1)).toBe('无数据');
  });

  it('defines the missing hatch in its own svg when drawn alone', () => {
    const { svg } = legendIn([1, 2, 3]);
    expect(svg.querySelector('defs pattern#solo-missing')).not.toBeNull();
    expect(serialize(svg)).not.toMatch(/\sstyle=/);
  });

  it('shows only the missing swatch when every value is missing', () => {
    const { g } = legendIn([null]);
    expect(
      Array.from(g.querySelectorAll('.legend-item')).map((i) => i.getAttribute('data-class')),
    ).toEqual(['missing']);
  });
});

describe('classLabel(class, scale, format)', () => {
  it('names a single-value class by the value itself', () => {
    const scale = createColorScale([42, 42]);
    const only = scale.classes[0];
    expect(only && classLabel(only, scale, format)).toBe('42');
  });
});
