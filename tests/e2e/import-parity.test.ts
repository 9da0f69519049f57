import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectClean, type Watched } from './browser';
import { addImport } from './import-flow';
import { useAppSession } from './session';

const FIXTURES = resolve('tests/fixtures/import');
const files = readdirSync(FIXTURES)
  .filter((f) => !f.endsWith('.ts'))
  .sort();

/** What the CLI says about a file: its --json summary, or its file:line:column error. */
type Cli =
  | {
      ok: true;
      shape: string;
      rows: string;
      matched: string;
      years: string;
      encoding: string;
      indicators: string[];
      /** The unit the mapping step offers (the file's own, money in 元). */
      unit: string;
      warnings: number;
    }
  | { ok: false; error: string };

interface Summary {
  shape: { kind: string; nbs: boolean };
  rows: number;
  encoding: string | null;
  regions: { matched: number };
  years: number[];
  indicators: string[];
  notes: { unit: string | null };
  units: Record<string, string | null>;
  warnings: unknown[];
}

async function runCli(file: string): Promise<Cli> {
  const path = resolve(FIXTURES, file);
  try {
    const { stdout } = await promisify(execFile)('node_modules/.bin/tsx', [
      'scripts/import.ts',
      path,
      '--json',
    ]);
    const s = JSON.parse(stdout) as Summary;
    return {
      ok: true,
      // The preview writes the shape as `kind · NBS`.
      shape: `${s.shape.kind}${s.shape.nbs ? ' · NBS' : ''}`,
      rows: String(s.rows),
      matched: String(s.regions.matched),
      years: s.years.join(', '),
      encoding: s.encoding ?? '',
      indicators: s.indicators,
      // The mapping step offers each indicator its own unit; the test reads the first.
      unit: s.units[s.indicators[0] ?? ''] ?? s.notes.unit ?? '',
      warnings: s.warnings.length,
    };
  } catch (e) {
    // The CLI names the file as given; the browser knows only its name.
    const stderr = (e as { stderr?: string }).stderr ?? String(e);
    return { ok: false, error: stderr.trim().replace(`${FIXTURES}/`, '') };
  }
}

/** Uploads through the file input; waits for this file's preview or error. */
async function uiImport(page: Page, file: string): Promise<Cli> {
  await page.setInputFiles('[data-testid=import-file]', resolve(FIXTURES, file));
  const panel = page.locator(
    `[data-testid=import-panel][data-file="${file}"]:is([data-phase=preview], [data-phase=error])`,
  );
  await panel.waitFor({ timeout: 30_000 });
  if ((await panel.getAttribute('data-phase')) === 'error')
    return { ok: false, error: (await page.textContent('[data-testid=import-error-message]'))! };
  const text = async (id: string) => (await page.textContent(`[data-testid=${id}]`))!.trim();
  const preview = page.locator('[data-testid=import-preview]');
  const legends = await preview.locator('legend').allTextContents();
  return {
    ok: true,
    shape: await text('import-shape'),
    rows: await text('import-rows'),
    matched: await text('import-matched'),
    years: await text('import-years'),
    encoding: await page.inputValue('[data-testid=import-encoding]'),
    // Each indicator has a fieldset legended `指标: name`.
    indicators: legends.flatMap((l) => /^(?:指标|Indicator): (.*)$/.exec(l.trim())?.[1] ?? []),
    unit: await preview
      .getByLabel(/^(单位|Unit)$/)
      .first()
      .inputValue(),
    warnings: await page.locator('[data-testid=import-warnings] > li').count(),
  };
}

describe('the import panel and the CLI', () => {
  const session = useAppSession();
  let w: Watched;
  const cli = new Map<string, Cli>();

  beforeAll(async () => {
    for (let i = 0; i < files.length; i += 6) {
      const batch = files.slice(i, i + 6);
      const out = await Promise.all(batch.map(runCli));
      batch.forEach((f, j) => cli.set(f, out[j]!));
    }
    w = await session.open();
    await w.page.click('[data-testid=import-details] summary');
    // One dataset is added first: no later file, good or bad, may remove it.
    await uiImport(w.page, 'long-english.csv');
    await w.page.fill('[data-testid=import-name]', 'parity keeper');
    await addImport(w.page);
    await w.page.getByRole('button', { name: /再导入一个|Import another/ }).click();
  }, 180_000);

  it.each(files)('agree on %s', async (file) => {
    const expected = cli.get(file)!;
    const shown = await uiImport(w.page, file);
    if (!expected.ok) {
      expect(shown).toEqual({ ok: false, error: expected.error });
      // A clear error names the file (and where, when the CLI knows where).
      expect(shown.ok ? '' : shown.error).toMatch(
        new RegExp(`^${file.replace('.', '\\.')}(:\\d+:\\d+)?: `),
      );
    } else {
      // Parquet and workbooks have no text encoding; the select then shows its first option.
      const ui = expected.encoding ? shown : { ...shown, encoding: '' };
      expect(ui).toEqual(expected);
    }
    expect(await w.page.textContent('[data-testid=mydata-list]')).toContain('parity keeper');
    console.log(
      `[import-parity] ${file}: ${expected.ok ? `${expected.shape}, ${expected.rows} rows, ${expected.matched} matched` : expected.error}`,
    );
  });

  it('left the page clean', () => {
    expectClean(w);
  });
});
