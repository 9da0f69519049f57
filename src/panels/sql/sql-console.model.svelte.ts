import type { Table } from 'apache-arrow';
import { getEngine, query, QueryError, messageOf, type SqlQuery } from '../../lib/db';
import { toCsv } from '../../lib/export';
// Not re-exported from lib/state's index yet.
import { Resource } from '../../lib/state/resource.svelte';
import { arrowToRows, type ResultRows } from './arrow-to-rows';
import { guardStatement, type GuardReason } from './guard-statement';
import { detectQuickCharts, type QuickChart } from './quick-chart';

/** Rows turned into cells and shown; the whole result still goes into the CSV. */
export const DISPLAY_LIMIT = 1000;

export interface ConsoleResult extends ResultRows {
  /** The statement as run (trailing semicolons and comments dropped). */
  sql: string;
  totalRows: number;
  /** Time DuckDB took to answer, engine start-up excluded. */
  ms: number;
  charts: QuickChart[];
  /** Kept for the CSV download of every row, not only those displayed. */
  table: Table;
}

export interface Refusal {
  reason: GuardReason;
  detail: string;
  /** Offset in the editor text where the refused part starts. */
  at: number;
}

export interface ConsoleDeps {
  runQuery?: (q: SqlQuery) => Promise<Table>;
  /** Resolves once the engine is up, so start-up is not counted in the query time. */
  ready?: () => Promise<unknown>;
  now?: () => number;
}

export type ChartChoice = QuickChart['kind'] | 'none';

export class SqlConsoleModel {
  sql = $state('');
  refusal = $state.raw<Refusal | null>(null);
  readonly result = new Resource<ConsoleResult>();
  chartChoice = $state<ChartChoice>('none');
  #runQuery: (q: SqlQuery) => Promise<Table>;
  #ready: () => Promise<unknown>;
  #now: () => number;

  constructor(initialSql = '', deps: ConsoleDeps = {}) {
    this.sql = initialSql;
    this.#runQuery = deps.runQuery ?? query;
    this.#ready = deps.ready ?? getEngine;
    this.#now = deps.now ?? (() => performance.now());
  }

  get running(): boolean {
    return this.result.status === 'loading';
  }

  /** The chart to draw: the user's choice if this result offers it. */
  get chart(): QuickChart | null {
    return this.result.data?.charts.find((c) => c.kind === this.chartChoice) ?? null;
  }

  /** Checks the statement, then runs it; a refusal or failure leaves the last result shown. */
  async run(): Promise<void> {
    const guard = guardStatement(this.sql);
    if (!guard.ok) {
      this.refusal = { reason: guard.reason, detail: guard.detail, at: guard.at };
      return;
    }
    this.refusal = null;
    await this.result.load(() => this.#execute(guard.sql));
    const offered = this.result.data?.charts ?? [];
    if (!offered.some((c) => c.kind === this.chartChoice)) {
      this.chartChoice = offered[0]?.kind ?? 'none';
    }
  }

  async #execute(sql: string): Promise<ConsoleResult> {
    await this.#ready();
    const started = this.#now();
    let table: Table;
    try {
      table = await this.#runQuery({ sql, params: [] });
    } catch (e) {
      throw e instanceof QueryError ? e : new QueryError(messageOf(e), sql, e);
    }
    const ms = this.#now() - started;
    const shown = arrowToRows(table, DISPLAY_LIMIT);
    return { ...shown, sql, totalRows: table.numRows, ms, charts: detectQuickCharts(shown), table };
  }

  /** Every row of the current result as CSV; null when nothing has run. */
  csv(): string | null {
    const data = this.result.data;
    if (!data) return null;
    const all = arrowToRows(data.table);
    const columns = all.columns.map((c, i) => ({ key: `c${i}`, label: c.name }));
    const rows = all.rows.map((row) => Object.fromEntries(row.map((v, i) => [`c${i}`, v])));
    return toCsv(columns, rows);
  }
}
