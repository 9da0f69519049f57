import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/lib/export';

describe('safeFileName(title, extension)', () => {
  it('keeps Chinese titles', () => {
    expect(safeFileName('2024年各省民族团结进步示范单位', 'png')).toBe(
      '2024年各省民族团结进步示范单位.png',
    );
  });

  it('replaces path separators and reserved characters', () => {
    expect(safeFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeFileName('a<b>c:d"e|f?g*h\\i')).toBe('a_b_c_d_e_f_g_h_i');
  });

  it('removes control and bidi-override characters', () => {
    expect(safeFileName('report\u0000\u001f\u202egnp.exe')).toBe('report_gnp.exe');
  });

  it('limits the length without splitting characters', () => {
    const name = safeFileName('资'.repeat(300));
    expect(Array.from(name)).toHaveLength(100);
    expect(safeFileName('𠀀'.repeat(150))).toBe('𠀀'.repeat(100));
  });

  it('never returns an empty, dotted or reserved name', () => {
    expect(safeFileName('', 'csv')).toBe('export.csv');
    expect(safeFileName('///')).toBe('export');
    expect(safeFileName(' .. ')).toBe('export');
    expect(safeFileName('CON', 'svg')).toBe('_CON.svg');
  });

  it('cleans the extension', () => {
    expect(safeFileName('map', '.p/ng')).toBe('map.png');
  });
});
