import { describe, expect, it } from 'vitest';
import {
  groupFactsByTheme,
  profileNames,
  profileSources,
  rankText,
} from '../../src/components/region-profile';
import { rankRow, regionFactRow } from './fixtures';

describe('groupFactsByTheme(facts, lang)', () => {
  it('groups in the catalogue’s theme order with translated labels', () => {
    const facts = [
      regionFactRow({ fact_id: 'a', theme: 'funding' }),
      regionFactRow({ fact_id: 'b', theme: 'coverage' }),
      regionFactRow({ fact_id: 'c', theme: 'funding' }),
    ];
    const groups = groupFactsByTheme(facts, 'zh');
    expect(groups.map((g) => [g.label, g.rows.map((r) => r.fact_id)])).toEqual([
      ['创建覆盖', ['b']],
      ['资金', ['a', 'c']],
    ]);
  });
});

describe('profileSources(facts)', () => {
  it('lists each source once, official first, counting the facts it backs', () => {
    const facts = [
      regionFactRow({ fact_id: 'a', source_id: 'r', reliability: 'repost' }),
      regionFactRow({ fact_id: 'b', source_id: 'o' }),
      regionFactRow({ fact_id: 'c', source_id: 'r', reliability: 'repost' }),
    ];
    expect(profileSources(facts).map((s) => [s.source_id, s.n_facts])).toEqual([
      ['o', 1],
      ['r', 2],
    ]);
  });
});

describe('rankText(rank, lang)', () => {
  it('gives rank, peers, year and time basis', () => {
    expect(rankText(rankRow(), 'zh')).toBe('第 3 / 12 名 · 2023 · 当期');
    expect(rankText(rankRow({ time: 'stock' }), 'en')).toBe(
      'Rank 3 of 12 · 2023 · Cumulative (as reported)',
    );
  });
});

describe('profileNames(region, facts)', () => {
  it('prefers the map row, else the region’s own facts', () => {
    const region = { code: '530000', name: '云南省', short_name: '云南', name_en: 'Yunnan' };
    expect(profileNames(region, [])).toEqual({ zh: '云南省', en: 'Yunnan' });
    expect(profileNames(null, [regionFactRow()])).toEqual({ zh: '云南省', en: 'Yunnan' });
    expect(profileNames(null, [])).toBeNull();
  });
});
