import { EXTRACT_THEMES } from '../../lib/extract';
import { isQualifier } from '../../lib/schema';
import type { Candidate, DocumentSource } from './to-dataset';

export { DRAFT_KEY } from './draft-key';

/**
 * The review in progress, kept in the browser so a reload (or a crash) does not lose the
 * reviewer's decisions and edits. Versioned: a draft of another shape is ignored, never
 * half-read.
 */
export interface Draft {
  text: string;
  doc: DocumentSource;
  candidates: Candidate[];
}

const DRAFT_VERSION = 1;
const STATUSES = new Set(['pending', 'accepted', 'rejected']);

export function serializeDraft(draft: Draft): string {
  return JSON.stringify({ version: DRAFT_VERSION, ...draft });
}

const isString = (x: unknown): x is string => typeof x === 'string';
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const orNull =
  <T>(check: (x: unknown) => x is T) =>
  (x: unknown): x is T | null =>
    x === null || check(x);

function isPeriod(x: unknown): boolean {
  if (x === null) return true;
  const p = x as { start?: unknown; end?: unknown } | undefined;
  return typeof p === 'object' && isNumber(p.start) && isNumber(p.end);
}

function isCandidate(x: unknown): x is Candidate {
  if (typeof x !== 'object' || x === null) return false;
  const c = x as Record<string, unknown>;
  return (
    isNumber(c.value) &&
    orNull(isNumber)(c.value_max) &&
    isString(c.unit) &&
    isQualifier(c.qualifier) &&
    (EXTRACT_THEMES as readonly unknown[]).includes(c.theme) &&
    isString(c.indicator) &&
    orNull(isNumber)(c.year) &&
    isPeriod(c.period) &&
    orNull(isString)(c.region_code) &&
    orNull(isString)(c.region_name) &&
    typeof c.is_target === 'boolean' &&
    isString(c.evidence) &&
    [c.start, c.end, c.mention_start, c.mention_end, c.confidence].every(isNumber) &&
    STATUSES.has(c.status as string)
  );
}

/** A stored draft, or null when there is none or it is not one this version wrote. */
export function parseDraft(raw: string | null): Draft | null {
  if (raw === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const d = data as Partial<Draft> & { version?: unknown };
  if (typeof d !== 'object' || d === null || d.version !== DRAFT_VERSION) return null;
  const doc = d.doc as unknown as Record<string, unknown> | undefined;
  const docOk =
    typeof doc === 'object' &&
    doc !== null &&
    ['title', 'publisher', 'date', 'url'].every((k) => isString(doc[k]));
  if (!isString(d.text) || !docOk || !Array.isArray(d.candidates)) return null;
  if (!d.candidates.every(isCandidate)) return null;
  // Mentions must point into the text they were found in.
  if (d.candidates.some((c) => c.mention_end > d.text!.length || c.end > d.text!.length))
    return null;
  return { text: d.text, doc: doc as unknown as DocumentSource, candidates: d.candidates };
}
