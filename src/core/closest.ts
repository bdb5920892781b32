/**
 * "Did you mean": the candidate closest to a name someone typed. One implementation for every suggestion
 * (config keys, environments): a candidate spelled the same but for case, `-`, `_` and spaces wins, then one the
 * name abbreviates (three characters at least), else the nearest by edit distance within a couple of typos (one
 * per four characters, at least one).
 */

const normal = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, '');

/** The candidate closest to `name`, or undefined when none is near enough to be a typo of it. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const others = candidates.filter((c) => c !== name);
  const same = others.find((c) => normal(c) === normal(name));
  if (same) return same;
  // An abbreviation (`prod` for production, `dev` for development) is far by edit distance, near in intent.
  const n = normal(name);
  const longer = n.length >= 3 ? others.filter((c) => normal(c).startsWith(n)) : [];
  if (longer.length > 0) return longer.sort((a, b) => a.length - b.length)[0];
  const limit = Math.max(1, Math.floor(name.length / 4));
  let best = limit + 1;
  let match: string | undefined;
  for (const c of others) {
    const d = editDistance(normal(name), normal(c), limit);
    if (d < best) [best, match] = [d, c];
  }
  return match;
}

/**
 * Edit distance of a and b counting a swap of two neighbours as one typo (optimal string alignment), or limit + 1
 * as soon as it is known to exceed limit.
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
