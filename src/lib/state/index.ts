export { DEFAULT_VIEW } from './view';
export type { ViewState } from './view';
export { encodeView, decodeView, PERMALINK_VERSION } from './permalink';
export type { DecodedView, KnownValues, PermalinkWarning, PermalinkWarningKey } from './permalink';
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
