/**
 * Text normalisation that keeps a map back to the original: every character of the
 * normalised text knows the offset of the original character it came from.
 */
import { wrappedBreaks } from './line-breaks';

export type ToSimplified = (text: string) => string;

/** OpenCC's `Converter` factory (opencc-js), injected so its dictionaries stay optional. */
export type ConverterFactory = (options: { from: 'tw' | 'hk'; to: 'cn' }) => ToSimplified;

/**
 * Traditional → Simplified for Taiwan and Hong Kong texts alike: 'tw' alone leaves Hong Kong
 * forms (衞, 粧) unconverted, 'hk' alone leaves Taiwan's 著 (着); Taiwan first, then Hong Kong.
 */
export function createToSimplified(Converter: ConverterFactory): ToSimplified {
  const fromTw = Converter({ from: 'tw', to: 'cn' });
  const fromHk = Converter({ from: 'hk', to: 'cn' });
  return (text) => fromHk(fromTw(text));
}

export interface NormalizedText {
  /** NFKC, Simplified, pinyin annotations dropped, spaces next to Han characters removed. */
  text: string;
  /** `map[i]` is the original offset of `text[i]`; `map[text.length]` is the original length. */
  map: number[];
}

const HAN = /\p{Script=Han}/u;
/** Pinyin syllables, with tone marks or tone numbers (ü also written v): qū, qu1, lv4. */
const SYLLABLES = '(?:[a-zàáâãāǎèéêēěìíīǐòóōǒùúūǔüǖǘǚǜ]{1,6}[1-5]?\\s?){1,4}';
/**
 * A pinyin gloss after a character, as OCR and converters leave it: 區(qū), 雲（yún）
 * (NFKC has made the brackets half-width), 區[qu1].
 */
const PINYIN_GLOSS = new RegExp(`^(?:\\(${SYLLABLES}\\)|\\[${SYLLABLES}\\])`, 'i');
const SPACE = /[ \t\u00a0\u3000\u2002-\u200b]/;

interface Piece {
  text: string;
  from: number;
}

/** NFKC code point by code point, so each output unit keeps its source offset. */
function foldPieces(original: string): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  for (const ch of original) {
    pieces.push({ text: ch.normalize('NFKC'), from: offset });
    offset += ch.length;
  }
  return pieces;
}

function flatten(pieces: Piece[]): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  for (const piece of pieces) {
    text += piece.text;
    for (let i = 0; i < piece.text.length; i++) map.push(piece.from);
  }
  return { text, map };
}

/**
 * OpenCC converts phrase by phrase and almost never changes length; where it does, the
 * line is converted character by character so offsets stay exact.
 */
function simplify(text: string, toSimplified: ToSimplified): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  return text
    .split('\n')
    .map((line) => {
      const converted = toSimplified(line);
      if (converted.length === line.length) return converted;
      return Array.from(line, (ch) => {
        const one = toSimplified(ch);
        return one.length === ch.length ? one : ch;
      }).join('');
    })
    .join('\n');
}

const isHanAt = (text: string, i: number): boolean => i >= 0 && HAN.test(text[i] ?? '');

/** Characters kept: drops pinyin glosses after Han characters and spaces beside Han text. */
function keepMask(text: string): boolean[] {
  const keep = new Array<boolean>(text.length).fill(true);
  for (const drop of wrappedBreaks(text)) keep.fill(false, drop.start, drop.end);
  for (let i = 0; i < text.length; i++) {
    if (!keep[i]) continue;
    let han = i - 1;
    while (han >= 0 && SPACE.test(text[han] ?? '')) han--;
    if ((text[i] === '(' || text[i] === '[') && isHanAt(text, han)) {
      const gloss = PINYIN_GLOSS.exec(text.slice(i, i + 40));
      if (gloss) {
        for (let j = i; j < i + gloss[0].length; j++) keep[j] = false;
        i += gloss[0].length - 1;
        continue;
      }
    }
    if (SPACE.test(text[i] ?? '')) {
      let a = i - 1;
      while (a >= 0 && SPACE.test(text[a] ?? '')) a--;
      let b = i + 1;
      while (b < text.length && SPACE.test(text[b] ?? '')) b++;
      const before = text[a] ?? '';
      const after = text[b] ?? '';
      const latinBoth = /[A-Za-z0-9.]/.test(before) && /[A-Za-z0-9.]/.test(after);
      if (!latinBoth || isHanAt(text, a) || isHanAt(text, b)) keep[i] = false;
    }
  }
  return keep;
}

export function normalizeText(
  original: string,
  opts: { toSimplified?: ToSimplified } = {},
): NormalizedText {
  const folded = flatten(foldPieces(original));
  const converted = opts.toSimplified ? simplify(folded.text, opts.toSimplified) : folded.text;
  const keep = keepMask(converted);
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < converted.length; i++) {
    if (!keep[i]) continue;
    text += converted[i];
    map.push(folded.map[i] ?? original.length);
  }
  map.push(original.length);
  return { text, map };
}

/** The original span of normalised `[start, end)`: from the first source character to past the last. */
export function toOriginalSpan(
  norm: NormalizedText,
  original: string,
  start: number,
  end: number,
): { start: number; end: number } {
  const from = norm.map[start] ?? original.length;
  if (end <= start) return { start: from, end: from };
  const last = norm.map[end - 1] ?? original.length;
  const cp = original.codePointAt(last) ?? 0;
  return { start: from, end: last + (cp > 0xffff ? 2 : 1) };
}
