import * as aq from 'arquero';
import { kindOf } from '../../src/lib/sql/common';
import type { MapInput } from '../../src/lib/sql';
import { assembleRows, type PeerCodes, type PeerMapRow, type Winner } from './assemble';

type Table = ReturnType<typeof aq.fromArrow>;
const { op } = aq;
interface Row {
  indicator: number;
  kind: number;
  level: number;
  region: number;
  period_end: number;
  qualifier: number;
  unit_type: number;
  rn: number;
}
interface Params {
  ind: number;
  kind: number;
  level: number;
  nat: number;
  all: number;
  exact: number;
  year: number;
  stock: boolean;
}
const PREFERENCE = ['rel', 'qx', aq.desc('date'), 'fact'];

/** The sources table (code → reliability rank), joined like the SQL's LEFT JOIN sources. */
const sources = (codes: PeerCodes): Table =>
  aq.table({ source: Array.from(codes.rel, (_, i) => i), rel: Array.from(codes.rel) });

/**
 * The map query in Arquero's verbs over the same coded columns: filter, group, roll up
 * count/min/max, and a row_number() window for the winner — the SQL's shape, step by step.
 */
export function mapRowsArquero(t: Table, codes: PeerCodes, input: MapInput): PeerMapRow[] {
  const $: Params = {
    ind: codes.indicator.get(input.indicator) ?? -2,
    kind: codes.kind.get(kindOf(input.time, input.targets))!,
    level: codes.level.get(input.level)!,
    nat: codes.level.get('national')!,
    all: codes.all,
    exact: codes.exact,
    year: input.year ?? 9999,
    stock: input.time === 'stock',
  };
  const cand = t
    .params($)
    .filter(
      (d: Row, $: Params) =>
        d.indicator === $.ind &&
        d.kind === $.kind &&
        (d.unit_type === -1 || d.unit_type === $.all) &&
        d.period_end >= 0 &&
        (d.region >= 0 || d.level === $.nat),
    )
    .lookup(sources(codes), 'source', 'rel')
    .derive({ qx: (d: Row, $: Params) => (d.qualifier === $.exact ? 0 : 1) });
  const scoped = cand.filter(
    (d: Row, $: Params) =>
      d.level === $.level &&
      d.region >= 0 &&
      ($.stock ? d.period_end <= $.year : d.period_end === $.year),
  );
  const stats = scoped
    .groupby('region', 'period_end')
    .rollup({ n: op.count(), lo: op.min('value'), hi: op.max('value') });
  const winners = scoped
    .groupby('region')
    .orderby(aq.desc('period_end'), ...PREFERENCE)
    .derive({ rn: op.row_number() })
    .filter((d: Row) => d.rn === 1)
    .ungroup()
    .join_left(stats, [
      ['region', 'period_end'],
      ['region', 'period_end'],
    ]);
  const national = cand
    .filter((d: Row, $: Params) => d.level === $.nat)
    .groupby('period_end')
    .orderby(...PREFERENCE)
    .derive({ rn: op.row_number() })
    .filter((d: Row) => d.rn === 1);
  const byRegion = new Map<number, Winner>();
  for (const w of winners.objects() as Record<string, number>[])
    byRegion.set(w.region!, {
      value: w.value!,
      period_start: w.period_start!,
      period_end: w.period_end!,
      n: w.n!,
      conflict: w.lo !== w.hi,
    });
  const byEnd = new Map(
    (national.objects() as Record<string, number>[]).map((n) => [
      n.period_end!,
      { value: n.value!, period_start: n.period_start! },
    ]),
  );
  return assembleRows(codes, input, byRegion, byEnd);
}
