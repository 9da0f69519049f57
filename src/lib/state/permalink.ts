import { isTheme } from '../schema';
import { DEFAULT_VIEW, type ViewState } from './view';

/**
 * Versioned permalinks: `v=1&t=funding&i=minority_dev_fund&tm=stock&y=2024&r=530000
 * &l=prefecture&m=per_10m&tg=1&lang=en`. Defaults are omitted, so the default view is `v=1`.
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
  return encodeURIComponent(String(value));
}

export function encodeView(view: ViewState): string {
  const parts = [`v=${PERMALINK_VERSION}`];
  for (const field of FIELDS) {
    if (view[field] === DEFAULT_VIEW[field]) continue;
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
};

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
