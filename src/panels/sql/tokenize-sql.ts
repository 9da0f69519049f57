/**
 * A lexer for DuckDB's SQL dialect, precise only where it matters to the statement guard:
 * what is a comment, a string or a quoted identifier, and what is code. It follows
 * DuckDB 1.4's scanner (libpg_query): `--` and nested `/* *\/` comments, `'…'` with `''`,
 * `E'…'` with backslash escapes, `$tag$…$tag$`, and `"…"` identifiers with `""`.
 */

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'param' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Lower-cased for words; unescaped text for strings and quoted identifiers. */
  value: string;
  start: number;
  end: number;
}

export type LexResult =
  { ok: true; tokens: Token[] } | { ok: false; problem: 'unterminated'; at: number };

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;
const DIGIT = /[0-9]/;

/** End of a nested block comment starting at `i` (on the `/`), or -1 when unterminated. */
function skipBlockComment(sql: string, i: number): number {
  let depth = 0;
  while (i < sql.length) {
    if (sql.startsWith('/*', i)) {
      depth++;
      i += 2;
    } else if (sql.startsWith('*/', i)) {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else i++;
  }
  return -1;
}

/** A quoted run closed by `quote`, where a doubled quote (and, if `backslash`, `\x`) escapes. */
function readQuoted(
  sql: string,
  i: number,
  quote: string,
  backslash: boolean,
): { value: string; end: number } | null {
  let value = '';
  while (i < sql.length) {
    const ch = sql[i]!;
    if (backslash && ch === '\\' && i + 1 < sql.length) {
      value += sql[i + 1];
      i += 2;
    } else if (ch === quote) {
      if (sql[i + 1] !== quote) return { value, end: i + 1 };
      value += quote;
      i += 2;
    } else {
      value += ch;
      i++;
    }
  }
  return null;
}

export function tokenizeSql(sql: string): LexResult {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, value: string, start: number, end: number): void => {
    tokens.push({ kind, value, start, end });
    i = end;
  };
  while (i < sql.length) {
    const ch = sql[i]!;
    const start = i;
    if (/\s/.test(ch)) {
      i++;
    } else if (sql.startsWith('--', i)) {
      const nl = sql.indexOf('\n', i);
      i = nl < 0 ? sql.length : nl + 1;
    } else if (sql.startsWith('/*', i)) {
      const end = skipBlockComment(sql, i);
      if (end < 0) return { ok: false, problem: 'unterminated', at: start };
      i = end;
    } else if (/[eE]/.test(ch) && sql[i + 1] === "'") {
      const q = readQuoted(sql, i + 2, "'", true);
      if (!q) return { ok: false, problem: 'unterminated', at: start };
      push('string', q.value, start, q.end);
    } else if (ch === "'" || ch === '"') {
      const q = readQuoted(sql, i + 1, ch, false);
      if (!q) return { ok: false, problem: 'unterminated', at: start };
      push(ch === "'" ? 'string' : 'quoted', q.value, start, q.end);
    } else if (ch === '$') {
      const tag = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(sql.slice(i));
      if (tag) {
        const close = sql.indexOf(tag[0], i + tag[0].length);
        if (close < 0) return { ok: false, problem: 'unterminated', at: start };
        push('string', sql.slice(i + tag[0].length, close), start, close + tag[0].length);
      } else {
        const param = /^\$[A-Za-z0-9_]*/.exec(sql.slice(i))![0];
        push('param', param, start, i + param.length);
      }
    } else if (WORD_START.test(ch)) {
      let end = i + 1;
      while (end < sql.length && WORD_PART.test(sql[end]!)) end++;
      push('word', sql.slice(i, end).toLowerCase(), start, end);
    } else if (DIGIT.test(ch) || (ch === '.' && DIGIT.test(sql[i + 1] ?? ''))) {
      const num = /^(?:0[xX][0-9a-fA-F_]+|[0-9_]*\.?[0-9_]+(?:[eE][+-]?[0-9]+)?)/.exec(
        sql.slice(i),
      )![0];
      push('number', num, start, i + Math.max(1, num.length));
    } else if (ch === '?') {
      push('param', ch, start, i + 1);
    } else {
      push('punct', ch, start, i + 1);
    }
  }
  return { ok: true, tokens };
}
