/** What a bench page hands to the runner: `window.__bench` resolves with its results. */
declare global {
  interface Window {
    __bench?: Promise<unknown>;
    __progress?: string;
    __checkpoint?: string;
    __continue?: string;
  }
}

export const params = new URLSearchParams(location.search);

export function param(name: string, fallback: string): string {
  return params.get(name) ?? fallback;
}

/** Points the app's `data/…` URLs at one synthetic dataset: `<set>/data/manifest.json`. */
export function useDataset(set: string): void {
  const base = document.createElement('base');
  base.href = new URL(`../sets/${set}/`, location.href).href;
  document.head.prepend(base);
}

export function progress(message: string): void {
  window.__progress = message;
  const el = document.getElementById('status');
  if (el) el.textContent = message;
}

export function publish(run: () => Promise<unknown>): void {
  window.__bench = run().catch((e: unknown) => {
    progress(`failed: ${String(e)}`);
    return { error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
  });
}

export const now = (): number => performance.now();

/**
 * Pauses until the runner has sampled memory: WebAssembly memory never shrinks, so a
 * phase's peak can only be read before the next phase starts.
 */
export async function checkpoint(name: string): Promise<void> {
  window.__checkpoint = name;
  while (window.__continue !== name) await new Promise((r) => setTimeout(r, 20));
}
