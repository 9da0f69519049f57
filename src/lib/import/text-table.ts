import { CsvTokenizer } from './csv';
import { importError, type ImportError, type Result } from './errors';
import { buildGrid, type Grid } from './grid';
import { sniffDelimiter } from './sniff';

export interface TextTableOptions {
  file: string;
  maxColumns: number;
  maxCells: number;
  maxRecordChars: number;
  /** Called after each piece with the characters read so far. */
  onChars?: (chars: number) => void;
}

export interface TextTable {
  grid: Grid;
  delimiter: string;
}

const hintOf = (file: string): string | undefined =>
  /\.(tsv|tab)$/i.test(file) ? '\t' : /\.csv$/i.test(file) ? ',' : undefined;

/**
 * Feeds decoded pieces to the tokenizer, sniffing the delimiter from the first piece.
 * Works over any (async) iterable of strings: a decoded buffer or a byte stream.
 */
export async function readTextTable(
  pieces: AsyncIterable<string> | Iterable<string>,
  opts: TextTableOptions,
): Promise<Result<TextTable>> {
  const rows: string[][] = [];
  const lines: number[] = [];
  let cells = 0;
  let tooLarge: ImportError | null = null;
  let tokenizer: CsvTokenizer | null = null;
  let delimiter = ',';
  let chars = 0;
  const sink = (record: string[], line: number) => {
    cells += record.length;
    if (cells > opts.maxCells && !tooLarge)
      tooLarge = importError(
        'too_large',
        `More than ${opts.maxCells.toLocaleString('en')} cells; split the file or keep the columns you need.`,
        opts.file,
        { line, column: 1 },
      );
    if (tooLarge) return;
    rows.push(record);
    lines.push(line);
  };
  for await (const piece of pieces) {
    if (!tokenizer) {
      delimiter = sniffDelimiter(piece.slice(0, 64 * 1024), hintOf(opts.file));
      tokenizer = new CsvTokenizer(
        {
          file: opts.file,
          delimiter,
          maxColumns: opts.maxColumns,
          maxRecordChars: opts.maxRecordChars,
        },
        sink,
      );
    }
    const error = tokenizer.push(piece) ?? tooLarge;
    if (error) return { ok: false, error };
    chars += piece.length;
    opts.onChars?.(chars);
  }
  const error = tokenizer?.end() ?? null;
  if (error ?? tooLarge) return { ok: false, error: (error ?? tooLarge) as ImportError };
  return { ok: true, value: { grid: buildGrid(rows, lines), delimiter } };
}
