/**
 * How a migration file can run, decided without the SQL parser where that is certain. Loading libpg-query's
 * WebAssembly costs about 0.25 s of CPU and parsing every file more; `up` with skip_validation needs only two
 * facts, and most files settle both with one pass over their characters:
 * - every string, quoted identifier, dollar quote and block comment is closed, so the file can be followed by
 *   other statements in one script (src/apply/script.ts) without swallowing them;
 * - no word outside strings, quoted names and comments is one that every statement unable to run in a
 *   transaction must contain (`isTransactional` in src/sql/facts.ts: CONCURRENTLY, VACUUM, CLUSTER, DATABASE,
 *   TABLESPACE, SYSTEM, SUBSCRIPTION and the transaction-control words). The list must cover every case there.
 * Anything less certain (such a word, a backslash inside a quoted string, whose meaning depends on
 * standard_conforming_strings, an unclosed quote, pg_version below 12) answers `undefined`: parse the file.
 */
import type { FileRunInfo } from './run.js';

/** Words without which no statement is non-transactional (see `isTransactional`), wherever they are; upper case. */
const NON_TRANSACTIONAL_WORDS = new Set(['CONCURRENTLY', 'VACUUM', 'CLUSTER', 'DATABASE', 'TABLESPACE', 'SYSTEM', 'SUBSCRIPTION']);

/**
 * The first word of every transaction-control statement (TransactionStmt). Only as a statement's first word:
 * `END` closes every `CASE`. (Inside a `BEGIN ATOMIC` body, words after a `;` count as first words: that only
 * sends the file to the parser.)
 */
const TRANSACTION_CONTROL_WORDS = new Set(['BEGIN', 'START', 'COMMIT', 'END', 'ROLLBACK', 'ABORT', 'SAVEPOINT', 'RELEASE', 'PREPARE']);

function isWordStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 0x80;
}

function isWordPart(c: number): boolean {
  return isWordStart(c) || (c >= 48 && c <= 57) || c === 36;
}

/** `{ transactional: true, parsed: true }` when certain without parsing; undefined when the parser must decide. */
export function quickRunInfo(sql: string, pgVersion: number): FileRunInfo | undefined {
  // Below 12, ALTER TYPE ... ADD VALUE cannot run in a transaction: no keyword of its own to look for.
  if (pgVersion < 12) return undefined;
  const n = sql.length;
  let i = 0;
  // True until the current statement's first word or other token (comments and white space do not count).
  let atStart = true;
  while (i < n) {
    const c = sql.charCodeAt(i);
    if (c === 59 /* ; */) {
      atStart = true;
      i++;
      continue;
    }
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12) {
      i++;
      continue;
    }
    const first: boolean = atStart;
    atStart = false;
    if (c === 45 /* - */ && sql.charCodeAt(i + 1) === 45) {
      const j = sql.indexOf('\n', i);
      atStart = first;
      i = j < 0 ? n : j + 1;
    } else if (c === 47 /* / */ && sql.charCodeAt(i + 1) === 42 /* * */) {
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (sql.charCodeAt(j) === 47 && sql.charCodeAt(j + 1) === 42) { depth++; j += 2; }
        else if (sql.charCodeAt(j) === 42 && sql.charCodeAt(j + 1) === 47) { depth--; j += 2; }
        else j++;
      }
      if (depth > 0) return undefined;
      atStart = first;
      i = j;
    } else if (c === 39 /* ' */) {
      // Doubled quotes continue the string; a backslash may escape a quote (E'...', or any string with
      // standard_conforming_strings off): let the parser decide those.
      let j = i + 1;
      for (;;) {
        if (j >= n) return undefined;
        const ch = sql.charCodeAt(j);
        if (ch === 92 /* \ */) return undefined;
        if (ch === 39) {
          if (sql.charCodeAt(j + 1) === 39) { j += 2; continue; }
          break;
        }
        j++;
      }
      i = j + 1;
    } else if (c === 34 /* " */) {
      let j = i + 1;
      for (;;) {
        if (j >= n) return undefined;
        if (sql.charCodeAt(j) === 34) {
          if (sql.charCodeAt(j + 1) === 34) { j += 2; continue; }
          break;
        }
        j++;
      }
      i = j + 1;
    } else if (c === 36 /* $ */) {
      const m = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(sql.slice(i, i + 64));
      if (m) {
        const close = sql.indexOf(m[0], i + m[0].length);
        if (close < 0) return undefined;
        i = close + m[0].length;
      } else {
        i++; // $1: a parameter
      }
    } else if (isWordStart(c)) {
      let j = i + 1;
      while (j < n && isWordPart(sql.charCodeAt(j))) j++;
      const word = sql.slice(i, j);
      // A quote right after a word (E'..', B'..', X'..', U&'..' is after '&') starts a string next round.
      const upper = word.toUpperCase();
      if (NON_TRANSACTIONAL_WORDS.has(upper) || (first && TRANSACTION_CONTROL_WORDS.has(upper))) return undefined;
      i = j;
    } else if (c >= 48 && c <= 57) {
      // A number: digits may be followed by letters (1e5, 0x1F) that are not words, never by `$` (in `$1$$x`
      // the `$$` opens a dollar quote).
      let j = i + 1;
      while (j < n && sql.charCodeAt(j) !== 36 && isWordPart(sql.charCodeAt(j))) j++;
      i = j;
    } else {
      i++;
    }
  }
  return { transactional: true, parsed: true };
}
