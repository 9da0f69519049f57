import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, MAP_REGIONS, expectClean, screenshot, waitForMapTitle } from './browser';
import { parseCsv } from './dataset';
import { useAppSession } from './session';

const TITLE = '各省示范单位（E2E 测试标题）';
const APPROVAL = 'GS(2024)1234号';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function download(page: Page, testid: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testid).click(),
  ]);
  const path = await file.path();
  const name = file.suggestedFilename();
  await file.saveAs(
    `${ARTIFACTS}/export-${testid.replace('export-', '')}${name.slice(name.lastIndexOf('.'))}`,
  );
  return { name, bytes: readFileSync(path) };
}

describe('exporting the map', () => {
  const session = useAppSession();

  it('exports SVG, PNG and CSV carrying the edited title and 审图号, matching the map', async () => {
    const stocks = await session.data.latestStocks('demo_units_named');
    const provinces = await session.data.regionsOf('province');
    const w = await session.open();
    const { page } = w;

    await page.getByTestId('export-title').fill(TITLE);
    await page.getByTestId('export-caption').fill(APPROVAL);
    await waitForMapTitle(page, (t) => t === TITLE);
    await expect
      .poll(() => page.locator('[data-testid=choropleth] text').allTextContents())
      .toContain(`审图号：${APPROVAL}`);
    await screenshot(page, 'export-edited-map');

    // SVG: well-formed XML with the title, the caption, a font and the South China Sea inset.
    const svg = await download(page, 'export-svg');
    expect(svg.name).toMatch(/\.svg$/);
    const text = svg.bytes.toString('utf8');
    const doc = new JSDOM(text, { contentType: 'image/svg+xml' }).window.document;
    const root = doc.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    const texts = Array.from(doc.querySelectorAll('text')).map((t) => t.textContent);
    expect(texts).toContain(TITLE);
    expect(texts).toContain(`审图号：${APPROVAL}`);
    expect(root.getAttribute('font-family') ?? '').toMatch(/sans-serif/);
    expect(doc.querySelector('g.inset path.nanhai')?.getAttribute('d') ?? '').not.toBe('');
    expect(doc.querySelectorAll('script').length).toBe(0);
    expect(doc.querySelectorAll('path[data-code]').length).toBe(provinces.length);

    // PNG: a PNG whose width is twice the map's on-screen width.
    const onScreen = await page
      .getByTestId('choropleth')
      .evaluate((s) => s.getBoundingClientRect().width);
    const png = await download(page, 'export-png');
    expect(png.name).toMatch(/\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(png.bytes.readUInt32BE(16)).toBe(Math.round(onScreen * 2));
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(0);

    // CSV: BOM, one row per region on the map, values as in the data.
    const csv = await download(page, 'export-csv');
    expect(csv.name).toMatch(/\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(csv.bytes.toString('utf8').slice(1));
    const codeAt = header!.indexOf('区划代码');
    const valueAt = header!.indexOf('数值');
    expect(codeAt).toBeGreaterThanOrEqual(0);
    expect(valueAt).toBeGreaterThanOrEqual(0);
    const onMap = await page
      .locator(MAP_REGIONS)
      .evaluateAll((ps) => ps.map((p) => p.getAttribute('data-code')));
    expect(rows.map((r) => r[codeAt]).sort()).toEqual([...onMap].sort());
    for (const row of rows) {
      const expected = stocks.get(row[codeAt]!);
      expect(row[valueAt], row[codeAt]).toBe(expected === undefined ? '' : String(expected));
    }
    expect(await page.getByRole('status').filter({ hasText: 'CSV ✓' }).count()).toBe(1);
    expectClean(w);
  });
});
