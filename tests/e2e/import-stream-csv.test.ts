import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectClean } from './browser';
import { addImport, importToPreview, recordProgress, showOwnIndicator } from './import-flow';
import { useAppSession, useTempDir } from './session';

const PROVINCES = ['北京市', '天津市', '河北省', '山西省', '内蒙古自治区', '辽宁省', '吉林省'];
const YEARS = 50;
const INDICATORS = 200;
const ROWS = PROVINCES.length * YEARS * INDICATORS;

/**
 * A long CSV over the 64 MiB streaming threshold: each row carries a ~1 KB remark column
 * (as yearbook exports do), which the import ignores, so the file is big and the table not.
 */
function writeBigCsv(path: string): void {
  const remark = '统计口径说明：按常住人口计算，含驻地单位。'.repeat(24);
  const lines = ['地区,年份,指标,数值,说明'];
  for (let k = 0; k < INDICATORS; k++)
    for (const name of PROVINCES)
      for (let y = 0; y < YEARS; y++)
        lines.push(`${name},${1970 + y},流式指标${k},${(y * 13 + k) % 997}.5,${remark}`);
  writeFileSync(path, lines.join('\n'));
}

describe('a CSV file over 64 MiB', () => {
  const dir = useTempDir('mz-stream-csv-');
  const session = useAppSession();

  it('is read as a stream with byte progress, previewed, added and shown on the map', async () => {
    const file = join(dir.path, 'big-yearbook.csv');
    writeBigCsv(file);
    const size = statSync(file).size;
    expect(size).toBeGreaterThan(64 * 2 ** 20);
    const w = await session.open();
    const { page } = w;
    await page.click('[data-testid=import-details] summary');
    const progress = await recordProgress(page);
    await importToPreview(page, file, 300_000);
    expect(await page.textContent('[data-testid=import-rows]')).toBe(String(ROWS));
    expect(await page.textContent('[data-testid=import-matched]')).toBe(String(PROVINCES.length));
    const seen = await progress();
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.every((s) => /^已读取 \d+ \/ \d+ MiB$/.test(s))).toBe(true);
    expect(seen.at(-1)).toBe(
      `已读取 ${(size / 2 ** 20).toFixed(0)} / ${(size / 2 ** 20).toFixed(0)} MiB`,
    );

    await addImport(page, 300_000);
    expect(await page.textContent('[data-testid=mydata-list]')).toContain(
      ROWS.toLocaleString('zh-CN'),
    );
    await showOwnIndicator(page, '流式指标0', '110000', 30_000);
    expectClean(w);
  });
});
