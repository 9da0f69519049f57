/** One cell of a table found in text, and what makes it a figure. */
import type { Span } from './sentences';

export interface TableCell extends Span {
  text: string;
}

/** A figure alone in its cell: 682.5, 1,234, ６８２．５ (full width), 45.5%. */
export const NUMERIC_CELL = /^[+-]?[\d０-９][\d０-９,，]*(?:[.．][\d０-９]+)?[%％]?$/;
