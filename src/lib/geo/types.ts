import type { RegionLevel } from '../schema';

/** One row of the gazetteer (and of the `regions` table). */
export interface Region {
  code: string;
  name: string;
  short_name: string;
  name_en: string;
  level: Extract<RegionLevel, 'province' | 'prefecture' | 'county'>;
  parent_code: string | null;
  lon: number | null;
  lat: number | null;
}

export type MatchKind = 'code' | 'exact' | 'short' | 'traditional' | 'english' | 'pinyin' | 'fuzzy';

export interface RegionMatch {
  code: string;
  /** 1 for an exact code or full-name match, lower for looser matches. */
  confidence: number;
  match: MatchKind;
}
