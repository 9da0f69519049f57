import type { Browser } from 'playwright-core';
import { RECORD_MARKS } from './marks';

export type Kind = 'js' | 'wasm' | 'data' | 'css' | 'other';

export interface ColdLoad {
  first_chart_ms: number;
  interactive_ms: number | null;
  bytes: Record<Kind, number>;
}

function kindOf(url: string): Kind {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.wasm')) return 'wasm';
  if (path.endsWith('.css')) return 'css';
  if (/\.(json|duckdb|parquet|csv)$/.test(path)) return 'data';
  return 'other';
}

/**
 * One cold load in a fresh browser context (empty cache, no storage): time to the first
 * filled map path and, when `live` is set, to live DuckDB; response bytes by kind,
 * worker requests included.
 */
export async function coldLoad(browser: Browser, url: string, live: boolean): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const bytes: Record<Kind, number> = { js: 0, wasm: 0, data: 0, css: 0, other: 0 };
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (req) => {
    pending.push(
      req.sizes().then((s) => {
        bytes[kindOf(req.url())] += s.responseBodySize;
      }),
    );
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(RECORD_MARKS);
    await page.goto(url);
    // A function, not a string: the app's CSP forbids string evaluation in the page.
    await page.waitForFunction(
      (live) => {
        const m = (window as unknown as { __marks: Record<string, number> }).__marks;
        return m.chart !== undefined && (!live || m.live !== undefined);
      },
      live,
      { timeout: 120_000 },
    );
    if (live) await page.waitForLoadState('networkidle');
    const marks = (await page.evaluate('window.__marks')) as Record<string, number>;
    await Promise.all(pending);
    return {
      first_chart_ms: marks.chart!,
      interactive_ms: live ? marks.live! : null,
      bytes,
    };
  } finally {
    await context.close();
  }
}
