import { describe, expect, it } from 'vitest';
import { segments, toDataset, type Candidate } from '../../../src/panels/extract/to-dataset';

const cand = (over: Partial<Candidate>): Candidate => ({
  value: 57,
  value_max: null,
  unit: '期',
  qualifier: 'exact',
  theme: 'trainings',
  indicator: '培训班期数',
  year: 2021,
  period: null,
  region_code: '532300',
  region_name: '楚雄彝族自治州',
  is_target: false,
  evidence: '2021 年共举办各类培训班 57 期',
  start: 0,
  end: 20,
  mention_start: 12,
  mention_end: 16,
  confidence: 0.9,
  status: 'accepted',
  ...over,
});

describe('toDataset(candidates, doc, now)', () => {
  it('adds only accepted candidates, with the document as their source', () => {
    const ds = toDataset(
      [
        cand({}),
        cand({ status: 'rejected', value: 9 }),
        cand({ theme: 'other', status: 'pending' }),
      ],
      {
        title: '春风化雨',
        publisher: '楚雄州委党校',
        date: '2023-01-29',
        url: 'https://example.org/a',
      },
      new Date('2026-11-22T00:00:00Z'),
    );
    expect(ds.origin).toBe('extract');
    expect(ds.facts).toHaveLength(1);
    expect(ds.facts[0]).toMatchObject({ value: 57, region_level: 'prefecture', kind: 'outturn' });
    expect(ds.sources[0]).toMatchObject({ title: '春风化雨', date: '2023-01-29' });
  });

  it('files targets as targets and the extractor’s "other" as context', () => {
    const ds = toDataset(
      [cand({ is_target: true }), cand({ theme: 'other', indicator: '课题' })],
      { title: 't', publisher: '', date: 'soon', url: '' },
      new Date('2026-11-22T00:00:00Z'),
    );
    expect(ds.facts.map((f) => [f.kind, f.theme])).toEqual([
      ['target', 'trainings'],
      ['outturn', 'context'],
    ]);
    expect(ds.sources[0]?.date).toBeNull();
  });
});

describe('segments(text, candidates)', () => {
  it('cuts the text at each mention so it can be highlighted as text', () => {
    const text = '共举办培训班 57 期，学员 <b>100</b> 人';
    const parts = segments(text, [
      cand({ mention_start: 7, mention_end: 11 }),
      cand({ mention_start: 18, mention_end: 21 }),
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.index !== null).map((p) => p.text)).toEqual(['57 期', '100']);
  });
});
