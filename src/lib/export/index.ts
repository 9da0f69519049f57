export { toCsv } from './csv';
export type { CsvColumn } from './csv';
export { serializeSvg, svgToPngBlob, downloadBlob } from './svg';
export type { SerializeOptions, PngOptions } from './svg';
export { safeFileName } from './file-name';
