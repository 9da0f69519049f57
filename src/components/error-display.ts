import { componentMessages, getMessages, type Lang } from '../lib/i18n';

export type ErrorKind = 'query' | 'data' | 'other';

/**
 * Recognised by name rather than instanceof: errors are rebuilt across the worker
 * boundary, and importing lib/db here would pull the engine into every component.
 */
export function errorKind(error: Error): ErrorKind {
  if (error.name === 'QueryError') return 'query';
  if (error.name === 'DataLoadError') return 'data';
  return 'other';
}

export function errorHeadline(error: Error, lang: Lang): string {
  const t = getMessages(lang).errors;
  const kind = errorKind(error);
  if (kind === 'query') return t.queryFailed;
  if (kind === 'data') return t.dataLoadFailed;
  return componentMessages[lang].errors.other;
}

/**
 * The message to show: translated where the error says why in data (a database of another
 * schema version), the error's own message otherwise.
 */
export function errorMessage(error: Error, lang: Lang): string {
  const schema = (error as Error & { schema?: { found: number | null; expected: number } }).schema;
  if (errorKind(error) === 'data' && schema)
    return getMessages(lang).errors.schemaMismatch(schema.found, schema.expected);
  return error.message;
}

/** The SQL of a QueryError or the URL of a DataLoadError; '' when there is nothing to add. */
export function errorDetails(error: Error): string {
  const detail: unknown =
    errorKind(error) === 'query'
      ? (error as Error & { sql?: unknown }).sql
      : errorKind(error) === 'data'
        ? (error as Error & { url?: unknown }).url
        : undefined;
  return typeof detail === 'string' ? detail.trim() : '';
}
