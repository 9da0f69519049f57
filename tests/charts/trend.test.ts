// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { renderTrend, type Series, type TrendInput } from '../../src/lib/charts';
import { format, labels, series, text } from '../fixtures/charts/provinces';
import { createSvg, serialize } from '../fixtures/charts/render';

const size = { width: 480, height: 300 };

function render(extra: Partial<TrendInput> = {}): SVGSVGElement {
  const svg = createSvg();
  renderTrend(svg, { series, text, format, labels, ...extra }, size);
  return svg;
}

const paths = (svg: SVGSVGElement, i: number): Element[] =>
  Array.from(svg.querySelectorAll(`.series[data-series="${i}"] path`));

describe('renderTrend(svg, input, size)', () => {
  it('renders the fixture trend', async () => {
    await expect(serialize(render())).toMatchFileSnapshot('./__snapshots__/trend.svg');
  });

  it('leaves a gap at a missing year and at years never reported', () => {
    const svg = render();
    // Series 0: 2018–2019 solid, gap (2020 null), 2021–2022 solid, gap (2023–2024), 2025 alone.
    const solid = paths(svg, 0).filter((p) => !p.hasAttribute('stroke-dasharray'));
    expect(solid).toHaveLength(2);
    const years = Array.from(svg.querySelectorAll('.series[data-series="0"] circle')).map((c) =>
      c.getAttribute('data-year'),
    );
    expect(years).toEqual(['2018', '2019', '2021', '2022', '2025']);
    // Series 1 skips 2020 without a null: still a gap.
    expect(paths(svg, 1)).toHaveLength(2);
  });

  it('draws targets dashed with hollow dots', () => {
    const svg = render({
      series: [
        {
          name: 'x',
          points: [
            { year: 2024, value: 10, qualifier: 'exact', kind: 'outturn' },
            { year: 2025, value: 12, qualifier: 'exact', kind: 'target' },
          ],
        },
      ],
    });
    expect(paths(svg, 0).map((p) => p.getAttribute('stroke-dasharray'))).toEqual(['5,4']);
    const target = svg.querySelector('circle[data-year="2025"]');
    expect(target?.getAttribute('fill')).toBe('#ffffff');
    expect(target?.querySelector('title')?.textContent).toBe('x 2025: 12 (目标)');
  });

  it('starts the y axis at zero and labels x with integer years', () => {
    const svg = render();
    const yTicks = Array.from(svg.querySelectorAll('.axis.y .tick text')).map((t) => t.textContent);
    expect(yTicks[0]).toBe('0');
    const xTicks = Array.from(svg.querySelectorAll('.axis.x .tick text')).map((t) => t.textContent);
    expect(xTicks.length).toBeGreaterThan(1);
    expect(xTicks.every((t) => /^\d{4}$/.test(t ?? ''))).toBe(true);
    expect(svg.querySelector('.axis')?.hasAttribute('font-family')).toBe(false);
  });

  it('puts qualifier marks in dot titles and a key entry per series', () => {
    const svg = render();
    const title = svg.querySelector('.series[data-series="1"] circle[data-year="2021"] title');
    expect(title?.textContent).toBe('累计命名数 2021: >74');
    const key = Array.from(svg.querySelectorAll('.key text')).map((t) => t.textContent);
    expect(key).toEqual(['命名数（当年）', '累计命名数', '(目标)']);
  });

  it('reports the hovered year from bands and dots', () => {
    const onHoverYear = vi.fn();
    const svg = render({ onHoverYear });
    svg
      .querySelector('.year-bands rect[data-year="2020"]')
      ?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    svg
      .querySelector('circle[data-year="2022"]')
      ?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    svg.querySelector('.plot')?.dispatchEvent(new MouseEvent('mouseleave'));
    expect(onHoverYear.mock.calls).toEqual([[2020], [2022], [null]]);
  });

  it('survives a single point, all-missing and no series', () => {
    const cases: Series[][] = [
      [{ name: 'a', points: [{ year: 2020, value: 5, qualifier: 'exact', kind: 'outturn' }] }],
      [{ name: 'b', points: [{ year: 2020, value: null, qualifier: 'exact', kind: 'outturn' }] }],
      [],
    ];
    for (const s of cases) {
      expect(serialize(render({ series: s }))).not.toMatch(/NaN|undefined|Infinity/);
    }
  });
});
