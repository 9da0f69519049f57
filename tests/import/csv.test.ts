import { describe, expect, it } from 'vitest';
import { CsvTokenizer } from '../../src/lib/import';
import { sniffDelimiter } from '../../src/lib/import/sniff';

function tokenize(pieces: string[], delimiter = ',') {
  const records: { line: number; cells: string[] }[] = [];
  const t = new CsvTokenizer({ file: 'x.csv', delimiter }, (cells, line) =>
    records.push({ line, cells }),
  );
  for (const p of pieces) {
    const error = t.push(p);
    if (error) return { records, error };
  }
  return { records, error: t.end() };
}

const SAMPLE = 'a,b,c\r\n1,"two, with comma",3\r\n"multi\nline","say ""hi""",\n\nlast,row,x';

describe('CsvTokenizer', () => {
  it('reads quotes, doubled quotes, CRLF and newlines in quotes, with start lines', () => {
    const { records, error } = tokenize([SAMPLE]);
    expect(error).toBeNull();
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', 'two, with comma', '3'] },
      { line: 3, cells: ['multi\nline', 'say "hi"', ''] },
      { line: 5, cells: [''] },
      { line: 6, cells: ['last', 'row', 'x'] },
    ]);
  });

  it('gives the same records however the input is split', () => {
    const whole = tokenize([SAMPLE]).records;
    expect(tokenize([...SAMPLE]).records).toEqual(whole);
    for (let cut = 1; cut < SAMPLE.length; cut++)
      expect(tokenize([SAMPLE.slice(0, cut), SAMPLE.slice(cut)]).records, `cut ${cut}`).toEqual(
        whole,
      );
  });

  it('treats a lone CR as a line end', () => {
    expect(tokenize(['a,b\rc,d']).records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['c', 'd'] },
    ]);
  });

  it('reports an unterminated quote where it opened', () => {
    const { error } = tokenize(['a,b\nc,"open\nmore,stuff\n']);
    expect(error).toMatchObject({ code: 'unterminated_quote', line: 2, column: 2 });
  });

  it('stops at the column limit with the line and column', () => {
    const t = new CsvTokenizer({ file: 'w.csv', delimiter: ',', maxColumns: 3 }, () => {});
    expect(t.push('a,b\n1,2,3,4\n')).toMatchObject({
      code: 'too_many_columns',
      line: 2,
      column: 4,
    });
  });

  it('stops at the record length limit', () => {
    const t = new CsvTokenizer({ file: 'l.csv', delimiter: ',', maxRecordChars: 10 }, () => {});
    expect(t.push('short\n' + 'x'.repeat(11))).toMatchObject({ code: 'line_too_long', line: 2 });
  });
});

describe('sniffDelimiter(sample)', () => {
  it('picks the consistent delimiter despite metadata and footnote lines', () => {
    const nbs =
      '数据库：分省年度数据\n指标：人口\n地区,2022年,2021年\n北京市,1,2\n天津市,3,4\n"注：a, b, c"\n';
    expect(sniffDelimiter(nbs)).toBe(',');
    expect(sniffDelimiter('a\tb\tc\n1\t2,5\t3\n4\t5\t6\n')).toBe('\t');
    expect(sniffDelimiter('a;b;c\n1,5;2;3\n')).toBe(';');
    expect(sniffDelimiter('a|b\n1|2\n')).toBe('|');
  });
});
