import { chromium, type Browser, type Page } from 'playwright-core';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from './static-server';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string {
  const found = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!found)
    throw new Error('Chromium not found: apt-get install chromium (or set CHROMIUM_PATH)');
  return found;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    // Without the background-networking flags Chromium calls home, which this sandbox refuses.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Watched {
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
}

/** A page that records console errors, page errors and any request to another host. */
export async function watchedPage(browser: Browser, origin: string): Promise<Watched> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreignRequests.push(url);
  });
  return { page, consoleErrors, foreignRequests };
}

export const ARTIFACTS = 'tests/e2e/artifacts';

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
}

/** Fails the test on any console error, page error or request to another host. */
export function expectClean(w: Watched): void {
  if (w.consoleErrors.length > 0 || w.foreignRequests.length > 0) {
    throw new Error(
      `console errors: ${JSON.stringify(w.consoleErrors)}; foreign requests: ${JSON.stringify(w.foreignRequests)}`,
    );
  }
}

/** Region paths of the main map (the South China Sea inset's paths carry no code). */
export const MAP_REGIONS = '[data-testid=choropleth] g.regions path[data-code]';

/** True once at least one region is painted with a colour rather than the missing-data hatch. */
export async function waitForFilledMap(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (selector) =>
      Array.from(document.querySelectorAll(selector)).some((p) => {
        const fill = p.getAttribute('fill') ?? '';
        return fill !== '' && !fill.startsWith('url(');
      }),
    MAP_REGIONS,
    { timeout },
  );
}

/** Waits until queries run on DuckDB-WASM rather than the build-time snapshot. */
export async function waitForLive(page: Page, timeout = 30_000): Promise<void> {
  await page.locator('[data-testid=engine-status][data-live=true]').waitFor({ timeout });
}

/** The map's title: the first line of its header, as drawn into the SVG. */
export async function mapTitle(page: Page): Promise<string> {
  return (await page.locator('[data-testid=choropleth] g.header text').first().textContent()) ?? '';
}

/** Waits until the map's title satisfies `ok`; returns it. */
export async function waitForMapTitle(
  page: Page,
  ok: (title: string) => boolean,
  timeout = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeout;
  let title = await mapTitle(page);
  while (!ok(title)) {
    if (Date.now() > deadline) throw new Error(`map title stayed ${JSON.stringify(title)}`);
    await page.waitForTimeout(50);
    title = await mapTitle(page);
  }
  return title;
}

/** Opens the app (optionally at a permalink hash) and waits for a painted map and live DuckDB. */
export async function openApp(w: Watched, url: string, hash = ''): Promise<void> {
  await w.page.goto(url + hash);
  await waitForFilledMap(w.page);
  await waitForLive(w.page);
}

export interface BuiltApp {
  /** Page URL under the sub-path, ending in `/`. */
  url: string;
  origin: string;
  /** The private copy of dist/ being served; its data/ holds the files the page reads. */
  root: string;
  close: () => Promise<void>;
}

/**
 * Serves a private copy of dist/ under a sub-path. Copying first keeps a test file's pages
 * and its expected values on one build while someone else runs `npm run build`.
 */
export async function serveBuiltApp(prefix = '/some/sub/path/'): Promise<BuiltApp> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run npm run build');
  const root = mkdtempSync(join(tmpdir(), 'mz-e2e-'));
  cpSync('dist', root, { recursive: true });
  const server = await serveStatic(root, prefix);
  return {
    url: server.url,
    origin: new URL(server.url).origin,
    root,
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
