/**
 * Width estimates for laying out text without measuring it: jsdom cannot measure, and the same
 * layout must come out of the browser, the tests and an exported file.
 */

const CJK =
  /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\u{20000}-\u{3134f}]/u;
// Kinsoku: these may not start (or, the second set, end) a line.
const NO_LINE_START = '，。、；：？！）》」』】〉’”…%,.;:?!)';
const NO_LINE_END = '（《「『【〈‘“(';
const ELLIPSIS = '…';

export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

/** Estimated advance in px: CJK ≈ 1em, other characters ≈ 0.55em, spaces ≈ 0.3em. */
export function estimateWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += isCjk(ch) ? 1 : ch === ' ' ? 0.3 : 0.55;
  return em * fontSize;
}

/** Shortens text to fit maxWidth, ending it with an ellipsis when cut. */
export function truncateText(text: string, maxWidth: number, fontSize: number): string {
  return estimateWidth(text, fontSize) <= maxWidth ? text : withEllipsis(text, maxWidth, fontSize);
}

function withEllipsis(text: string, maxWidth: number, fontSize: number): string {
  const chars = [...text];
  while (chars.length > 0 && estimateWidth(chars.join('') + ELLIPSIS, fontSize) > maxWidth) {
    chars.pop();
  }
  return chars.join('').trimEnd() + ELLIPSIS;
}

interface Token {
  text: string;
  spaceBefore: boolean;
}

/** Breakable units: one CJK character, or one Latin word, with punctuation glued on. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let space = false;
  for (const ch of text) {
    if (/\s/.test(ch)) {
      space = tokens.length > 0;
      continue;
    }
    const last = tokens.at(-1);
    const prev = last ? ([...last.text].at(-1) ?? '') : '';
    const glue =
      last !== undefined &&
      !space &&
      (NO_LINE_START.includes(ch) || NO_LINE_END.includes(prev) || (!isCjk(ch) && !isCjk(prev)));
    if (glue) last.text += ch;
    else tokens.push({ text: ch, spaceBefore: space });
    space = false;
  }
  return tokens;
}

function splitLong(word: string, maxWidth: number, fontSize: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece !== '' && estimateWidth(piece + ch, fontSize) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  return piece === '' ? pieces : [...pieces, piece];
}

/**
 * Greedy line breaking by estimated width: CJK breaks between characters, Latin at spaces.
 * Lines beyond maxLines are dropped and the last kept line ends with an ellipsis.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines = Infinity,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokenize(text)) {
    const candidate = line === '' ? token.text : line + (token.spaceBefore ? ' ' : '') + token.text;
    if (estimateWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    const pieces = splitLong(token.text, maxWidth, fontSize);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const lastIndex = kept.length - 1;
  kept[lastIndex] = withEllipsis(kept[lastIndex] ?? '', maxWidth, fontSize);
  return kept;
}
