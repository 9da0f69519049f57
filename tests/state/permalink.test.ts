import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  decodeView,
  encodeView,
  parseBreaks,
  type ViewState,
} from '../../src/lib/state';

const KNOWN = { indicators: new Set(['minority_dev_fund', 'demo_units_named']) };
const ANY = { indicators: null };

/** Cartesian product of a few values per field. */
function* views(): Generator<ViewState> {
  for (const theme of ['coverage', 'funding', 'context'] as const)
    for (const indicator of [null, 'minority_dev_fund'])
      for (const time of ['period', 'stock'] as const)
        for (const year of [null, 1949, 2024])
          for (const region of [null, '530000', '150100'])
            for (const level of ['province', 'prefecture'] as const)
              for (const measure of ['absolute', 'per_10m', 'share'] as const)
                for (const targets of [false, true])
                  for (const lang of ['zh', 'en'] as const)
                    yield {
                      ...DEFAULT_VIEW,
                      theme,
                      indicator,
                      time,
                      year,
                      region,
                      level,
                      measure,
                      targets,
                      lang,
                    };
}

describe('encodeView(view)', () => {
  it('encodes the default view as just the version', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('v=1');
  });

  it('uses short keys in a fixed order and omits defaults', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      theme: 'funding',
      indicator: 'minority_dev_fund',
      time: 'period',
      year: 2024,
      region: '530000',
      level: 'prefecture',
      measure: 'per_10m',
      targets: true,
      lang: 'en',
    };
    expect(encodeView(view)).toBe(
      'v=1&t=funding&i=minority_dev_fund&tm=period&y=2024&r=530000&l=prefecture&m=per_10m&tg=1&lang=en',
    );
    expect(encodeView({ ...DEFAULT_VIEW, year: 2020 })).toBe('v=1&y=2020');
  });
});

describe('decodeView(encodeView(view), known)', () => {
  it('round-trips every field over all combinations', () => {
    let count = 0;
    for (const view of views()) {
      const decoded = decodeView(encodeView(view), KNOWN);
      expect(decoded.warnings).toEqual([]);
      expect(decoded.view).toEqual(view);
      count++;
    }
    expect(count).toBe(2592);
  });

  it('round-trips the map classes', () => {
    const variants: Partial<ViewState>[] = [
      { classing: 'equal', classCount: 3 },
      { classing: 'quantile', classCount: 7, sameClasses: true },
      { classing: 'custom', breaks: [10, 50, 100] },
      { classing: 'custom', breaks: [-2.5, 0, 0.25, 1e6] },
    ];
    for (const patch of variants) {
      const view = { ...DEFAULT_VIEW, ...patch };
      const decoded = decodeView(encodeView(view), KNOWN);
      expect(decoded.warnings).toEqual([]);
      expect(decoded.view).toEqual(view);
    }
    expect(encodeView({ ...DEFAULT_VIEW, classing: 'custom', breaks: [10, 50, 100] })).toBe(
      'v=1&cm=custom&cb=10,50,100',
    );
  });

  it('refuses bad classes in a link field by field and keeps the rest', () => {
    const decoded = decodeView('v=1&cm=jenks&ck=9&cb=50,10&sc=yes&y=2020', ANY);
    expect(decoded.view).toEqual({ ...DEFAULT_VIEW, year: 2020 });
    expect(decoded.warnings.map((w) => w.field)).toEqual([
      'classing',
      'classCount',
      'breaks',
      'sameClasses',
    ]);
  });

  it('accepts a leading # or ?', () => {
    expect(decodeView('#v=1&y=2020', ANY).view.year).toBe(2020);
    expect(decodeView('?v=1&lang=en', ANY).view.lang).toBe('en');
  });

  it('reads an empty string as the default view without warnings', () => {
    expect(decodeView('', ANY)).toEqual({ view: DEFAULT_VIEW, warnings: [] });
  });
});

describe('decodeView(hostile, known)', () => {
  const cases: [string, string, { key: string; field: string }][] = [
    ['unknown version', 'v=99', { key: 'unsupported_version', field: 'version' }],
    ['unknown key', 'v=1&foo=bar', { key: 'unknown_key', field: 'foo' }],
    ['theme outside THEMES', 'v=1&t=propaganda', { key: 'invalid_value', field: 'theme' }],
    ['year not an integer', 'v=1&y=2024.5', { key: 'invalid_value', field: 'year' }],
    ['year before 1949', 'v=1&y=1948', { key: 'invalid_value', field: 'year' }],
    ['year after 2100', 'v=1&y=2101', { key: 'invalid_value', field: 'year' }],
    ['year in exponent form', 'v=1&y=2e3', { key: 'invalid_value', field: 'year' }],
    ['region not 6 digits', 'v=1&r=53000', { key: 'invalid_value', field: 'region' }],
    ['region with letters', 'v=1&r=53000a', { key: 'invalid_value', field: 'region' }],
    ['indicator not known', 'v=1&i=made_up', { key: 'unknown_indicator', field: 'indicator' }],
    ['bad time', 'v=1&tm=forever', { key: 'invalid_value', field: 'time' }],
    ['bad level', 'v=1&l=county', { key: 'invalid_value', field: 'level' }],
    ['bad measure', 'v=1&m=per_capita', { key: 'invalid_value', field: 'measure' }],
    ['bad targets flag', 'v=1&tg=yes', { key: 'invalid_value', field: 'targets' }],
    ['bad lang', 'v=1&lang=fr', { key: 'invalid_value', field: 'lang' }],
    ['over-long value', `v=1&i=${'a'.repeat(200)}`, { key: 'too_long', field: 'indicator' }],
    [
      'script tag',
      'v=1&t=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      { key: 'invalid_value', field: 'theme' },
    ],
    ['script tag as indicator', 'v=1&i=<script>', { key: 'invalid_value', field: 'indicator' }],
    ['broken percent-encoding', 'v=1&t=%E0%A4%A', { key: 'malformed', field: 'theme' }],
    ['broken percent in a key', 'v=1&%ZZ=1', { key: 'malformed', field: 'link' }],
    ['__proto__ key', 'v=1&__proto__=x', { key: 'unknown_key', field: '__proto__' }],
    ['constructor key', 'v=1&constructor=x', { key: 'unknown_key', field: 'constructor' }],
    ['prototype-shaped key', 'v=1&__proto__[theme]=funding', { key: 'unknown_key', field: '?' }],
    ['duplicate key', 'v=1&y=2020&y=2021', { key: 'duplicate_key', field: 'year' }],
  ];

  for (const [name, query, warning] of cases) {
    it(`falls back with a warning for ${name}`, () => {
      const { view, warnings } = decodeView(query, KNOWN);
      expect(warnings).toContainEqual(warning);
      const expected = name === 'duplicate key' ? { ...DEFAULT_VIEW, year: 2020 } : DEFAULT_VIEW;
      expect(view).toEqual(expected);
    });
  }

  it('keeps the valid fields next to an invalid one', () => {
    const { view, warnings } = decodeView('v=1&t=funding&y=abc&lang=en', KNOWN);
    expect(view).toEqual({ ...DEFAULT_VIEW, theme: 'funding', lang: 'en' });
    expect(warnings).toEqual([{ key: 'invalid_value', field: 'year' }]);
  });

  it('accepts any well-formed indicator when none are known yet', () => {
    expect(decodeView('v=1&i=made_up', ANY).view.indicator).toBe('made_up');
  });

  it('does not pollute Object.prototype', () => {
    decodeView('__proto__=polluted&constructor[prototype][x]=1', KNOWN);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    expect(Object.getPrototypeOf(decodeView('__proto__=x', KNOWN).view)).toBe(Object.prototype);
  });

  it('does not throw on non-string input', () => {
    const { view, warnings } = decodeView(undefined as unknown as string, KNOWN);
    expect(view).toEqual(DEFAULT_VIEW);
    expect(warnings).toEqual([{ key: 'malformed', field: 'link' }]);
  });

  it('returns defaults quickly for 100 KB of garbage', () => {
    const chars = '%&=<>?#_\u0000\uffff字aZ9';
    let garbage = '';
    for (let i = 0; i < 100_000; i++) garbage += chars[(i * 7919) % chars.length];
    const start = performance.now();
    const { view, warnings } = decodeView(garbage, KNOWN);
    expect(performance.now() - start).toBeLessThan(50);
    expect(view).toEqual(DEFAULT_VIEW);
    expect(warnings).toEqual([{ key: 'too_long', field: 'link' }]);
  });

  it('stays fast on 4 KB of short garbage pairs', () => {
    const garbage = 'a=%&'.repeat(1000);
    const start = performance.now();
    const { view } = decodeView(garbage, KNOWN);
    expect(performance.now() - start).toBeLessThan(50);
    expect(view).toEqual(DEFAULT_VIEW);
  });
});

describe('parseBreaks(text)', () => {
  it('reads ascending numbers separated by ASCII or Chinese commas', () => {
    expect(parseBreaks('10, 50,100')).toEqual({ ok: true, value: [10, 50, 100] });
    expect(parseBreaks('0.5，1、2.5,')).toEqual({ ok: true, value: [0.5, 1, 2.5] });
  });

  it('says which item is wrong and why', () => {
    expect(parseBreaks('10, abc, 100')).toEqual({
      ok: false,
      error: { kind: 'not_a_number', index: 1, item: 'abc' },
    });
    expect(parseBreaks('10,,100')).toEqual({
      ok: false,
      error: { kind: 'not_a_number', index: 1, item: '' },
    });
    expect(parseBreaks('10, 100, 50')).toEqual({
      ok: false,
      error: { kind: 'not_ascending', index: 2, item: '50' },
    });
    expect(parseBreaks('1,2,3,4,5,6,7')).toEqual({
      ok: false,
      error: { kind: 'too_many', max: 6 },
    });
    expect(parseBreaks('  ')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(parseBreaks('Infinity')).toMatchObject({ ok: false });
  });
});
