/**
 * Migration ids are the leading digits of a file name exactly as written (`000001`). They sort numerically,
 * and ids can be long timestamps (`20240101120000`), so they are compared as digit strings, never as Numbers.
 */

/** Strips leading zeros, keeping one digit: `000010` -> `10`, `0000` -> `0`. */
function significant(id: string): string {
  const stripped = id.replace(/^0+/, '');
  return stripped === '' ? '0' : stripped;
}

/**
 * Numeric order of ids; ids that are numerically equal but written differently (`000010`, `10`) are still
 * different ids, so the tie is broken by the string to keep the order total and stable.
 */
export function compareIds(a: string, b: string): number {
  const x = significant(a);
  const y = significant(b);
  if (x.length !== y.length) return x.length - y.length;
  if (x !== y) return x < y ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

/** True when two differently written ids denote the same number (`1` and `000001`). */
export function sameNumber(a: string, b: string): boolean {
  return significant(a) === significant(b);
}

/** A sorted copy, numeric order. */
export function sortIds(ids: Iterable<string>): string[] {
  return [...ids].sort(compareIds);
}
