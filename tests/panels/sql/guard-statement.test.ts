import { describe, expect, it } from 'vitest';
import { guardStatement } from '../../../src/panels/sql/guard-statement';
import { tokenizeSql } from '../../../src/panels/sql/tokenize-sql';
import { ACCEPTED, REFUSED } from './guard-corpus';

describe('guardStatement(sql)', () => {
  it.each(ACCEPTED.map((sql) => [sql]))('admits %j', (sql) => {
    expect(guardStatement(sql)).toMatchObject({ ok: true });
  });

  it.each(REFUSED.map(([sql, reason, detail]) => [sql, reason, detail]))(
    'refuses %j (%s)',
    (sql, reason, detail) => {
      const result = guardStatement(sql);
      expect(result).toMatchObject({ ok: false, reason });
      if (detail !== undefined) expect(result).toMatchObject({ detail });
    },
  );

  it('drops trailing semicolons and comments from the statement it returns', () => {
    expect(guardStatement('  select 1 ;; -- done\n')).toEqual({ ok: true, sql: '  select 1' });
  });

  it('points at the refused part of the text', () => {
    const sql = 'select 1; drop table t';
    const result = guardStatement(sql);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(sql.slice(result.at)).toBe('; drop table t');
  });
});

describe('tokenizeSql(sql)', () => {
  it('reads strings, quoted identifiers and words, skipping comments', () => {
    const lexed = tokenizeSql(`select 'a''b' as "x""y" -- c\n/* d */ from t`);
    expect(lexed.ok && lexed.tokens.map((t) => [t.kind, t.value])).toEqual([
      ['word', 'select'],
      ['string', "a'b"],
      ['word', 'as'],
      ['quoted', 'x"y'],
      ['word', 'from'],
      ['word', 't'],
    ]);
  });

  it('reads backslash escapes only in E strings', () => {
    const lexed = tokenizeSql(`select E'a\\'b', 'c\\'`);
    expect(lexed.ok && lexed.tokens.filter((t) => t.kind === 'string').map((t) => t.value)).toEqual(
      ["a'b", 'c\\'],
    );
  });

  it('tells parameters from dollar-quoted strings', () => {
    const lexed = tokenizeSql('select $1, $name, $$x$$, $t$y$t$');
    expect(lexed.ok && lexed.tokens.filter((t) => t.kind !== 'punct').map((t) => t.value)).toEqual([
      'select',
      '$1',
      '$name',
      'x',
      'y',
    ]);
  });
});
