/** Entry of the lazily loaded extraction chunk. */
export { default as ExtractPanel } from './ExtractPanel.svelte';
export { ExtractModel } from './extract.model.svelte';
