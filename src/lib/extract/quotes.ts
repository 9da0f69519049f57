/**
 * Which characters sit inside quotation marks or title brackets (“…”, 《…》, 【…】, "…").
 * Figures there name slogans, plans and titles ("13610"计划, 《规划(2021-2025年)》).
 */

const PAIRS: Record<string, string> = {
  '“': '”',
  '‘': '’',
  '「': '」',
  '『': '』',
  '《': '》',
  '〈': '〉',
  '【': '】',
  '〔': '〕',
};
const CLOSERS = new Set(Object.values(PAIRS));
/** A quote left open longer than this is a stray mark, not a quotation. */
const MAX_QUOTED = 60;
/** Marks that quote words (speech, slogans), not titles. */
const SPEECH_OPENERS = new Set(['“', '‘', '「', '『', '"']);
/**
 * Quoted speech (“今年我们计划投入600万元，打造10个示范村。”) reports what someone said: its
 * figures are statistics like any sentence's. A slogan or a name holds no full stop and no
 * clause break.
 */
const isSpeech = (quoted: string) =>
  /[。！？!?]/.test(quoted) || (/[，,；;]/.test(quoted) && quoted.length >= 12);

export function quotedMask(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  const stack: { close: string; at: number }[] = [];
  let straight = -1;
  const fill = (from: number, to: number) => {
    if (to - from > MAX_QUOTED) return;
    if (SPEECH_OPENERS.has(text[from] ?? '') && isSpeech(text.slice(from + 1, to))) return;
    for (let k = from; k <= to; k++) mask[k] = true;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '\n') {
      stack.length = 0;
      straight = -1;
    } else if (c === '"') {
      if (straight >= 0) {
        fill(straight, i);
        straight = -1;
      } else straight = i;
    } else if (PAIRS[c]) {
      stack.push({ close: PAIRS[c] ?? '', at: i });
    } else if (CLOSERS.has(c)) {
      const idx = stack.map((s) => s.close).lastIndexOf(c);
      if (idx >= 0) {
        const open = stack[idx];
        stack.length = idx;
        if (open) fill(open.at, i);
      }
    }
  }
  return mask;
}

/** True if the text just before `at` is a closing quote or bracket (“A”“B”5个行动). */
export function followsQuote(text: string, at: number): boolean {
  return /[”’」』》"]$/.test(text.slice(Math.max(0, at - 1), at));
}
