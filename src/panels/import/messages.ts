import type { Lang } from '../../lib/i18n';
import type { RowGroupError } from '../../lib/import';
import type { MemoryVerdict } from './memory-estimate';

/**
 * The import panel's own messages (zh is the reference; en has the same keys): limits,
 * progress and the damaged-row-group hint. Errors from lib/import keep their technical
 * `file:line:column: message` form beside these, as the CLI prints it.
 */

type Limit = Exclude<MemoryVerdict, { level: 'ok' }>;
type RowGroup = RowGroupError['rowGroup'];

const gib = (bytes: number) => (bytes / 2 ** 30).toFixed(1);
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

const zh = {
  fileTooLarge: (file: string, bytes: number, limit: number) =>
    `${file}：文件有 ${gib(bytes)} GiB，超过浏览器标签页可导入的 ${gib(limit)} GiB 上限。请拆分文件后再导入。`,
  memory: (file: string, v: Limit) => {
    const rows =
      v.longRows === null ? '' : `（约 ${v.longRows.toLocaleString('zh-CN')} 行长表数据）`;
    const verdict =
      v.level === 'refuse' ? '已停止导入，未加入任何数据。' : '可能会失败；如失败请拆分文件。';
    if (v.reason === 'buffer')
      return `${file}：需要一次读入 ${gib(v.estimateBytes)} GiB 的单个数据块，超过浏览器 ${gib(v.limitBytes)} GiB 的单块上限。${verdict}请用更小的行组重新导出。`;
    if (v.reason === 'row_group')
      return `${file}：一个行组解压后约 ${mib(v.estimateBytes)} MiB，一次解码会很慢、占用大量内存。${verdict}`;
    return `${file}：预计需要约 ${gib(v.estimateBytes)} GiB 内存${rows}，而浏览器中的 DuckDB 最多只能使用 ${gib(v.limitBytes)} GiB。${verdict}`;
  },
  rowGroup: (file: string, g: RowGroup) =>
    `${file}：第 ${g.index} 个行组（共 ${g.count} 个；第 ${g.firstRow.toLocaleString('zh-CN')}–${g.lastRow.toLocaleString('zh-CN')} 行）已损坏，无法读取。已读取的部分已丢弃，现有数据没有改变。`,
  stagingFailed: (file: string, why: string) => `${file}：暂存数据失败（${why}），未加入任何数据。`,
  progress: (done: number, total: number, unit: 'bytes' | 'rowGroups') =>
    unit === 'rowGroups'
      ? `已读取第 ${done} / ${total} 个行组`
      : `已读取 ${mib(done)} / ${mib(total)} MiB`,
  staged: (rows: number) => `已暂存 ${rows.toLocaleString('zh-CN')} 行，尚未加入仪表盘`,
  cancel: '取消导入',
  cancelled: '已取消导入，未加入任何数据。',
};

export type ImportMessages = typeof zh;

const en: ImportMessages = {
  fileTooLarge: (file, bytes, limit) =>
    `${file}: the file is ${gib(bytes)} GiB, over the ${gib(limit)} GiB a browser tab can import. Split it and import the parts.`,
  memory: (file, v) => {
    const rows = v.longRows === null ? '' : ` (about ${v.longRows.toLocaleString('en')} long rows)`;
    const verdict =
      v.level === 'refuse'
        ? 'The import was stopped; nothing was added.'
        : 'It may fail; if it does, split the file.';
    if (v.reason === 'buffer')
      return `${file}: reading it needs one ${gib(v.estimateBytes)} GiB block at once, over the browser's ${gib(v.limitBytes)} GiB limit for a single buffer. ${verdict} Write it again with smaller row groups.`;
    if (v.reason === 'row_group')
      return `${file}: one row group is about ${mib(v.estimateBytes)} MiB uncompressed; decoding it at once is slow and takes a lot of memory. ${verdict}`;
    return `${file}: about ${gib(v.estimateBytes)} GiB of memory is needed${rows}, and DuckDB in the browser can use at most ${gib(v.limitBytes)} GiB. ${verdict}`;
  },
  rowGroup: (file, g) =>
    `${file}: row group ${g.index} of ${g.count} (rows ${g.firstRow.toLocaleString('en')}–${g.lastRow.toLocaleString('en')}) is damaged and cannot be read. What was read has been discarded; your data is unchanged.`,
  stagingFailed: (file, why) => `${file}: staging the rows failed (${why}); nothing was added.`,
  progress: (done, total, unit) =>
    unit === 'rowGroups'
      ? `Read row group ${done} of ${total}`
      : `Read ${mib(done)} of ${mib(total)} MiB`,
  staged: (rows) => `${rows.toLocaleString('en')} rows staged, not yet on the dashboard`,
  cancel: 'Cancel import',
  cancelled: 'Import cancelled; nothing was added.',
};

export function importMessages(lang: Lang): ImportMessages {
  return lang === 'zh' ? zh : en;
}
