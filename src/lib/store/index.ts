export { newDatasetId, isUserIndicator } from './dataset';
export type { UserDataset } from './dataset';
export { datasetStore, StoreError } from './idb-store';
