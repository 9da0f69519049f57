import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import {
  launch,
  openApp,
  serveBuiltApp,
  watchedPage,
  type BuiltApp,
  type Watched,
} from './browser';
import { builtData, type BuiltData } from './dataset';

export interface AppSession {
  /** The private copy of dist/ being served (see serveBuiltApp). */
  readonly app: BuiltApp;
  readonly browser: Browser;
  /** The built data files of this copy, read natively for expected values. */
  readonly data: BuiltData;
  /** A fresh watched page in its own context, not yet navigated; closed in afterAll. */
  page(): Promise<Watched>;
  /** A fresh watched page with the app opened (at `hash`), map painted and DuckDB live. */
  open(hash?: string): Promise<Watched>;
}

/**
 * Registers the hooks every browser test file needs: serve a private copy of dist/, launch
 * Chromium, and in afterAll close every page's context, the browser and the server — the
 * contexts too, so that a failed test does not leave its page running into the next file.
 * Call it at the top of a describe block; its fields are usable from beforeAll on.
 */
export function useAppSession(): AppSession {
  let app: BuiltApp | undefined;
  let browser: Browser | undefined;
  const opened: Watched[] = [];
  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`useAppSession: ${name} is used before beforeAll`);
    return value;
  };

  beforeAll(async () => {
    app = await serveBuiltApp();
    browser = await launch();
  });
  afterAll(async () => {
    // Closing a context twice is a no-op in Playwright, so tests may close theirs early
    // (to free a heavy tab before the next test) and still be listed here.
    for (const w of opened) await w.page.context().close();
    await browser?.close();
    await app?.close();
  });

  const session: AppSession = {
    get app() {
      return ready(app, 'app');
    },
    get browser() {
      return ready(browser, 'browser');
    },
    get data() {
      return builtData(ready(app, 'app').root);
    },
    async page() {
      const w = await watchedPage(session.browser, session.app.origin);
      opened.push(w);
      return w;
    },
    async open(hash = '') {
      const w = await session.page();
      await openApp(w, session.app.url, hash);
      return w;
    },
  };
  return session;
}

/** A temporary folder made in beforeAll and removed with its contents in afterAll. */
export function useTempDir(prefix: string): { readonly path: string } {
  let path: string | undefined;
  beforeAll(() => {
    path = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => {
    if (path) rmSync(path, { recursive: true, force: true });
  });
  return {
    get path() {
      if (path === undefined) throw new Error('useTempDir: path is used before beforeAll');
      return path;
    },
  };
}
