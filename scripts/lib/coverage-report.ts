import type { FactRow, Theme } from '../../src/lib/schema';
import { THEMES } from '../../src/lib/schema';
import type { Region } from '../../src/lib/geo/types';

export interface CoverageReport {
  byTheme: Record<Theme, number>;
  byProvince: {
    code: string;
    name: string;
    facts: number;
    themes: Partial<Record<Theme, number>>;
  }[];
  byYear: { year: number; facts: number }[];
  undated: number;
  national: number;
  uncoded: number;
}

/** Counts facts per theme, per province (by code prefix) and per year, so gaps are visible. */
export function buildCoverageReport(
  facts: readonly FactRow[],
  regions: readonly Region[],
): CoverageReport {
  const byTheme = Object.fromEntries(THEMES.map((t) => [t, 0])) as Record<Theme, number>;
  const provinces = regions.filter((r) => r.level === 'province');
  const perProvince = new Map(
    provinces.map((p) => [
      p.code,
      { code: p.code, name: p.short_name, facts: 0, themes: {} as Partial<Record<Theme, number>> },
    ]),
  );
  const perYear = new Map<number, number>();
  let undated = 0;
  let national = 0;
  let uncoded = 0;
  for (const f of facts) {
    byTheme[f.theme]++;
    if (f.region_level === 'national' || f.region_level === 'group') national++;
    else if (f.region_code === null) uncoded++;
    const province = f.region_code
      ? perProvince.get(`${f.region_code.slice(0, 2)}0000`)
      : undefined;
    if (province) {
      province.facts++;
      province.themes[f.theme] = (province.themes[f.theme] ?? 0) + 1;
    }
    if (f.period_end === null) undated++;
    else perYear.set(f.period_end, (perYear.get(f.period_end) ?? 0) + 1);
  }
  return {
    byTheme,
    byProvince: [...perProvince.values()].sort(
      (a, b) => b.facts - a.facts || a.code.localeCompare(b.code),
    ),
    byYear: [...perYear].map(([year, n]) => ({ year, facts: n })).sort((a, b) => a.year - b.year),
    undated,
    national,
    uncoded,
  };
}

/** A plain-text report; "thin" marks provinces with under 5 facts or a theme missing. */
export function formatCoverageReport(r: CoverageReport): string {
  const lines = ['Facts per theme: ' + THEMES.map((t) => `${t} ${r.byTheme[t]}`).join(', ')];
  lines.push(
    `National/group facts: ${r.national}; sub-province facts without a code: ${r.uncoded}`,
  );
  lines.push('Facts per province (C coverage, H honours, T trainings, F funding):');
  for (const p of r.byProvince) {
    const t = p.themes;
    const missing = (['coverage', 'honours', 'trainings', 'funding'] as const).filter((x) => !t[x]);
    const thin = p.facts < 5 ? '  ← thin' : missing.length > 0 ? `  ← no ${missing.join('/')}` : '';
    lines.push(
      `  ${p.code} ${p.name.padEnd(4, '　')} ${String(p.facts).padStart(4)}  C${t.coverage ?? 0} H${t.honours ?? 0} T${t.trainings ?? 0} F${t.funding ?? 0}${thin}`,
    );
  }
  lines.push(
    'Facts per year (by period end): ' + r.byYear.map((y) => `${y.year}:${y.facts}`).join(' '),
  );
  lines.push(`Facts without a period: ${r.undated}`);
  return lines.join('\n');
}
