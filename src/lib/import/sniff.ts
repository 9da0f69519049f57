const CANDIDATES = [',', '\t', ';', '|'] as const;
const SAMPLE_LINES = 50;

/** Field counts per line for one delimiter, honouring double quotes (across lines too). */
function countsPerLine(sample: string, delimiter: string): number[] {
  const counts: number[] = [];
  let inQuotes = false;
  let count = 0;
  for (let i = 0; i < sample.length && counts.length < SAMPLE_LINES; i++) {
    const c = sample[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === delimiter) count++;
    else if (!inQuotes && c === '\n') {
      counts.push(count);
      count = 0;
    }
  }
  if (count > 0) counts.push(count);
  return counts;
}

/** The score of a delimiter: lines agreeing on the most common non-zero count, times that count's weight. */
function score(counts: number[]): number {
  const tally = new Map<number, number>();
  for (const c of counts) if (c > 0) tally.set(c, (tally.get(c) ?? 0) + 1);
  let best = 0;
  for (const [fields, lines] of tally) best = Math.max(best, lines * Math.log2(fields + 1));
  return best;
}

/**
 * The delimiter whose count is most consistent over the first lines. Metadata and
 * footnote lines (no delimiters, or one) barely move the score; ties go to the hint
 * from the file name (`.tsv` → tab), then comma.
 */
export function sniffDelimiter(sample: string, hint?: string): string {
  let best: string = hint ?? ',';
  let bestScore = hint ? score(countsPerLine(sample, hint)) : -1;
  for (const d of CANDIDATES) {
    const s = score(countsPerLine(sample, d));
    if (s > bestScore) {
      best = d;
      bestScore = s;
    }
  }
  return best;
}
