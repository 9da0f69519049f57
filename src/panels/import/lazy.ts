/** Entry of the lazily loaded import chunk. */
export { default as ImportPanel } from './ImportPanel.svelte';
export { ImportModel } from './import.model.svelte';
