import { DataType, Type } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { factsFromIpc, factsToArrow, factsToIpc } from '../../src/lib/store/fact-arrow';
import type { UserDataset } from '../../src/lib/store';

type Fact = UserDataset['facts'][number];

function fact(i: number): Fact {
  return {
    fact_id: `u20250101000000abcd:${i}`,
    theme: 'context',
    indicator_id: 'u20250101000000abcd_i0',
    region_code: i % 3 === 0 ? null : '110000',
    region_name_raw: i % 3 === 0 ? '全国' : '北京',
    region_level: i % 3 === 0 ? 'national' : 'province',
    period_start: i % 5 === 0 ? null : 2000 + (i % 20),
    period_end: i % 5 === 0 ? null : 2000 + (i % 20),
    date: null,
    value: i + 0.25,
    unit: '万人',
    qualifier: 'exact',
    kind: 'outturn',
    batch: null,
    unit_type: null,
    source_id: 'u20250101000000abcd:src',
    conflict_group: null,
    evidence: `f.csv:${i + 2}:4`,
    notes: null,
  };
}

describe('factsToArrow(facts)', () => {
  it('types columns from the schema: Utf8 strings, Float64 value, Int32 years', () => {
    const table = factsToArrow(Array.from({ length: 100 }, (_, i) => fact(i)));
    const type = (name: string) => table.getChild(name)!.type as DataType;
    expect(table.numRows).toBe(100);
    expect(type('value').typeId).toBe(Type.Float);
    expect(type('period_start').typeId).toBe(Type.Int);
    // Near-unique strings stay plain; repeated ones are dictionaries of Utf8.
    expect(type('fact_id').typeId).toBe(Type.Utf8);
    expect(type('theme').typeId).toBe(Type.Dictionary);
    expect(table.getChild('period_start')!.get(0)).toBeNull();
    expect(table.getChild('region_code')!.get(1)).toBe('110000');
  });
});

describe('factsFromIpc(factsToIpc(facts))', () => {
  it('round-trips every field, nulls included', () => {
    const facts = Array.from({ length: 1000 }, (_, i) => fact(i));
    const back = factsFromIpc(factsToIpc(facts));
    expect(back).toEqual(facts);
  });

  it('round-trips an empty dataset', () => {
    expect(factsFromIpc(factsToIpc([]))).toEqual([]);
  });

  it('is compact for a large import', () => {
    const facts = Array.from({ length: 100_000 }, (_, i) => fact(i));
    const bytes = factsToIpc(facts).byteLength;
    expect(bytes / facts.length).toBeLessThan(JSON.stringify(facts).length / facts.length / 3);
  });
});
