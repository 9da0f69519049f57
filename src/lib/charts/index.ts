export type {
  Box,
  ChartLabels,
  ChartText,
  Formatter,
  Qualifier,
  RegionValue,
  Series,
  SeriesPoint,
  Size,
} from './types';
export { createColorScale } from './color-scale';
export type { ClassMethod, ColorClass, ColorScale, ColorScaleOptions } from './color-scale';
export { renderChoropleth } from './choropleth';
export type { ChoroplethInput, NanhaiShape } from './choropleth';
export { renderLegend, classLabel } from './legend';
export { renderRanking } from './bar-ranking';
export type { RankingInput, RankingSort } from './bar-ranking';
export { renderTrend } from './trend';
export type { TrendInput } from './trend';
export { formatValue, LOW_RELIABILITY_MARK } from './format-value';
export { estimateWidth, truncateText, wrapText } from './svg-text';
export { FONT_FAMILY } from './frame';
export type { RegionHandlers } from './interaction';
export { emphasizeMap, emphasizeRanking } from './emphasis';
export type { Emphasis } from './emphasis';
