/**
 * Migration ids are the leading digits of a file name exactly as written (`000001`). They sort numerically,
 * and ids can be long timestamps (`20240101120000`), so they are compared as digit strings, never as Numbers.
 */

/** Strips leading zeros, keeping one digit: `000010` -> `10`, `0000` -> `0`. */
function significant(id: string): string {
  const stripped = id.replace(/^0+/, '');
  return stripped === '' ? '0' : stripped;
}

/** Index of the first digit that is not a leading zero (the last digit of an all-zero id). */
function firstSignificant(id: string): number {
  let i = 0;
  while (i < id.length - 1 && id.charCodeAt(i) === 0x30) i++;
  return i;
}

/**
 * Numeric order of ids; ids that are numerically equal but written differently (`000010`, `10`) are still
 * different ids, so the tie is broken by the string to keep the order total and stable. Compares in place:
 * the graph checks sort tens of thousands of ids, and slicing each side per comparison showed in profiles.
 */
export function compareIds(a: string, b: string): number {
  // An empty id (a "" key in dependencies.json) counts as 0, as significant() says.
  const x = a === '' ? '0' : a;
  const y = b === '' ? '0' : b;
  const i = firstSignificant(x);
  const j = firstSignificant(y);
  const lengthX = x.length - i;
  const lengthY = y.length - j;
  if (lengthX !== lengthY) return lengthX - lengthY;
  for (let k = 0; k < lengthX; k++) {
    const d = x.charCodeAt(i + k) - y.charCodeAt(j + k);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
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
