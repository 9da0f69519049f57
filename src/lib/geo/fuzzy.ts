/** Every string obtained by deleting one character (by code point). */
export function singleDeletions(text: string): string[] {
  const chars = Array.from(text);
  const result = new Set<string>();
  for (let i = 0; i < chars.length; i++) {
    result.add(chars.slice(0, i).join('') + chars.slice(i + 1).join(''));
  }
  return [...result];
}

/** Levenshtein distance over code points. */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/** 1 for equal strings, 0 for nothing in common; containment counts for more than edits. */
export function similarity(query: string, key: string): number {
  const longest = Math.max(Array.from(query).length, Array.from(key).length);
  if (longest === 0) return 0;
  const byEdits = 1 - editDistance(query, key) / longest;
  const shorter = Math.min(Array.from(query).length, Array.from(key).length);
  const contained = key.includes(query) || query.includes(key);
  return contained ? Math.max(byEdits, 0.5 + (0.4 * shorter) / longest) : byEdits;
}
