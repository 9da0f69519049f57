import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/lib/i18n';
import { displayCell } from '../../../src/panels/sql/cell-display';

const fmt = createFormatters('en');
const number = { name: 'n', kind: 'number' as const, type: 'Float64' };
const text = { name: 't', kind: 'text' as const, type: 'Utf8' };

describe('displayCell(value, column, format, nullText, plainNumbers)', () => {
  it('formats numbers with the locale and keeps the exact value when rounded', () => {
    expect(displayCell(12345.678, number, fmt, 'NULL')).toEqual({
      text: '12,345.68',
      numeric: true,
      isNull: false,
      exact: '12345.678',
    });
    expect(displayCell(1000, number, fmt, 'NULL')).toEqual({
      text: '1,000',
      numeric: true,
      isNull: false,
    });
  });

  it('prints years without grouping', () => {
    expect(displayCell(2024, number, fmt, 'NULL', true).text).toBe('2024');
  });

  it('shows NULL distinctly and text as given', () => {
    expect(displayCell(null, number, fmt, 'NULL')).toEqual({
      text: 'NULL',
      numeric: true,
      isNull: true,
    });
    expect(displayCell('<b>x</b>', text, fmt, 'NULL').text).toBe('<b>x</b>');
  });
});
