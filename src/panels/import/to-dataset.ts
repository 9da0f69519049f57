import type { LongRow } from '../../lib/import';
import type { Theme } from '../../lib/schema';
import type { ImportReport } from '../../lib/import';
import { newDatasetId, type UserDataset } from '../../lib/store';

/** What the user confirmed for one indicator of the file. */
export interface IndicatorChoice {
  name: string;
  nameEn: string;
  unit: string;
  theme: Theme;
  comparable: boolean;
}

export interface DatasetDraft {
  id: string;
  name: string;
  file: string;
  publisher: string;
  date: string;
  url: string;
  created: string;
  indicators: Record<string, IndicatorChoice>;
}

const slug = (i: number) => `i${i}`;

/**
 * The canonical long table → a dataset of the user layer. Rows without a value are left
 * out (missing stays missing); rows without a code keep their name (national, aggregates).
 */
export function toDataset(draft: DatasetDraft, rows: readonly LongRow[]): UserDataset {
  const sourceId = `${draft.id}:src`;
  const names = Object.keys(draft.indicators);
  const idOf = new Map(names.map((n, i) => [n, `${draft.id}_${slug(i)}`]));
  const facts: UserDataset['facts'] = [];
  rows.forEach((r, i) => {
    const choice = draft.indicators[r.indicator];
    const indicatorId = idOf.get(r.indicator);
    if (r.value === null || !choice || !indicatorId) return;
    if (r.region_code === null && r.region_level !== 'national') return;
    facts.push({
      fact_id: `${draft.id}:${i}`,
      theme: choice.theme,
      indicator_id: indicatorId,
      region_code: r.region_code,
      region_name_raw: r.source_name,
      region_level: r.region_level ?? 'national',
      period_start: r.year,
      period_end: r.year,
      date: null,
      value: r.value,
      unit: choice.unit,
      qualifier: 'exact',
      kind: 'outturn',
      batch: null,
      unit_type: null,
      source_id: sourceId,
      conflict_group: null,
      evidence: `${draft.file}:${r.line}:${r.column}`,
      notes: null,
    });
  });
  return {
    id: draft.id,
    name: draft.name,
    origin: 'import',
    created: draft.created,
    sources: [
      {
        source_id: sourceId,
        title: draft.name,
        publisher: draft.publisher || draft.file,
        date: draft.date || null,
        url: /^https?:\/\//.test(draft.url) ? draft.url : null,
        language: 'zh-Hans',
        reliability: 'official',
        notes: `imported from ${draft.file}`,
      },
    ],
    indicators: names.map((n) => {
      const c = draft.indicators[n]!;
      return {
        indicator_id: idOf.get(n)!,
        theme: c.theme,
        name_zh: c.name,
        name_en: c.nameEn || c.name,
        unit: c.unit as UserDataset['indicators'][number]['unit'],
        definition: `${n} (${draft.file})`,
        comparable: c.comparable,
        additive: false,
      };
    }),
    facts,
    mapping: { file: draft.file, indicators: draft.indicators },
  };
}

/** Defaults for the mapping step, from what the file says about itself. */
export function initialDraft(file: string, report: ImportReport, now: Date): DatasetDraft {
  const unit = report.notes.unit ?? '';
  return {
    id: newDatasetId(now),
    name: report.notes.title ?? report.notes.indicator ?? file.replace(/\.[^.]+$/, ''),
    file,
    publisher: report.notes.database ? '国家统计局' : '',
    date: now.toISOString().slice(0, 10),
    url: '',
    created: now.toISOString(),
    indicators: Object.fromEntries(
      report.indicators.map((name) => [
        name,
        { name, nameEn: '', unit, theme: 'context' as const, comparable: true },
      ]),
    ),
  };
}
