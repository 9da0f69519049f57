export { DEFAULT_VIEW, MIN_CLASSES, MAX_CLASSES, MAX_BREAKS } from './view';
export type { ViewState } from './view';
export { encodeView, decodeView, parseBreaks, PERMALINK_VERSION } from './permalink';
export type {
  BreaksError,
  DecodedView,
  KnownValues,
  PermalinkWarning,
  PermalinkWarningKey,
} from './permalink';
export {
  resolveIndicator,
  resolveTime,
  resolveYear,
  defaultYear,
  drillParent,
  mapInputOf,
  trendInputOf,
  factIdsOf,
} from './view-inputs';
