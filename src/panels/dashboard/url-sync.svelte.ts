import { decodeView, encodeView, type PermalinkWarning } from '../../lib/state';
import type { DashboardModel } from './dashboard.model.svelte';

const hashQuery = (): string => location.hash.replace(/^#/, '');

/**
 * Keeps the view in the URL hash (works on any static host, from any sub-path): reads it on
 * start, pushes a history entry per change (replaces while playing), follows back/forward.
 */
export function syncUrl(model: DashboardModel, onWarnings: (w: PermalinkWarning[]) => void): void {
  const apply = () => {
    const decoded = decodeView(hashQuery(), { indicators: null });
    model.replace(decoded.view);
    onWarnings(decoded.warnings);
  };
  apply();
  $effect(() => {
    const query = encodeView(model.view);
    if (query === hashQuery()) return;
    const url = `${location.pathname}${location.search}#${query}`;
    if (model.playing) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  });
  $effect(() => {
    window.addEventListener('popstate', apply);
    return () => window.removeEventListener('popstate', apply);
  });
}
