/**
 * Migration ids, and the one order they are compared in. A native id is the leading digits of a file name exactly
 * as written (`000001`); they sort numerically, and ids can be long timestamps (`20240101120000`), so they are
 * compared as digit strings, never as Numbers. A history written for another tool keeps that tool's order (spec
 * section 1a): its reader in src/repo/formats ranks the ids as the tool would apply them, and every comparison of
 * the service's ids goes through `compareIds` with that `IdOrder`.
 */

/**
 * How a service's ids compare. `numeric`: native and golang-migrate. `rank`: the position the source tool gives
 * each id (dbmate's and prisma's file-name order, Flyway's version order, sqitch's plan); ids it does not rank (a
 * dependencies.json entry with no file) come after the ranked ones, numerically.
 */
export type IdOrder = { kind: 'numeric' } | { kind: 'rank'; rank: ReadonlyMap<string, number> };

export const NUMERIC_ORDER: IdOrder = { kind: 'numeric' };

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

/** Compares two ids of one service in that service's order (see `IdOrder`); every id comparison goes through here. */
export function compareIds(a: string, b: string, order: IdOrder = NUMERIC_ORDER): number {
  if (order.kind === 'rank') {
    const x = order.rank.get(a);
    const y = order.rank.get(b);
    if (x !== undefined && y !== undefined) return x - y;
    if (x !== undefined) return -1;
    if (y !== undefined) return 1;
  }
  return compareNumeric(a, b);
}

/** A comparator for `Array.prototype.sort` and priority queues, in the given order. */
export function idComparator(order: IdOrder = NUMERIC_ORDER): (a: string, b: string) => number {
  return order.kind === 'numeric' ? compareNumeric : (a, b) => compareIds(a, b, order);
}

/**
 * Numeric order of ids; ids that are numerically equal but written differently (`000010`, `10`) are still
 * different ids, so the tie is broken by the string to keep the order total and stable. Compares in place:
 * the graph checks sort tens of thousands of ids, and slicing each side per comparison showed in profiles.
 */
function compareNumeric(a: string, b: string): number {
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

/** A sorted copy, in the service's order (numeric by default). */
export function sortIds(ids: Iterable<string>, order: IdOrder = NUMERIC_ORDER): string[] {
  return [...ids].sort(idComparator(order));
}
