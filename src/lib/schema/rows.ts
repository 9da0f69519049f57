import type {
  Kind,
  Language,
  Qualifier,
  RegionLevel,
  Reliability,
  Theme,
  Unit,
  UnitType,
} from './vocab';

/** A row of `facts` as validated from data/facts.csv (and as the app reads it back). */
export interface FactRow {
  fact_id: string;
  theme: Theme;
  indicator_id: string;
  region_code: string | null;
  region_name_raw: string;
  region_level: RegionLevel;
  period_start: number | null;
  period_end: number | null;
  date: string | null;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  kind: Kind;
  batch: number | null;
  unit_type: UnitType | null;
  source_id: string;
  conflict_group: string | null;
  evidence: string;
  notes: string | null;
}

export interface FactSourceRow {
  fact_id: string;
  source_id: string;
  is_primary: boolean;
}

export interface IndicatorRow {
  indicator_id: string;
  theme: Theme;
  name_zh: string;
  name_en: string;
  unit: Unit;
  definition: string;
  comparable: boolean;
  additive: boolean;
}

export interface SourceRow {
  source_id: string;
  title: string;
  publisher: string;
  date: string | null;
  url: string | null;
  language: Language;
  reliability: Reliability;
  notes: string | null;
}

export interface PopulationRow {
  region_code: string;
  year: number;
  population: number;
  source_id: string;
}
