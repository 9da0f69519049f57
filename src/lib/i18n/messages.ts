import { en } from './en';
import { zh, type Messages } from './zh';

export type Lang = 'zh' | 'en';
export type { Messages };
export { zh, en };

export const MESSAGES: Readonly<Record<Lang, Messages>> = { zh, en };

/** Intl locale per UI language; passed explicitly so output never depends on the host. */
export const LOCALES: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en-US' };

export function getMessages(lang: Lang): Messages {
  return MESSAGES[lang];
}
