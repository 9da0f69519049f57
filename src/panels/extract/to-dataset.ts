import type { ExtractedFact } from '../../lib/extract';
import type { Theme, Unit } from '../../lib/schema';
import { newDatasetId, type UserDataset } from '../../lib/store';

/** A candidate as the reviewer left it. */
export interface Candidate extends ExtractedFact {
  status: 'pending' | 'accepted' | 'rejected';
}

export interface DocumentSource {
  title: string;
  publisher: string;
  date: string;
  url: string;
}

/** The extractor's "other" is the schema's "context". */
export const themeOf = (t: ExtractedFact['theme']): Theme => (t === 'other' ? 'context' : t);

/** Accepted candidates → a dataset whose one source is the document itself. */
export function toDataset(
  candidates: readonly Candidate[],
  doc: DocumentSource,
  now: Date,
): UserDataset {
  const id = newDatasetId(now);
  const sourceId = `${id}:src`;
  const accepted = candidates.filter((c) => c.status === 'accepted');
  const indicatorKey = (c: Candidate) => `${themeOf(c.theme)}|${c.indicator}|${c.unit}`;
  const keys = [...new Set(accepted.map(indicatorKey))];
  const idOf = new Map(keys.map((k, i) => [k, `${id}_i${i}`]));
  return {
    id,
    name: doc.title || (doc.publisher ? `${doc.publisher} ${doc.date}` : doc.date),
    origin: 'extract',
    created: now.toISOString(),
    sources: [
      {
        source_id: sourceId,
        title: doc.title || '(untitled report)',
        publisher: doc.publisher || '—',
        date: /^\d{4}(-\d{2}(-\d{2})?)?$/.test(doc.date) ? doc.date : null,
        url: /^https?:\/\/\S+$/.test(doc.url) ? doc.url : null,
        language: 'zh-Hans',
        reliability: 'official',
        notes: 'facts accepted by the user from the report text',
      },
    ],
    indicators: keys.map((k) => {
      const [theme, name, unit] = k.split('|') as [Theme, string, string];
      return {
        indicator_id: idOf.get(k)!,
        theme,
        name_zh: name,
        name_en: name,
        unit: unit as Unit,
        definition: `from: ${doc.title}`,
        comparable: true,
        additive: false,
      };
    }),
    facts: accepted.map((c, i) => ({
      fact_id: `${id}:${i}`,
      theme: themeOf(c.theme),
      indicator_id: idOf.get(indicatorKey(c))!,
      region_code: c.region_code,
      region_name_raw: c.region_name ?? '—',
      region_level: levelOf(c.region_code),
      period_start: c.period?.start ?? c.year,
      period_end: c.period?.end ?? c.year,
      date: null,
      value: c.value,
      unit: c.unit,
      qualifier: c.qualifier,
      kind: c.is_target ? 'target' : 'outturn',
      batch: null,
      unit_type: null,
      source_id: sourceId,
      conflict_group: null,
      evidence: c.evidence,
      notes: null,
    })),
  };
}

function levelOf(code: string | null): UserDataset['facts'][number]['region_level'] {
  if (!code) return 'national';
  if (code.endsWith('0000')) return 'province';
  return code.endsWith('00') ? 'prefecture' : 'county';
}

/** The text cut at candidate mentions, for highlighting (rendered as text, never HTML). */
export function segments(
  text: string,
  candidates: readonly Candidate[],
): { text: string; index: number | null }[] {
  const marks = candidates
    .map((c, index) => ({ start: c.mention_start, end: c.mention_end, index }))
    .sort((a, b) => a.start - b.start);
  const out: { text: string; index: number | null }[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start), index: null });
    out.push({ text: text.slice(m.start, m.end), index: m.index });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), index: null });
  return out;
}
