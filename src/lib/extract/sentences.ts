/** Sentences, clauses and lines of the normalised text, as spans. */

export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[。!?！？\n]/;

/** A full stop written as "." (OCR, half-width input) ends a sentence unless it sits between digits. */
function isStop(text: string, i: number): boolean {
  const c = text[i] ?? '';
  if (SENTENCE_END.test(c)) return true;
  if (c !== '.') return false;
  // NFKC turns … into "...": an ellipsis inside a sentence, not its end.
  if (text[i - 1] === '.' || text[i + 1] === '.') return false;
  return !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
}

function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return e > s ? { start: s, end: e } : null;
}

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isStop(text, i)) continue;
    // Keep closing quotes and brackets with the sentence they end.
    let end = i + 1;
    while (/[”’」』)\]]/.test(text[end] ?? '')) end++;
    const span = trimSpan(text, start, end);
    if (span) spans.push(span);
    start = end;
    i = end - 1;
  }
  const last = trimSpan(text, start, text.length);
  if (last) spans.push(last);
  return spans;
}

/** The clause around `at`: between the nearest , ; : (or sentence edges). */
export function clauseAround(text: string, sentence: Span, at: number): Span {
  const isBreak = (c: string) => /[,;:，；：]/.test(c);
  let start = at;
  while (start > sentence.start && !isBreak(text[start - 1] ?? '')) start--;
  let end = at;
  while (end < sentence.end && !isBreak(text[end] ?? '')) end++;
  return { start, end };
}

/** The semicolon-delimited part of a sentence around `at` (一是…;二是…). */
export function segmentAround(text: string, sentence: Span, at: number): Span {
  let start = at;
  while (start > sentence.start && !/[;；]/.test(text[start - 1] ?? '')) start--;
  let end = at;
  while (end < sentence.end && !/[;；]/.test(text[end] ?? '')) end++;
  return { start, end };
}

export function lineAround(text: string, at: number): Span {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

/** Every line of the text, empty ones included, as spans. */
export function lineSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    spans.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return spans;
}
