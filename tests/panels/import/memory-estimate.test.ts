import { describe, expect, it } from 'vitest';
import {
  BASE_HEAP_BYTES,
  HEAP_BYTES_PER_LONG_ROW,
  judgeMemory,
} from '../../../src/panels/import/memory-estimate';
import { importMessages } from '../../../src/panels/import/messages';

const GiB = 2 ** 30;
const rowsFor = (bytes: number) => Math.ceil((bytes - BASE_HEAP_BYTES) / HEAP_BYTES_PER_LONG_ROW);

describe('judgeMemory(size)', () => {
  it('lets a million long rows through', () => {
    expect(judgeMemory({ fileBytes: 5e6, longRows: 1e6, largestBufferBytes: 1e6 })).toEqual({
      level: 'ok',
    });
  });

  it('warns above 1.5 GiB of expected heap and refuses above 3 GiB, with the figures', () => {
    const warn = judgeMemory({ fileBytes: 1, longRows: rowsFor(2 * GiB), largestBufferBytes: 1 });
    expect(warn).toMatchObject({ level: 'warn', reason: 'heap', limitBytes: 4 * GiB });
    const refuse = judgeMemory({
      fileBytes: 1,
      longRows: rowsFor(3.2 * GiB),
      largestBufferBytes: 1,
    });
    expect(refuse).toMatchObject({ level: 'refuse', reason: 'heap' });
    if (refuse.level === 'ok') throw new Error('refused');
    expect(refuse.estimateBytes / GiB).toBeCloseTo(3.2, 2);
    expect(importMessages('zh').memory('big.parquet', refuse)).toBe(
      `big.parquet：预计需要约 3.2 GiB 内存（约 ${refuse.longRows!.toLocaleString('zh-CN')} 行长表数据），而浏览器中的 DuckDB 最多只能使用 4.0 GiB。已停止导入，未加入任何数据。`,
    );
    expect(importMessages('en').memory('big.parquet', refuse)).toContain(
      'about 3.2 GiB of memory is needed',
    );
  });

  it('refuses a single buffer over 2 GiB whatever the row count', () => {
    expect(
      judgeMemory({ fileBytes: 3 * GiB, longRows: 10, largestBufferBytes: 2.5 * GiB }),
    ).toMatchObject({ level: 'refuse', reason: 'buffer', limitBytes: 2 * GiB });
  });

  it('judges a text file read whole by its size before reading it', () => {
    expect(judgeMemory({ fileBytes: 100e6, longRows: null, largestBufferBytes: 100e6 }).level).toBe(
      'ok',
    );
    expect(
      judgeMemory({ fileBytes: 300 * 2 ** 20, longRows: null, largestBufferBytes: 300 * 2 ** 20 }),
    ).toMatchObject({ level: 'warn', reason: 'heap', longRows: null });
  });

  it('warns when one Parquet row group decodes to more than 512 MiB', () => {
    expect(
      judgeMemory({
        fileBytes: 1e8,
        longRows: 1e5,
        largestBufferBytes: 1e8,
        decodedAtOnceBytes: 600 * 2 ** 20,
      }),
    ).toMatchObject({ level: 'warn', reason: 'row_group' });
  });
});
