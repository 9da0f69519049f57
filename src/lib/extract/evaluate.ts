import type { ExtractedFact } from './extract';
import { EXTRACT_THEMES, type ExtractTheme } from './theme-cues';

/** One hand-annotated statistic of a gold document. */
export interface GoldFact {
  value: number;
  unit: string;
  qualifier: string;
  theme: ExtractTheme;
  indicator: string;
  year: number | null;
  period?: [number, number] | null;
  region_code: string | null;
  is_target: boolean;
  /** A substring of the original text that occurs once and contains the figure. */
  evidence: string;
}

export interface GoldDocument {
  file: string;
  date: string | null;
  facts: GoldFact[];
}

export interface ThemeScore {
  theme: ExtractTheme;
  gold: number;
  extracted: number;
  matched: number;
  precision: number;
  recall: number;
}

export interface Unmatched {
  file: string;
  theme: ExtractTheme;
  value: number;
  unit: string;
  evidence: string;
}

/** A matched pair whose year or region differs from the gold. */
export interface Disagreement {
  file: string;
  field: 'year' | 'period' | 'region';
  gold: string | null;
  extracted: string | null;
  evidence: string;
}

export interface EvaluationReport {
  themes: ThemeScore[];
  misses: Unmatched[];
  falsePositives: Unmatched[];
  disagreements: Disagreement[];
  /** Agreement on the other fields among matched pairs, 0–1. */
  agreement: {
    year: number;
    period: number;
    region: number;
    unit: number;
    qualifier: number;
    target: number;
  };
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const overlaps = (a0: number, a1: number, b0: number, b1: number) => a0 < b1 && b0 < a1;

/**
 * An extracted fact matches a gold fact when value and theme agree and the spans overlap;
 * each fact matches at most once, the one whose figure lies inside the gold phrase first.
 */
export function evaluateExtraction(
  docs: readonly { gold: GoldDocument; text: string; extracted: readonly ExtractedFact[] }[],
): EvaluationReport {
  const counts = new Map(EXTRACT_THEMES.map((t) => [t, { gold: 0, extracted: 0, matched: 0 }]));
  const misses: Unmatched[] = [];
  const falsePositives: Unmatched[] = [];
  const disagreements: Disagreement[] = [];
  const agree = { year: 0, period: 0, region: 0, unit: 0, qualifier: 0, target: 0 };
  let pairs = 0;
  for (const { gold, text, extracted } of docs) {
    const used = new Set<number>();
    for (const e of extracted) {
      const c = counts.get(e.theme);
      if (c) c.extracted++;
    }
    for (const g of gold.facts) {
      const c = counts.get(g.theme);
      if (c) c.gold++;
      const gs = text.indexOf(g.evidence);
      const ge = gs + g.evidence.length;
      const options = extracted
        .map((e, i) => ({ e, i }))
        .filter(
          ({ e, i }) =>
            !used.has(i) &&
            e.theme === g.theme &&
            sameValue(e.value, g.value) &&
            overlaps(e.start, e.end, gs, ge),
        )
        .sort(
          (a, b) =>
            Number(overlaps(b.e.mention_start, b.e.mention_end, gs, ge)) -
              Number(overlaps(a.e.mention_start, a.e.mention_end, gs, ge)) ||
            Math.abs(a.e.mention_start - gs) - Math.abs(b.e.mention_start - gs),
        );
      const hit = options[0];
      if (!hit) {
        misses.push({
          file: gold.file,
          theme: g.theme,
          value: g.value,
          unit: g.unit,
          evidence: g.evidence,
        });
        continue;
      }
      used.add(hit.i);
      if (c) c.matched++;
      pairs++;
      const differ = (field: Disagreement['field'], gv: unknown, ev: unknown) =>
        disagreements.push({
          file: gold.file,
          field,
          gold: gv === null ? null : String(gv),
          extracted: ev === null ? null : String(ev),
          evidence: g.evidence,
        });
      if (hit.e.year === g.year) agree.year++;
      else differ('year', g.year, hit.e.year);
      const gp = g.period ? g.period.join('–') : null;
      const ep = hit.e.period ? `${hit.e.period.start}–${hit.e.period.end}` : null;
      if (gp === ep) agree.period++;
      else differ('period', gp, ep);
      if (hit.e.region_code === g.region_code) agree.region++;
      else differ('region', g.region_code, hit.e.region_code);
      if (hit.e.unit === g.unit) agree.unit++;
      if (hit.e.qualifier === g.qualifier) agree.qualifier++;
      if (hit.e.is_target === g.is_target) agree.target++;
    }
    extracted.forEach((e, i) => {
      if (used.has(i)) return;
      const evidence = text.slice(e.mention_start, e.mention_end);
      falsePositives.push({
        file: gold.file,
        theme: e.theme,
        value: e.value,
        unit: e.unit,
        evidence,
      });
    });
  }
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  const themes = EXTRACT_THEMES.map((theme) => {
    const c = counts.get(theme) ?? { gold: 0, extracted: 0, matched: 0 };
    return {
      theme,
      ...c,
      precision: ratio(c.matched, c.extracted),
      recall: ratio(c.matched, c.gold),
    };
  });
  const share = (n: number) => ratio(n, pairs);
  return {
    themes,
    misses,
    falsePositives,
    disagreements,
    agreement: {
      year: share(agree.year),
      period: share(agree.period),
      region: share(agree.region),
      unit: share(agree.unit),
      qualifier: share(agree.qualifier),
      target: share(agree.target),
    },
  };
}
