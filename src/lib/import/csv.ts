import { importError, type ImportError } from './errors';

export interface CsvOptions {
  file: string;
  delimiter: string;
  /** A record with more fields than this stops the parse with `too_many_columns`. */
  maxColumns?: number;
  /** A record longer than this (in characters) stops the parse with `line_too_long`. */
  maxRecordChars?: number;
}

/** Receives each record with the 1-based line it started on. */
export type RecordSink = (cells: string[], line: number) => void;

export const DEFAULT_MAX_COLUMNS = 4096;
export const DEFAULT_MAX_RECORD_CHARS = 16 * 1024 * 1024;

const QUOTE = 34;
const LF = 10;
const CR = 13;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

function countNewlines(text: string): number {
  let n = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

/**
 * RFC 4180 tokenizer fed in pieces of any size: quotes, doubled quotes, CRLF/LF/CR, and
 * newlines inside quotes. Lenient where files are (text after a closing quote is kept,
 * a stray quote inside an unquoted field is literal); strict only where data would be lost
 * (an unterminated quote swallows the rest of the file).
 */
export class CsvTokenizer {
  private readonly delimiter: number;
  private readonly maxColumns: number;
  private readonly maxRecordChars: number;
  private state = State.FieldStart;
  private cells: string[] = [];
  private field = '';
  private recordChars = 0;
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  private quoteColumn = 1;
  private skipLf = false;
  private error: ImportError | null = null;

  constructor(
    private readonly opts: CsvOptions,
    private readonly sink: RecordSink,
  ) {
    this.delimiter = opts.delimiter.charCodeAt(0);
    this.maxColumns = opts.maxColumns ?? DEFAULT_MAX_COLUMNS;
    this.maxRecordChars = opts.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
  }

  /** Feeds the next piece; returns the error that stopped the parse, if any. */
  push(text: string): ImportError | null {
    if (this.error) return this.error;
    const n = text.length;
    const d = this.delimiter;
    let i = 0;
    while (i < n && !this.error) {
      if (this.skipLf) {
        this.skipLf = false;
        if (text.charCodeAt(i) === LF) {
          i++;
          continue;
        }
      }
      if (this.state === State.FieldStart) {
        if (text.charCodeAt(i) === QUOTE) {
          this.state = State.Quoted;
          this.quoteLine = this.line;
          this.quoteColumn = this.cells.length + 1;
          i++;
          continue;
        }
        this.state = State.Unquoted;
      }
      if (this.state === State.Unquoted) {
        let j = i;
        let c = 0;
        while (j < n) {
          c = text.charCodeAt(j);
          if (c === d || c === LF || c === CR) break;
          j++;
        }
        if (j > i) this.append(text.slice(i, j));
        if (j === n) return this.error;
        this.endField();
        if (c !== d) this.endRecord(c === CR);
        i = j + 1;
        continue;
      }
      if (this.state === State.Quoted) {
        const j = text.indexOf('"', i);
        const piece = j < 0 ? text.slice(i) : text.slice(i, j);
        this.line += countNewlines(piece);
        this.append(piece);
        if (j < 0) return this.error;
        this.state = State.QuoteInQuoted;
        i = j + 1;
        continue;
      }
      // QuoteInQuoted: a doubled quote is a literal quote; anything else closed the field.
      if (text.charCodeAt(i) === QUOTE) {
        this.append('"');
        this.state = State.Quoted;
        i++;
      } else {
        this.state = State.Unquoted;
      }
    }
    return this.error;
  }

  /** Flushes the last record; reports an unterminated quote. */
  end(): ImportError | null {
    if (this.error) return this.error;
    if (this.state === State.Quoted) {
      this.error = importError(
        'unterminated_quote',
        `A quoted field opened here is never closed; the rest of the file would be one cell.`,
        this.opts.file,
        { line: this.quoteLine, column: this.quoteColumn },
      );
      return this.error;
    }
    if (this.state !== State.FieldStart || this.cells.length > 0) {
      this.endField();
      this.endRecord(false);
    }
    return null;
  }

  private append(piece: string): void {
    this.field += piece;
    this.recordChars += piece.length;
    if (this.recordChars > this.maxRecordChars)
      this.error = importError(
        'line_too_long',
        `Record is longer than ${this.maxRecordChars.toLocaleString('en')} characters; is this really a table?`,
        this.opts.file,
        { line: this.recordLine, column: this.cells.length + 1 },
      );
  }

  private endField(): void {
    this.cells.push(this.field);
    this.field = '';
    this.state = State.FieldStart;
    if (this.cells.length > this.maxColumns && !this.error)
      this.error = importError(
        'too_many_columns',
        `More than ${this.maxColumns} columns; the limit keeps the browser responsive.`,
        this.opts.file,
        { line: this.recordLine, column: this.maxColumns + 1 },
      );
  }

  private endRecord(cr: boolean): void {
    if (!this.error) this.sink(this.cells, this.recordLine);
    this.cells = [];
    this.recordChars = 0;
    this.line++;
    this.recordLine = this.line;
    this.state = State.FieldStart;
    this.skipLf = cr;
  }
}
