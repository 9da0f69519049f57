/**
 * User files → plain text for extraction. Offsets of extracted facts point into the text
 * returned here (for HTML: the text content, not the markup).
 */
import { pipeRows } from './html-pipe-rows';

export type DocumentKind = 'txt' | 'html' | 'md' | 'docx';

export interface ReadDocumentResult {
  kind: DocumentKind;
  text: string;
}

export function documentKind(fileName: string): DocumentKind {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'docx') return 'docx';
  return 'txt';
}

const BLOCK_TAGS =
  /^(?:p|div|br|li|ul|ol|tr|table|h[1-6]|section|article|header|footer|blockquote|pre|dd|dt|td|th|hr|title|caption)$/i;
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  hellip: '…',
  middot: '·',
};

function decodeEntity(entity: string): string {
  const named = ENTITIES[entity.toLowerCase()];
  if (named) return named;
  const num = /^#(x?)([0-9a-f]+)$/i.exec(entity);
  if (!num?.[2]) return `&${entity};`;
  const cp = parseInt(num[2], num[1] ? 16 : 10);
  return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
}

/**
 * Text content of an HTML page without a DOM (works in workers and Node): scripts, styles
 * and comments dropped, block elements as line breaks, entities decoded.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const re =
    /<!--[\s\S]*?-->|<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>|<\/?([a-z][a-z0-9]*)\b[^>]*>|&(#?[a-z0-9]+);/gi;
  const cells = pipeRows();
  let last = 0;
  for (const m of html.matchAll(re)) {
    const at = m.index ?? 0;
    out.push(html.slice(last, at).replace(/\s*\n\s*/g, ' '));
    last = at + m[0].length;
    const tag = m[2]?.toLowerCase();
    const closing = m[0].startsWith('</');
    if (m[3]) out.push(decodeEntity(m[3]));
    else if (tag === 'td' || tag === 'th') out.push(closing ? ' ' : cells.cell(m[0]));
    else if (tag && BLOCK_TAGS.test(tag)) {
      if (tag === 'table' && !closing) cells.table();
      if (tag === 'tr') out.push(closing ? cells.endRow() : cells.startRow());
      if (tag === 'table' && closing) out.push(cells.endRow());
      out.push('\n');
    }
  }
  out.push(html.slice(last).replace(/\s*\n\s*/g, ' '));
  return out
    .join('')
    .replace(/[ \t]*\n[ \t\n]*/g, '\n')
    .trim();
}

/** Markdown as text: markup characters dropped, link text kept, line structure and table pipes kept. */
export function markdownToText(md: string): string {
  return (
    md
      .replace(/```[^\n]*\n?/g, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+(?=\S))/gm, '')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      // Pipes stay: a table's rows are read cell by cell under their header. The separator
      // row goes with its line break, so the header stays next to its rows.
      .replace(/^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?:\n|$)/gm, '')
  );
}

/** A .docx as plain paragraphs via mammoth (loaded lazily: it is large and rarely needed). */
async function docxToText(data: ArrayBuffer): Promise<string> {
  const mammoth = await import('mammoth');
  // Node's mammoth reads `buffer` (any byte array), its browser build reads `arrayBuffer`.
  const input = { arrayBuffer: data, buffer: new Uint8Array(data) };
  const result = await mammoth.extractRawText(input as { arrayBuffer: ArrayBuffer });
  return result.value;
}

export async function readDocument(
  fileName: string,
  data: ArrayBuffer | string,
): Promise<ReadDocumentResult> {
  const kind = documentKind(fileName);
  if (kind === 'docx') {
    if (typeof data === 'string') throw new TypeError('A .docx file must be read as bytes.');
    return { kind, text: await docxToText(data) };
  }
  const raw = typeof data === 'string' ? data : new TextDecoder('utf-8').decode(data);
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (kind === 'html') return { kind, text: htmlToText(text) };
  if (kind === 'md') return { kind, text: markdownToText(text) };
  return { kind, text };
}
