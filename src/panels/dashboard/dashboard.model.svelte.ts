import { getEngine, type RowSource, type SqlQuery } from '../../lib/db';
import {
  buildFactListSql,
  buildIndicatorsSql,
  loadMapRows,
  buildRegionFactsSql,
  buildRegionRanksSql,
  buildSourcesForFactsSql,
  buildTrendSql,
  buildYearsSql,
  buildDatasetStatsSql,
  type DatasetStatsRow,
  type FactListRow,
  type IndicatorListRow,
  type MapInput,
  type MapRow,
  type RegionFactRow,
  type RegionRankRow,
  type SourceForFactsRow,
  type TrendRow,
  type YearRow,
} from '../../lib/sql';
import {
  DEFAULT_VIEW,
  factIdsOf,
  mapInputOf,
  resolveIndicator,
  resolveTime,
  resolveYear,
  trendInputOf,
  type ViewState,
} from '../../lib/state';
import { Resource } from '../../lib/state/resource.svelte';

/** Rows tagged with the inputs they answer, so a panel never pairs new inputs with old rows. */
interface Keyed<T> {
  key: string;
  rows: T[];
}

/**
 * The dashboard's data: one Resource per panel, loaded from the view. Components read
 * `{status, data, error}` and call the setters; only this model talks to the row source.
 */
export class DashboardModel {
  view = $state<ViewState>({ ...DEFAULT_VIEW });
  /** Bumped when the user's own data changes: every panel reloads. */
  revision = $state(0);
  playing = $state(false);

  readonly indicators = new Resource<Keyed<IndicatorListRow>>();
  readonly years = new Resource<Keyed<YearRow>>();
  readonly map = new Resource<Keyed<MapRow> & { input: MapInput; indicator: IndicatorListRow }>();
  /** Every year's map values of the view, when the colour classes span all years. */
  readonly classValues = new Resource<Keyed<number | null>>();
  readonly trend = new Resource<TrendRow[]>();
  /** Documents behind the map and ranking, and behind the trend: each chart's source line. */
  readonly sources = new Resource<SourceForFactsRow[]>();
  readonly trendSources = new Resource<SourceForFactsRow[]>();
  readonly profileFacts = new Resource<RegionFactRow[]>();
  readonly profileRanks = new Resource<RegionRankRow[]>();
  readonly factList = new Resource<FactListRow[]>();
  readonly stats = new Resource<DatasetStatsRow[]>();
  /** True once queries run live on DuckDB rather than on the build-time snapshot. */
  live = $state(false);
  /** Hash prefix of the embedded database: the data version a citation names. */
  dataVersion = $state('');

  readonly indicatorList = $derived(
    this.indicators.data?.key === this.view.theme ? this.indicators.data.rows : [],
  );
  readonly indicator = $derived(resolveIndicator(this.view, this.indicatorList));
  readonly time = $derived(
    this.indicator ? resolveTime(this.view, this.indicator) : this.view.time,
  );
  readonly yearsKey = $derived(
    this.indicator ? `${this.indicator.indicator_id}|${this.time}|${this.view.targets}` : '',
  );
  readonly yearList = $derived(this.years.data?.key === this.yearsKey ? this.years.data.rows : []);
  readonly year = $derived(resolveYear(this.view, this.yearList, this.time));
  readonly mapRows = $derived(this.map.data?.rows ?? []);
  /** What `classValues` must answer: the map's input without its year. */
  readonly classKey = $derived(
    this.indicator && this.years.data?.key === this.yearsKey
      ? JSON.stringify([mapInputOf(this.view, this.indicator, null), this.yearList])
      : '',
  );
  /** Values the colour classes are computed from instead of the shown year's, or null. */
  readonly sameClassValues = $derived(
    this.view.sameClasses &&
      this.view.classing !== 'custom' &&
      this.classValues.data?.key === this.classKey
      ? this.classValues.data.rows
      : null,
  );
  /** The indicator, time and year the map rows answer: titles follow the data, not the request. */
  readonly shown = $derived.by(() => {
    const data = this.map.data;
    if (!data) return null;
    return {
      indicator: data.indicator,
      time: data.input.time,
      year: this.mapRows[0]?.year ?? data.input.year,
    };
  });

  constructor(private readonly source: RowSource) {}

  /** Wires the loads to the view; call once from the owning component's initialisation. */
  connect(): void {
    // Each load also reads `revision`, so a change to the user's data reloads every panel.
    $effect(() => {
      void this.revision;
      this.loadIndicators(this.view.theme);
    });
    $effect(() => {
      void this.revision;
      if (this.indicator) this.loadYears(this.indicator, this.yearsKey);
    });
    $effect(() => {
      void this.revision;
      if (this.indicator && this.years.data?.key === this.yearsKey) this.loadMap(this.indicator);
    });
    $effect(() => {
      void this.revision;
      if (this.view.sameClasses && this.view.classing !== 'custom' && this.classKey)
        this.loadClassValues(this.indicator!, this.classKey);
    });
    $effect(() => {
      void this.revision;
      if (this.indicator) this.loadTrend(this.indicator);
    });
    $effect(() => {
      void this.revision;
      this.loadSources();
    });
    $effect(() => {
      void this.revision;
      this.loadTrendSources();
    });
    $effect(() => {
      void this.revision;
      this.loadProfile(this.view.region);
    });
    $effect(() => {
      void this.revision;
      this.loadFactList(this.view.theme);
    });
    this.source.ready.then(
      () => {
        this.live = true;
        void getEngine().then(({ manifest }) => {
          this.dataVersion = manifest.files[manifest.database]?.sha256.slice(0, 12) ?? '';
        });
        void this.stats.load(() => this.rows<DatasetStatsRow>(buildDatasetStatsSql()));
      },
      (e: unknown) => (this.stats.error = e instanceof Error ? e : new Error(String(e))),
    );
  }

  /** Only changed fields signal, so a slider move does not reload the indicator list. */
  update(patch: Partial<ViewState>): void {
    Object.assign(this.view, patch);
  }

  /** Replaces the whole view (permalink, back/forward). */
  replace(view: ViewState): void {
    this.update(view);
  }

  private rows<T>(q: SqlQuery) {
    return this.source.rows<T>(q);
  }

  private loadIndicators(theme: ViewState['theme']): void {
    void this.indicators.load(async () => ({
      key: theme,
      rows: await this.rows<IndicatorListRow>(buildIndicatorsSql({ theme })),
    }));
  }

  private loadYears(indicator: IndicatorListRow, key: string): void {
    const q = buildYearsSql({
      indicator: indicator.indicator_id,
      time: this.time,
      targets: this.view.targets,
    });
    void this.years.load(async () => ({ key, rows: await this.rows<YearRow>(q) }));
  }

  private loadMap(indicator: IndicatorListRow): void {
    const input = mapInputOf(this.view, indicator, this.year);
    const key = JSON.stringify(input);
    // One query per view (indicator, level, parent: every kind), cached by the row source: a
    // year, measure or time-mode change is answered in memory; only the newest answer is drawn.
    void this.map.load(async () => ({
      key,
      input,
      indicator,
      rows: await loadMapRows(<T>(q: SqlQuery) => this.rows<T>(q), input),
    }));
  }

  /**
   * The view's values in every year with data, for classes that stay put while the slider
   * moves. The map's queries are per view, not per year, so these are answered from the
   * row source's cache: no query beyond the ones the map itself made.
   */
  private loadClassValues(indicator: IndicatorListRow, key: string): void {
    const input = mapInputOf(this.view, indicator, null);
    const years = this.yearList.map((y) => y.year);
    const fetch = <T>(q: SqlQuery) => this.rows<T>(q);
    void this.classValues.load(async () => {
      const values: (number | null)[] = [];
      for (const year of years)
        for (const row of await loadMapRows(fetch, { ...input, year })) values.push(row.value);
      return { key, rows: values };
    });
  }

  private loadTrend(indicator: IndicatorListRow): void {
    const q = buildTrendSql(trendInputOf(this.view, indicator));
    void this.trend.load(() => this.rows<TrendRow>(q));
  }

  /** Sources behind everything the charts show: the chart's source line. */
  private loadSources(): void {
    const q = buildSourcesForFactsSql({ factIds: factIdsOf(this.mapRows) });
    void this.sources.load(() => this.rows<SourceForFactsRow>(q));
  }

  private loadTrendSources(): void {
    const q = buildSourcesForFactsSql({ factIds: factIdsOf(this.trend.data ?? []) });
    void this.trendSources.load(() => this.rows<SourceForFactsRow>(q));
  }

  private loadProfile(region: string | null): void {
    if (!region) return;
    const facts = buildRegionFactsSql({ region, includeDescendants: true });
    void this.profileFacts.load(() => this.rows<RegionFactRow>(facts));
    const ranks = buildRegionRanksSql({ region, year: null });
    void this.profileRanks.load(() => this.rows<RegionRankRow>(ranks));
  }

  private loadFactList(theme: ViewState['theme']): void {
    const q = buildFactListSql({ theme });
    void this.factList.load(() => this.rows<FactListRow>(q));
  }
}
