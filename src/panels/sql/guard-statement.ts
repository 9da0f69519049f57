import {
  CLAUSE_ENDS,
  FILE_ENDINGS,
  FORBIDDEN_FUNCTIONS,
  FORBIDDEN_FUNCTION_PREFIXES,
  FORBIDDEN_WORDS,
  QUERY_STARTS,
  READ_PRAGMAS,
  TABLE_POSITION,
} from './guard-words';
import { tokenizeSql, type Token } from './tokenize-sql';

/*
 * Why a lexer and not DuckDB: `json_serialize_sql` lives in the json extension, which
 * DuckDB-WASM 1.32 does not load offline (the engine turns autoloading off), and the
 * WASM API does not expose a prepared statement's type. So the console admits one
 * statement whose words, outside comments, strings and quoted identifiers, are those of
 * a read. It errs on the side of refusing: a column named like a command (`update`) must
 * be written in double quotes.
 */

export type GuardReason =
  | 'empty'
  | 'unterminated'
  | 'multiple'
  | 'not_query'
  | 'forbidden_word'
  | 'forbidden_function'
  | 'file_reference'
  | 'pragma';

export type GuardResult =
  { ok: true; sql: string } | { ok: false; reason: GuardReason; detail: string; at: number };

const refuse = (reason: GuardReason, detail: string, at: number): GuardResult => ({
  ok: false,
  reason,
  detail,
  at,
});

function isForbiddenFunction(name: string): boolean {
  return (
    FORBIDDEN_FUNCTIONS.has(name) || FORBIDDEN_FUNCTION_PREFIXES.some((p) => name.startsWith(p))
  );
}

/**
 * A table name DuckDB does not find in its catalog is tried as a file path: `FROM 'x.csv'`,
 * `FROM "x.csv"`, and even `FROM x.csv` or `FROM main."x.csv"` (parts joined by dots) read
 * files or URLs. Returns the offending name for the reference starting at `i`, if any.
 */
function fileReference(tokens: Token[], i: number): string | null {
  const first = tokens[i];
  if (first?.kind === 'string') return first.value;
  const parts: Token[] = [];
  for (let j = i; j < tokens.length; j += 2) {
    const part = tokens[j];
    if (!part || (part.kind !== 'word' && part.kind !== 'quoted')) break;
    parts.push(part);
    if (tokens[j + 1]?.value !== '.' || tokens[j + 1]?.kind !== 'punct') break;
  }
  const name = parts.map((p) => p.value).join('.');
  const quotedPath = parts.some((p) => p.kind === 'quoted' && /[./\\:*?]/.test(p.value));
  const ending = parts.length > 1 && FILE_ENDINGS.has(parts.at(-1)!.value.toLowerCase());
  return quotedPath || ending ? name : null;
}

function checkPragma(tokens: Token[]): GuardResult | null {
  const name = tokens[1];
  if (!name || name.kind !== 'word' || !READ_PRAGMAS.has(name.value)) {
    return refuse('pragma', name?.value ?? '', name?.start ?? 0);
  }
  const eq = tokens.find((t) => t.kind === 'punct' && t.value === '=');
  return eq ? refuse('pragma', name.value, eq.start) : null;
}

function checkExplain(tokens: Token[]): GuardResult | null {
  const i = tokens[1]?.kind === 'word' && tokens[1].value === 'analyze' ? 2 : 1;
  const next = tokens[i];
  if (!next || !QUERY_STARTS.has(next.value) || ['explain', 'pragma'].includes(next.value)) {
    return refuse('not_query', next?.value ?? 'explain', next?.start ?? 0);
  }
  return null;
}

/** Walks every token once: forbidden words and functions, and strings where a table goes. */
function checkBody(tokens: Token[], from: number): GuardResult | null {
  let depth = 0;
  const inFrom: boolean[] = [false];
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (t.kind === 'punct' && t.value === '(') inFrom[++depth] = false;
    else if (t.kind === 'punct' && t.value === ')') depth = Math.max(0, depth - 1);
    const afterTableWord = prev?.kind === 'word' && TABLE_POSITION.has(prev.value);
    const afterFromComma = prev?.kind === 'punct' && prev.value === ',' && inFrom[depth];
    if (t.kind === 'word') {
      if (FORBIDDEN_WORDS.has(t.value)) return refuse('forbidden_word', t.value, t.start);
      if (t.value === 'from' || t.value === 'join') inFrom[depth] = true;
      else if (CLAUSE_ENDS.has(t.value)) inFrom[depth] = false;
    }
    if (
      (t.kind === 'word' || t.kind === 'quoted') &&
      next?.value === '(' &&
      next.kind === 'punct'
    ) {
      if (isForbiddenFunction(t.value.toLowerCase())) {
        return refuse('forbidden_function', t.value, t.start);
      }
    }
    if (afterTableWord || afterFromComma) {
      const file = fileReference(tokens, i);
      if (file) return refuse('file_reference', file, t.start);
    }
  }
  return null;
}

/**
 * Admits exactly one read-only statement (SELECT, WITH … SELECT, FROM-first, VALUES,
 * TABLE, DESCRIBE, SUMMARIZE, SHOW, PIVOT, EXPLAIN of those, or a reporting PRAGMA);
 * returns the statement without trailing semicolons, or why it was refused.
 */
export function guardStatement(sql: string): GuardResult {
  const lexed = tokenizeSql(sql);
  if (!lexed.ok) return refuse('unterminated', '', lexed.at);
  const all = lexed.tokens;
  let end = all.length;
  while (end > 0 && all[end - 1]!.kind === 'punct' && all[end - 1]!.value === ';') end--;
  if (end === 0) return refuse('empty', '', 0);
  const tokens = all.slice(0, end);
  const semicolon = tokens.find((t) => t.kind === 'punct' && t.value === ';');
  if (semicolon) return refuse('multiple', '', semicolon.start);

  const first = tokens[0]!;
  const startsQuery =
    (first.kind === 'word' || first.kind === 'punct') && QUERY_STARTS.has(first.value);
  if (!startsQuery) {
    return refuse(
      FORBIDDEN_WORDS.has(first.value) ? 'forbidden_word' : 'not_query',
      first.value,
      first.start,
    );
  }
  let bodyStart = 0;
  if (first.value === 'pragma') {
    const bad = checkPragma(tokens);
    if (bad) return bad;
    bodyStart = 2;
  } else if (first.value === 'explain') {
    const bad = checkExplain(tokens);
    if (bad) return bad;
    bodyStart = tokens[1]?.value === 'analyze' ? 2 : 1;
  }
  const bad = checkBody(tokens, bodyStart);
  if (bad) return bad;
  return { ok: true, sql: sql.slice(0, tokens.at(-1)!.end) };
}
