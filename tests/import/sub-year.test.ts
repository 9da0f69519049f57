import { beforeAll, describe, expect, it } from 'vitest';
import { cells, gazetteer, importer, ok, type Importer } from './helpers';

let load: Importer;
beforeAll(() => {
  load = importer(gazetteer());
});

describe('importFile(months and quarters)', () => {
  it('imports the year beside month columns and names the months it left out', async () => {
    const r = await ok(load('monthly.csv'));
    expect(r.report.years).toEqual([2022]);
    expect(cells(r.table)).toEqual([
      '110000 2022 monthly 120 null',
      '120000 2022 monthly 80 null',
      '130000 2022 monthly 300 null',
    ]);
    expect(r.report.warnings.find((w) => w.code === 'sub_year_periods')).toMatchObject({
      count: 3,
      cells: [
        { line: 1, column: 3, text: '2023年1月' },
        { line: 1, column: 4, text: '2023年2月' },
        { line: 1, column: 5, text: '2023-03' },
      ],
    });
  });

  it('refuses a table of quarters, naming its columns', async () => {
    const r = await load('quarterly.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({
      code: 'sub_year_periods',
      file: 'quarterly.csv',
      line: 1,
      column: 2,
      names: ['2023Q1', '2023Q2', '2023年第三季度', '四季度'],
    });
    expect(r.error.message).toContain('2023Q1, 2023Q2, 2023年第三季度, 四季度');
  });

  it('never reads months under a year as indicator names', async () => {
    const r = await load('m.csv', '地区,2023年,,\n,1月,2月,3月\n北京,1,2,3\n天津,4,5,6\n');
    expect(r.ok ? r.report.indicators : r.error.code).toBe('sub_year_periods');
  });

  it('leaves out rows of a long table whose period is a month, and reads 1-12月 as the year', async () => {
    const r = await ok(
      load(
        'l.csv',
        '地区,时间,数值\n北京,2023-03,5\n北京,2022年1-12月,60\n天津,2023Q1,7\n天津,2022,70\n',
      ),
    );
    expect(cells(r.table)).toEqual(['110000 2022 l 60 null', '120000 2022 l 70 null']);
    const codes = r.report.warnings.map((w) => [w.code, w.count]);
    expect(codes).toEqual([
      ['sub_year_periods', 2],
      ['whole_year_periods', 1],
    ]);
  });

  it('leaves out rows of a month column beside the year', async () => {
    const r = await ok(load('y.csv', '地区,年份,月份,数值\n北京,2023,,12\n北京,2023,3,1\n'));
    expect(cells(r.table)).toEqual(['110000 2023 y 12 null']);
    expect(r.report.warnings[0]).toMatchObject({
      code: 'sub_year_periods',
      cells: [{ line: 3, column: 3, text: '3' }],
    });
  });

  it('skips months down a transposed table instead of making them indicators', async () => {
    const r = await ok(
      load('t.csv', '月份,北京,天津\n2023年1月,1,2\n2023年2月,3,4\n2022年,10,20\n'),
    );
    expect(r.report.indicators).toEqual(['t']);
    expect(cells(r.table)).toEqual(['110000 2022 t 10 null', '120000 2022 t 20 null']);
    expect(r.report.warnings[0]).toMatchObject({ code: 'sub_year_periods', count: 2 });
  });

  it('gives no year from a title naming months, and says so', async () => {
    const r = await ok(
      load('h.csv', '2023年1-6月各地区情况,,\n地区,人数,个数\n北京,1,2\n天津,3,4\n'),
    );
    expect(r.report.years).toEqual([]);
    expect(r.report.warnings.find((w) => w.code === 'sub_year_periods')?.cells[0]?.text).toBe(
      '2023年1-6月各地区情况',
    );
  });
});

describe('importFile(dates in rows of data)', () => {
  it('does not take a row holding dates and a value for a header', async () => {
    const r = await ok(
      load(
        'd.csv',
        '地区,开始,结束,数值\n北京,2023-01-01,2023-12-31,5\n天津,2023-01-01,2023-12-31,6\n',
      ),
    );
    expect(r.report.shape.blocks).toBe(1);
    expect(cells(r.table)).toEqual(['110000 null d 5 null', '120000 null d 6 null']);
  });
});
