/**
 * Ignore comments: `-- svc-migrate-ignore rule-a, rule-b` silences those rules on the next statement;
 * `-- svc-migrate-ignore-file rule-a` on the whole file. Block comments work too. A reason may follow the list
 * after ` -- ` (`-- svc-migrate-ignore drop-cascade -- legacy table, reviewed`).
 */
import type { ParsedSql } from './parser.js';
import { lex, scanRange } from './tokens.js';
import type { Token } from './tokens.js';

const MARKER = 'svc-migrate-ignore';

/** One rule id named by an ignore comment, with where the id is written. */
export interface IgnoredRule {
  id: string;
  start: number;
  end: number;
}

export interface IgnoreComment {
  scope: 'next' | 'file';
  rules: IgnoredRule[];
  /** Byte range of the whole comment. */
  start: number;
  end: number;
}

/**
 * Every ignore comment of the file. Only real comments count: the marker inside a string literal or a
 * dollar-quoted body is not an ignore, except that comments inside DO/function bodies are found by scanning
 * those bodies too (`bodies`: byte ranges of PL/pgSQL bodies).
 */
export function findIgnores(sql: ParsedSql, bodies: readonly { start: number; end: number }[] = []): IgnoreComment[] {
  // Cheap gate: most files hold no ignore, and scanning a 10 MB file for nothing is waste.
  if (!sql.text.includes(MARKER)) return [];
  const out: IgnoreComment[] = [];
  const take = (tokens: Token[]): void => {
    for (const t of tokens) {
      if (t.name !== 'SQL_COMMENT' && t.name !== 'C_COMMENT') continue;
      const parsed = parseIgnore(t.text, t.start);
      if (parsed) out.push(parsed);
    }
  };
  take(scanRange(sql, 0, sql.lines.byteLength));
  // Comments inside dollar-quoted PL/pgSQL bodies: lex the literal's content.
  for (const body of bodies) {
    for (const t of scanRange(sql, body.start, body.end)) {
      if (t.name !== 'SCONST' || !t.text.startsWith('$') || !t.text.includes(MARKER)) continue;
      const tag = t.text.slice(0, t.text.indexOf('$', 1) + 1);
      take(lex(t.text.slice(tag.length, t.text.length - tag.length), t.start + Buffer.byteLength(tag, 'utf8')));
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Reads one comment; undefined when it is not an ignore comment. */
export function parseIgnore(comment: string, start: number): IgnoreComment | undefined {
  let content = comment.startsWith('--') ? comment.slice(2) : comment.slice(2, comment.endsWith('*/') ? -2 : undefined);
  const lead = content.length - content.trimStart().length;
  content = content.trimStart();
  if (!content.startsWith(MARKER)) return undefined;
  let rest = content.slice(MARKER.length);
  let scope: 'next' | 'file' = 'next';
  if (rest.startsWith('-file')) {
    scope = 'file';
    rest = rest.slice('-file'.length);
  }
  if (rest !== '' && !/^\s/.test(rest)) return undefined; // `svc-migrate-ignored`, `svc-migrate-ignore-files`...
  const reason = rest.indexOf(' --');
  if (reason >= 0) rest = rest.slice(0, reason);
  const restOffset = 2 + lead + MARKER.length + (scope === 'file' ? '-file'.length : 0);
  const rules: IgnoredRule[] = [];
  const re = /[^\s,]+/g;
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    const before = comment.slice(0, restOffset + m.index);
    const s = start + Buffer.byteLength(before, 'utf8');
    rules.push({ id: m[0], start: s, end: s + Buffer.byteLength(m[0], 'utf8') });
  }
  return { scope, rules, start, end: start + Buffer.byteLength(comment, 'utf8') };
}
