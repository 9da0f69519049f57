import type { Browser } from 'playwright-core';
import { log } from '../lib/log';

export interface PageRun<T> {
  result: T;
  /** Largest WebAssembly memory among the page's workers (DuckDB's heap), MiB. */
  wasm_mib: number;
  /** The same, sampled at each `checkpoint(name)` of the page. */
  wasm_mib_at: Record<string, number>;
  /** Main-thread JS heap in use at the end (CDP Runtime.getHeapUsage), MiB. */
  js_heap_mib: number;
}

const MIB = 2 ** 20;
const LIMIT_MS = 10 * 60_000;

/** Opens a bench page in a fresh context, waits for `window.__bench`, reads memory. */
export async function runBenchPage<T>(
  browser: Browser,
  url: string,
  label: string,
): Promise<PageRun<T>> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    const ticker = setInterval(() => {
      page
        .evaluate('window.__progress')
        .then((p) => log(`${label}: ${String(p)}`))
        .catch(() => undefined);
    }, 15_000);
    const wasmBytes = async (): Promise<number> => {
      let max = 0;
      for (const w of page.workers())
        max = Math.max(
          max,
          (await w.evaluate('self.__wasmBytes ? self.__wasmBytes() : 0')) as number,
        );
      return max;
    };
    const at: Record<string, number> = {};
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const name = (await page.evaluate('window.__checkpoint').catch(() => undefined)) as
          string | undefined;
        if (name && !(name in at)) {
          at[name] = (await wasmBytes()) / MIB;
          await page.evaluate(`window.__continue = ${JSON.stringify(name)}`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    let result: T & { error?: string };
    let limit: ReturnType<typeof setTimeout> | undefined;
    try {
      await page.waitForFunction('window.__bench !== undefined', null, { timeout: 60_000 });
      const timeout = new Promise<never>((_, fail) => {
        limit = setTimeout(
          () => fail(new Error(`${label}: no result after ${LIMIT_MS / 1000} s`)),
          LIMIT_MS,
        );
      });
      result = (await Promise.race([page.evaluate('window.__bench'), timeout])) as T & {
        error?: string;
      };
    } finally {
      clearInterval(ticker);
      clearTimeout(limit);
      sampling = false;
      await sampler;
    }
    if (result.error) throw new Error(`${label}: ${result.error} ${errors.join('; ')}`);
    const wasm = await wasmBytes();
    const cdp = await context.newCDPSession(page);
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return { result, wasm_mib: wasm / MIB, wasm_mib_at: at, js_heap_mib: heap.usedSize / MIB };
  } finally {
    await context.close();
  }
}
