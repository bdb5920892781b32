/**
 * "Did you mean": the one edit-distance suggestion used for config keys, commands and flags. A candidate spelled
 * the same but for case, '-', '_' and spaces wins; else the closest within a couple of typos (one per four
 * characters, at least one), so that a wild guess gets no suggestion rather than a misleading one.
 */

/** The candidate closest to `word`, or undefined when none is close enough. */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const normal = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, '');
  const others = candidates.filter((c) => c !== word);
  let match = others.find((c) => normal(c) === normal(word));
  if (!match) {
    const limit = Math.max(1, Math.floor(word.length / 4));
    let best = limit + 1;
    for (const c of others) {
      const d = editDistance(normal(word), normal(c), limit);
      if (d < best) [best, match] = [d, c];
    }
  }
  return match;
}

/**
 * Edit distance of a and b where swapping two neighbours counts as one edit (optimal string alignment: `stauts`
 * is one typo from `status`), or limit + 1 as soon as it is known to exceed limit.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, before[j - 2]! + 1);
      least = Math.min(least, row[j]!);
    }
    if (least > limit) return limit + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}
