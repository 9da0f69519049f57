import { describe, expect, it } from 'vitest';
import type { Cell, ColumnKind, ResultRows } from '../../../src/panels/sql/arrow-to-rows';
import {
  QUICK_CHART_LIMITS,
  detectQuickCharts,
  toRankingValues,
  toTrendSeries,
} from '../../../src/panels/sql/quick-chart';

function result(columns: [string, ColumnKind][], rows: Cell[][]): ResultRows {
  return { columns: columns.map(([name, kind]) => ({ name, kind, type: kind })), rows };
}

describe('detectQuickCharts(result)', () => {
  it('offers a bar chart for a text and a numeric column, in either order', () => {
    const byTheme = result(
      [
        ['theme', 'text'],
        ['facts', 'number'],
      ],
      [
        ['coverage', 225],
        ['funding', 140],
      ],
    );
    expect(detectQuickCharts(byTheme)).toEqual([{ kind: 'bar', label: 0, value: 1 }]);
    const flipped = result(
      [
        ['facts', 'number'],
        ['theme', 'text'],
      ],
      [[225, 'coverage']],
    );
    expect(detectQuickCharts(flipped)).toEqual([{ kind: 'bar', label: 1, value: 0 }]);
  });

  it('offers a line chart for a year column and a numeric column', () => {
    const perYear = result(
      [
        ['year', 'number'],
        ['facts', 'number'],
      ],
      [
        [2020, 25],
        [2021, 31],
        [null, 131],
      ],
    );
    expect(detectQuickCharts(perYear)).toEqual([{ kind: 'line', year: 0, value: 1, series: null }]);
  });

  it('offers one line per text value for (series, year, value)', () => {
    const rows: Cell[][] = [
      ['coverage', 2020, 1],
      ['coverage', 2021, 2],
      ['funding', 2020, 3],
    ];
    const r = result(
      [
        ['theme', 'text'],
        ['year', 'number'],
        ['n', 'number'],
      ],
      rows,
    );
    expect(detectQuickCharts(r)).toEqual([{ kind: 'line', year: 1, value: 2, series: 0 }]);
    expect(toTrendSeries(r, { kind: 'line', year: 1, value: 2, series: 0 }, 'NULL')).toEqual([
      {
        name: 'coverage',
        points: [
          { year: 2020, value: 1, qualifier: 'exact', kind: 'outturn' },
          { year: 2021, value: 2, qualifier: 'exact', kind: 'outturn' },
        ],
      },
      { name: 'funding', points: [{ year: 2020, value: 3, qualifier: 'exact', kind: 'outturn' }] },
    ]);
  });

  it('offers nothing for shapes it cannot draw', () => {
    const two = (a: ColumnKind, b: ColumnKind, rows: Cell[][]): ResultRows =>
      result(
        [
          ['a', a],
          ['b', b],
        ],
        rows,
      );
    expect(detectQuickCharts(two('text', 'text', [['x', 'y']]))).toEqual([]);
    expect(detectQuickCharts(two('text', 'number', []))).toEqual([]);
    expect(detectQuickCharts(result([['n', 'number']], [[1]]))).toEqual([]);
    // Not years: fractions, or counts outside any calendar range.
    expect(detectQuickCharts(two('number', 'number', [[2020.5, 1]]))).toEqual([]);
    expect(detectQuickCharts(two('number', 'number', [[12, 1]]))).toEqual([]);
    // A year twice in one series has no single point to draw.
    expect(
      detectQuickCharts(
        two('number', 'number', [
          [2020, 1],
          [2020, 2],
        ]),
      ),
    ).toEqual([]);
  });

  it('does not draw more series than the palette can tell apart', () => {
    const rows: Cell[][] = Array.from({ length: QUICK_CHART_LIMITS.series + 1 }, (_, i) => [
      `s${i}`,
      2020,
      i,
    ]);
    const r = result(
      [
        ['s', 'text'],
        ['year', 'number'],
        ['v', 'number'],
      ],
      rows,
    );
    expect(detectQuickCharts(r)).toEqual([]);
  });
});

describe('toRankingValues(result, chart, nullLabel)', () => {
  it('keeps query order, caps the bars, and names NULL labels', () => {
    const rows: Cell[][] = Array.from({ length: 40 }, (_, i) => [i === 0 ? null : `p${i}`, i]);
    const r = result(
      [
        ['p', 'text'],
        ['v', 'number'],
      ],
      rows,
    );
    const values = toRankingValues(r, { kind: 'bar', label: 0, value: 1 }, 'NULL');
    expect(values).toHaveLength(QUICK_CHART_LIMITS.bars);
    expect(values[0]).toEqual({ code: 'row-0', name: 'NULL', value: 0, qualifier: 'exact' });
    expect(values[1]?.name).toBe('p1');
  });
});
