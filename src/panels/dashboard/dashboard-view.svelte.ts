import { createColorScale, type ColorScaleOptions } from '../../lib/charts';
import { getMessages } from '../../lib/i18n';
import { drillParent, type ViewState } from '../../lib/state';
import type { Boundaries } from './boundaries.svelte';
import {
  autoText,
  chartLabels,
  regionName,
  regionValues,
  sourceLineOf,
  trendSeries,
  valueFormatter,
} from './chart-data';
import type { DashboardModel } from './dashboard.model.svelte';

export interface TextDraft {
  title: string;
  subtitle: string;
  source: string;
  note: string;
  caption: string;
}

export const EMPTY_DRAFT: TextDraft = {
  title: '',
  subtitle: '',
  source: '',
  note: '',
  caption: '',
};

export type DashboardView = ReturnType<typeof createDashboardView>;

const METHODS = { quantile: 'quantile', equal: 'quantize', custom: 'threshold' } as const;

/** The view's classing as colour-scale options; shares are typed as percentages. */
export function classOptions(view: ViewState): ColorScaleOptions {
  const percent = view.measure === 'share';
  return {
    id: 'map',
    method: METHODS[view.classing],
    classes: view.classCount,
    thresholds: view.breaks.map((b) => (percent ? b / 100 : b)),
  };
}

/**
 * Everything the dashboard's components draw, derived from the model: formatted values,
 * one colour scale for map and legend, chart texts (the user's edits over the defaults).
 */
export function createDashboardView(model: DashboardModel, boundaries: Boundaries) {
  class View {
    draft = $state<TextDraft>({ ...EMPTY_DRAFT });
    hovered = $state<string | null>(null);

    readonly lang = $derived(model.view.lang);
    readonly m = $derived(getMessages(this.lang));
    readonly unit = $derived((model.shown?.indicator ?? model.indicator)?.unit ?? '');
    readonly format = $derived(valueFormatter(this.lang, this.unit, model.view.measure));
    readonly values = $derived(regionValues(model.mapRows, this.lang));
    readonly scale = $derived(
      createColorScale(
        model.sameClassValues ?? this.values.map((v) => v.value),
        classOptions(model.view),
      ),
    );
    readonly labels = $derived(chartLabels(this.lang));
    /** The ranking lists regions with a figure; the missing ones are counted, not drawn. */
    readonly rankingValues = $derived(this.values.filter((r) => r.value !== null));
    readonly missingCount = $derived(this.values.length - this.rankingValues.length);
    readonly series = $derived(trendSeries(model.trend.data ?? [], this.lang));
    readonly parent = $derived(drillParent(model.view));
    readonly features = $derived(boundaries.featuresFor(this.parent));
    readonly selectedRow = $derived(model.mapRows.find((r) => r.code === model.view.region));
    readonly selectedName = $derived(
      this.selectedRow ? regionName(this.selectedRow, this.lang) : null,
    );
    readonly sourceLine = $derived(sourceLineOf(model.sources.data ?? [], this.lang));
    readonly auto = $derived({
      ...autoText(
        model.view,
        model.shown?.indicator ?? model.indicator,
        model.shown?.time ?? model.time,
        model.shown?.year ?? model.year,
        null,
      ),
      source: this.sourceLine,
      note: '',
      caption: '',
    });
    readonly text = $derived({
      title: this.draft.title || this.auto.title,
      subtitle: this.draft.subtitle || this.auto.subtitle,
      source: this.draft.source || this.auto.source,
      note: this.draft.note || undefined,
      caption: this.draft.caption ? this.m.export.mapApproval(this.draft.caption) : undefined,
    });
    readonly rankingText = $derived({
      ...this.text,
      subtitle:
        this.missingCount === 0
          ? this.text.subtitle
          : this.lang === 'zh'
            ? `${this.text.subtitle} · ${this.missingCount} 个地区无数据`
            : `${this.text.subtitle} · no data for ${this.missingCount} regions`,
      caption: undefined,
    });
    readonly trendText = $derived({
      ...this.text,
      source: this.draft.source || sourceLineOf(model.trendSources.data ?? [], this.lang),
      title: `${model.indicator ? (this.lang === 'en' ? model.indicator.name_en : model.indicator.name_zh) : ''} · ${this.selectedName ?? this.m.controls.national}`,
      subtitle: this.m.views.trend,
      caption: undefined,
    });
  }
  return new View();
}
