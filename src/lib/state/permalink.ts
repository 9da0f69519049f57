import { isTheme } from '../schema';
import { DEFAULT_VIEW, MAX_BREAKS, MAX_CLASSES, MIN_CLASSES, type ViewState } from './view';

/**
 * Versioned permalinks: `v=1&t=funding&i=minority_dev_fund&tm=stock&y=2024&r=530000
 * &l=prefecture&m=per_10m&tg=1&lang=en&cm=custom&cb=10,50,100&ck=4&sc=1`. Defaults are omitted, so the default view is `v=1`.
 * The string carries no leading `#`/`?`; callers add whichever they put it in.
 */
export const PERMALINK_VERSION = 1;

/** Catalogue keys under `share.permalinkWarning` in lib/i18n. */
export type PermalinkWarningKey =
  | 'unsupported_version'
  | 'unknown_key'
  | 'invalid_value'
  | 'unknown_indicator'
  | 'duplicate_key'
  | 'too_long'
  | 'malformed';

/**
 * `field` is a ViewState field name ('year'), 'version', 'link' (the whole string), or for
 * `unknown_key` the offending URL key, reduced to [A-Za-z0-9_-]{≤24} (or '?') so a crafted
 * link cannot put arbitrary text into the UI.
 */
export interface PermalinkWarning {
  key: PermalinkWarningKey;
  field: string;
}

export interface DecodedView {
  view: ViewState;
  warnings: PermalinkWarning[];
}

export interface KnownValues {
  /** null → accept any well-formed indicator id (e.g. before the manifest loads). */
  indicators: ReadonlySet<string> | null;
}

type Field = keyof ViewState;

const KEYS: Record<Field, string> = {
  theme: 't',
  indicator: 'i',
  time: 'tm',
  year: 'y',
  region: 'r',
  level: 'l',
  measure: 'm',
  targets: 'tg',
  lang: 'lang',
  classing: 'cm',
  classCount: 'ck',
  breaks: 'cb',
  sameClasses: 'sc',
};
const FIELD_OF = new Map<string, Field>((Object.keys(KEYS) as Field[]).map((f) => [KEYS[f], f]));
const FIELDS = Object.keys(KEYS) as Field[];

const MAX_LINK = 4096;
const MAX_VALUE = 64;
const MIN_YEAR = 1949;
const MAX_YEAR = 2100;
const INDICATOR_ID = /^[a-z][a-z0-9_]{0,63}$/;

function encodeField(view: ViewState, field: Field): string {
  const value = view[field];
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (Array.isArray(value)) return value.join(',');
  return encodeURIComponent(String(value));
}

function isDefault(view: ViewState, field: Field): boolean {
  const [value, fallback] = [view[field], DEFAULT_VIEW[field]];
  if (Array.isArray(value) && Array.isArray(fallback)) return value.join() === fallback.join();
  return value === fallback;
}

export function encodeView(view: ViewState): string {
  const parts = [`v=${PERMALINK_VERSION}`];
  for (const field of FIELDS) {
    if (isDefault(view, field)) continue;
    parts.push(`${KEYS[field]}=${encodeField(view, field)}`);
  }
  return parts.join('&');
}

type Parsed<F extends Field> =
  { ok: true; value: ViewState[F] } | { ok: false; key: PermalinkWarningKey };

function oneOf<T extends string>(allowed: readonly T[]) {
  return (raw: string): { ok: true; value: T } | { ok: false; key: PermalinkWarningKey } =>
    (allowed as readonly string[]).includes(raw)
      ? { ok: true, value: raw as T }
      : { ok: false, key: 'invalid_value' };
}

function parseField<F extends Field>(field: F, raw: string, known: KnownValues): Parsed<F> {
  const result = PARSERS[field](raw, known);
  return result as Parsed<F>;
}

const PARSERS: { [F in Field]: (raw: string, known: KnownValues) => Parsed<F> } = {
  theme: (raw) => (isTheme(raw) ? { ok: true, value: raw } : { ok: false, key: 'invalid_value' }),
  indicator: (raw, known) => {
    if (!INDICATOR_ID.test(raw)) return { ok: false, key: 'invalid_value' };
    if (known.indicators && !known.indicators.has(raw))
      return { ok: false, key: 'unknown_indicator' };
    return { ok: true, value: raw };
  },
  time: oneOf(['period', 'stock'] as const),
  year: (raw) => {
    if (!/^\d{4}$/.test(raw)) return { ok: false, key: 'invalid_value' };
    const year = Number(raw);
    return year >= MIN_YEAR && year <= MAX_YEAR
      ? { ok: true, value: year }
      : { ok: false, key: 'invalid_value' };
  },
  region: (raw) =>
    /^\d{6}$/.test(raw) ? { ok: true, value: raw } : { ok: false, key: 'invalid_value' },
  level: oneOf(['province', 'prefecture'] as const),
  measure: oneOf(['absolute', 'per_10m', 'share'] as const),
  targets: (raw) =>
    raw === '1' || raw === '0'
      ? { ok: true, value: raw === '1' }
      : { ok: false, key: 'invalid_value' },
  lang: oneOf(['zh', 'en'] as const),
  classing: oneOf(['quantile', 'equal', 'custom'] as const),
  classCount: (raw) => {
    const n = Number(raw);
    return /^\d$/.test(raw) && n >= MIN_CLASSES && n <= MAX_CLASSES
      ? { ok: true, value: n }
      : { ok: false, key: 'invalid_value' };
  },
  breaks: (raw) => {
    const breaks = parseBreaks(raw);
    return breaks.ok ? { ok: true, value: breaks.value } : { ok: false, key: 'invalid_value' };
  },
  sameClasses: (raw) =>
    raw === '1' || raw === '0'
      ? { ok: true, value: raw === '1' }
      : { ok: false, key: 'invalid_value' },
};

/** Why a list of class breaks was refused; `index` is 0-based into the comma-separated items. */
export type BreaksError =
  | { kind: 'not_a_number'; index: number; item: string }
  | { kind: 'not_ascending'; index: number; item: string }
  | { kind: 'too_many'; max: number }
  | { kind: 'empty' };

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Class breaks as typed by a user or carried by a link: "10, 50, 100" (also "10，50，100",
 * spaces ignored), strictly ascending, at most MAX_BREAKS. Shared by the link and the
 * legend's input so both refuse the same things.
 */
export function parseBreaks(
  raw: string,
): { ok: true; value: number[] } | { ok: false; error: BreaksError } {
  const items = raw
    .split(/[,，、;；]/)
    .map((s) => s.trim())
    .filter((s, i, all) => s !== '' || i < all.length - 1);
  if (items.length === 0 || items.every((s) => s === ''))
    return { ok: false, error: { kind: 'empty' } };
  if (items.length > MAX_BREAKS) return { ok: false, error: { kind: 'too_many', max: MAX_BREAKS } };
  const value: number[] = [];
  for (const [index, item] of items.entries()) {
    const n = Number(item);
    if (!NUMBER.test(item) || !Number.isFinite(n))
      return { ok: false, error: { kind: 'not_a_number', index, item: item.slice(0, 24) } };
    if (value.length > 0 && n <= value.at(-1)!)
      return { ok: false, error: { kind: 'not_ascending', index, item: item.slice(0, 24) } };
    value.push(n);
  }
  return { ok: true, value };
}

function safeKeyName(key: string): string {
  return /^[A-Za-z0-9_-]{1,24}$/.test(key) ? key : '?';
}

function decodePart(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Reads a permalink (with or without a leading `#`/`?`). Never throws. */
export function decodeView(query: string, known: KnownValues): DecodedView {
  const view: ViewState = { ...DEFAULT_VIEW };
  const warnings: PermalinkWarning[] = [];
  if (typeof query !== 'string') return { view, warnings: [{ key: 'malformed', field: 'link' }] };
  if (query.length > MAX_LINK) return { view, warnings: [{ key: 'too_long', field: 'link' }] };

  const seen = new Set<string>();
  const body = query.replace(/^[#?]/, '');
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = decodePart(eq < 0 ? pair : pair.slice(0, eq));
    const rawValue = decodePart(eq < 0 ? '' : pair.slice(eq + 1));
    if (rawKey === null) {
      warnings.push({ key: 'malformed', field: 'link' });
      continue;
    }
    const field = rawKey === 'v' ? 'version' : FIELD_OF.get(rawKey);
    if (field === undefined) {
      warnings.push({ key: 'unknown_key', field: safeKeyName(rawKey) });
      continue;
    }
    if (seen.has(field)) {
      warnings.push({ key: 'duplicate_key', field });
      continue;
    }
    seen.add(field);
    if (rawValue === null) {
      warnings.push({ key: 'malformed', field });
    } else if (rawValue.length > MAX_VALUE) {
      warnings.push({ key: 'too_long', field });
    } else if (field === 'version') {
      // A future version is still read field by field: each value is validated anyway,
      // and a half-right view beats discarding the whole link.
      if (rawValue !== String(PERMALINK_VERSION))
        warnings.push({ key: 'unsupported_version', field });
    } else {
      const parsed = parseField(field, rawValue, known);
      if (parsed.ok) (view as Record<Field, unknown>)[field] = parsed.value;
      else warnings.push({ key: parsed.key, field });
    }
  }
  return { view, warnings };
}
