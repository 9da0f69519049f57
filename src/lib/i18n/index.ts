export { getMessages, MESSAGES, LOCALES, zh, en } from './messages';
export type { Lang, Messages } from './messages';
export { createFormatters } from './format';
export type { Formatters, QualifierStyle } from './format';
export { regionLabel } from './region-name';
export type { RegionNames } from './region-name';
export { componentMessages } from './components';
export type { ComponentMessages } from './components';
export { importWarningText, importErrorText } from './import-messages';
