import { utils, write } from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { cells, gazetteer, importer, ok, type Importer } from './helpers';

let load: Importer;
beforeAll(() => {
  load = importer(gazetteer());
});

const warning = (r: Awaited<ReturnType<typeof ok>>, code: string) =>
  r.report.warnings.find((w) => w.code === code);

describe('importFile(decimal commas)', () => {
  it('reads decimal-comma.csv per column: commas proven, 1.204 taken from the file, negatives', async () => {
    const r = await ok(load('decimal-comma.csv'));
    expect(r.report.delimiter).toBe(';');
    const beijing = cells(r.table.filter((t) => t.region_code === '110000'));
    expect(beijing).toEqual([
      '110000 2022 常住人口 2184.3 万人',
      '110000 2022 城镇化率 87.6 %',
      '110000 2022 示范单位 1204 个',
      '110000 2022 增减 -12 个',
    ]);
    // 7.420 sits in a column of decimal commas: 7420, not 7.42.
    expect(
      r.table.find((t) => t.region_code === '130000' && t.indicator === '常住人口')?.value,
    ).toBe(7420);
    expect(r.table.find((t) => t.region_code === '140000' && t.indicator === '增减')?.value).toBe(
      -1025,
    );
    expect(r.table.find((t) => t.region_code === '130000' && t.indicator === '增减')?.value).toBe(
      5,
    );
    expect(r.table.find((t) => t.region_code === '120000' && t.indicator === '增减')?.value).toBe(
      -3,
    );
    // Columns without their own evidence took the file's mark: say so, naming the cells.
    expect(warning(r, 'decimal_ambiguous')).toMatchObject({
      count: 3,
      cells: [
        { line: 3, column: 4, text: '1.204' },
        { line: 5, column: 4, text: '1.502' },
        { line: 6, column: 5, text: '(1.025)' },
      ],
    });
    expect(warning(r, 'decimal_comma')?.count).toBe(13);
  });

  it('keeps 1,234 as 1234 in an ordinary file, without a warning', async () => {
    const r = await ok(load('signs-fullwidth.csv'));
    expect(cells(r.table).map((c) => c.split(' ')[3])).toEqual([
      '1234',
      '-1234',
      '-12.5',
      '123.5',
      '1234',
      '-56',
      '12345.6',
      '-0.5',
    ]);
    expect(r.report.warnings).toEqual([]);
  });

  it('decides per column: one column of commas, one of points', async () => {
    const r = await ok(load('mixed.txt', '地区\tA\tB\n北京\t12,5\t1,234\n天津\t1.234\t2.5\n'));
    expect(cells(r.table).map((c) => c.split(' ').slice(2, 4).join(' '))).toEqual([
      'A 12.5',
      'B 1234',
      'A 1234',
      'B 2.5',
    ]);
    // The file writes both marks: the column that departs from the file's majority is named.
    expect(warning(r, 'decimal_ambiguous')?.cells.map((c) => c.text)).toEqual(['12,5']);
  });

  it('names the cells that contradict their column', async () => {
    const r = await ok(load('c.txt', '地区;v\n北京;12,5\n天津;3,25\n河北;1.5\n'));
    expect(r.table.map((t) => t.value)).toEqual([12.5, 3.25, 1.5]);
    expect(warning(r, 'decimal_ambiguous')?.cells).toEqual([{ line: 4, column: 2, text: '1.5' }]);
  });

  it('reads numbers a workbook stores as numbers with a decimal point, whatever its text cells say', async () => {
    const wb = utils.book_new();
    utils.book_append_sheet(
      wb,
      utils.aoa_to_sheet([
        ['地区', 'A', 'B'],
        ['北京', '12,5', 123.456],
        ['天津', '3,5', 7.125],
      ]),
      'S',
    );
    const bytes = write(wb, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
    const r = await ok(load('w.xlsx', bytes));
    expect(r.table.map((t) => t.value)).toEqual([12.5, 123.456, 3.5, 7.125]);
  });
});
