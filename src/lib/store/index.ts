export { newDatasetId, isUserIndicator, STAGED_COLUMNS } from './dataset';
export type {
  DatasetInfo,
  UserDataset,
  UserFact,
  StagedImport,
  StagedChoice,
  StagedRegionRow,
} from './dataset';
export { datasetStore, StoreError } from './idb-store';
export type { KeptDataset } from './idb-store';
// staged-arrow.ts and fact-arrow.ts are imported by path where needed: Arrow stays out of
// the page's first bundle.
