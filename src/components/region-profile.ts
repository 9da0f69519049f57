import { componentMessages, getMessages, type Lang } from '../lib/i18n';
import { THEMES } from '../lib/schema';
import type { RegionFactRow, RegionRankRow } from '../lib/sql';
import type { SourceItem } from './source-line';

export interface ThemeGroup {
  theme: string;
  label: string;
  rows: RegionFactRow[];
}

/** Facts by theme, in the catalogue's theme order; unknown themes last, as stored. */
export function groupFactsByTheme(facts: readonly RegionFactRow[], lang: Lang): ThemeGroup[] {
  const labels: Record<string, string> = getMessages(lang).themes;
  const groups = new Map<string, RegionFactRow[]>();
  for (const f of facts) groups.set(f.theme, [...(groups.get(f.theme) ?? []), f]);
  const order = (t: string): number => {
    const i = (THEMES as readonly string[]).indexOf(t);
    return i === -1 ? THEMES.length : i;
  };
  return [...groups]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([theme, rows]) => ({ theme, label: labels[theme] ?? theme, rows }));
}

/**
 * The distinct primary sources of the facts, official first, then by facts backed.
 * Corroborating sources (source_ids) carry no details in RegionFactRow, so they are not listed.
 */
export function profileSources(facts: readonly RegionFactRow[]): SourceItem[] {
  const byId = new Map<string, SourceItem & { n_facts: number }>();
  for (const f of facts) {
    const seen = byId.get(f.source_id);
    if (seen) {
      seen.n_facts += 1;
      continue;
    }
    byId.set(f.source_id, {
      source_id: f.source_id,
      title: f.source_title,
      publisher: f.source_publisher,
      date: f.source_date,
      url: f.source_url,
      reliability: f.reliability,
      is_primary: true,
      n_facts: 1,
    });
  }
  const official = (s: SourceItem): number => (s.reliability === 'official' ? 0 : 1);
  return [...byId.values()].sort((a, b) => official(a) - official(b) || b.n_facts - a.n_facts);
}

/** "第 3 / 12 名 · 2023 · 累计" */
export function rankText(rank: RegionRankRow, lang: Lang): string {
  const time = getMessages(lang).time[rank.time];
  return [componentMessages[lang].rank(rank.rank, rank.n_regions), rank.year, time].join(' · ');
}

export function rankIndicator(rank: RegionRankRow, lang: Lang): string {
  return lang === 'en' && rank.name_en.trim() ? rank.name_en : rank.name_zh;
}

export interface ProfileRegion {
  code: string;
  name: string;
  short_name: string;
  name_en: string;
}

/** The region's names; without a map row, from the region's own facts (gazetteer names). */
export function profileNames(
  region: ProfileRegion | null,
  facts: readonly RegionFactRow[],
): { zh: string; en: string } | null {
  if (region) return { zh: region.name, en: region.name_en.trim() };
  const self = facts.find((f) => f.is_self && f.region_name);
  if (!self?.region_name) return null;
  return { zh: self.region_name, en: self.region_name_en?.trim() ?? '' };
}
