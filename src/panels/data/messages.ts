import type { Lang } from '../../lib/i18n';
import { StoreError } from '../../lib/store';

/** "My data" words for storage failures (zh is the reference; en has the same keys). */

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

const zh = {
  quota: (needed: number | null, free: number | null) =>
    '浏览器存储空间已满：' +
    (needed !== null ? `该数据集需要 ${mb(needed)} MB` : '') +
    (free !== null ? `，仅剩 ${mb(free)} MB` : '') +
    '。数据集未保存，已有数据没有改变；请删除数据集或释放空间后再加入。',
  unavailable: '此浏览器不保存本地数据（IndexedDB 不可用），刷新后导入的数据会消失。',
};

export type DataMessages = typeof zh;

const en: DataMessages = {
  quota: (needed, free) =>
    'Browser storage is full: ' +
    (needed !== null ? `the dataset needs ${mb(needed)} MB` : 'the dataset does not fit') +
    (free !== null ? ` and ${mb(free)} MB is free` : '') +
    '. It was not saved and your data is unchanged; delete a dataset or free space, then add it again.',
  unavailable:
    'This browser keeps no local data (IndexedDB is off): imported data is gone after a reload.',
};

/** A store failure in the user's language; other errors keep their own message. */
export function storeErrorText(error: Error, lang: Lang): string {
  const m = lang === 'zh' ? zh : en;
  if (!(error instanceof StoreError)) return error.message;
  if (error.kind === 'quota') return m.quota(error.figures?.needed ?? null, error.figures?.free ?? null);
  if (error.kind === 'unavailable') return m.unavailable;
  return error.message;
}
