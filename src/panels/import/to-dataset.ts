import type { ImportReport } from '../../lib/import';
import type { Theme } from '../../lib/schema';
import type { DatasetInfo, StagedRegionRow } from '../../lib/store';

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
 * The confirmed mapping → the dataset's record. Its facts are not built here: they are
 * made in DuckDB from the staged long rows (lib/sql/build-import-staging-sql.ts), where
 * missing values stay missing and rows without a code are kept only for the national total.
 */
export function toDatasetInfo(
  draft: DatasetDraft,
  staged: { regions: readonly StagedRegionRow[]; chunks: number },
): DatasetInfo {
  const sourceId = `${draft.id}:src`;
  const names = Object.keys(draft.indicators);
  const idOf = new Map(names.map((n, i) => [n, `${draft.id}_${slug(i)}`]));
  return {
    id: draft.id,
    name: draft.name,
    origin: 'import',
    created: draft.created,
    rows: 0,
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
        unit: c.unit as DatasetInfo['indicators'][number]['unit'],
        definition: `${n} (${draft.file})`,
        comparable: c.comparable,
        additive: false,
      };
    }),
    mapping: { file: draft.file, indicators: draft.indicators },
    staged: {
      file: draft.file,
      regions: [...staged.regions],
      choices: names.map((n) => ({
        indicator: n,
        indicator_id: idOf.get(n)!,
        theme: draft.indicators[n]!.theme,
        unit: draft.indicators[n]!.unit,
      })),
      chunks: staged.chunks,
    },
  };
}

/** Defaults for the mapping step, from what the file says about itself. */
export function initialDraft(
  id: string,
  file: string,
  report: ImportReport,
  now: Date,
): DatasetDraft {
  // Each indicator's own unit (a stacked file mixes 人 and 元), else the file's.
  const unitOf = (name: string) => report.units[name] ?? report.notes.unit ?? '';
  return {
    id,
    name: report.notes.title ?? report.notes.indicator ?? file.replace(/\.[^.]+$/, ''),
    file,
    publisher: report.notes.database ? '国家统计局' : '',
    date: now.toISOString().slice(0, 10),
    url: '',
    created: now.toISOString(),
    indicators: Object.fromEntries(
      report.indicators.map((name) => [
        name,
        { name, nameEn: '', unit: unitOf(name), theme: 'context' as const, comparable: true },
      ]),
    ),
  };
}
