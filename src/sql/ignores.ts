/**
 * Ignore comments: `-- svc-migrate-ignore rule-a, rule-b` silences those rules on the next statement;
 * `-- svc-migrate-ignore-file rule-a` on the whole file. Block comments work too. A reason may follow the list
 * after ` -- ` (`-- svc-migrate-ignore drop-cascade -- legacy table, reviewed`). The marker and the ids are read
 * case-insensitively and a colon after the marker is tolerated (`-- SVC-MIGRATE-IGNORE: drop-cascade`): habits
 * from other linters should not make an ignore silently do nothing. A comment that opens like the marker but
 * cannot be read (`svc-migrate-ignored`, `svc_migrate_ignore`) comes back as malformed, to be reported.
 */
import type { ParsedSql } from './parser.js';
import { lex, scanRange } from './tokens.js';
import type { Token } from './tokens.js';

const MARKER = 'svc-migrate-ignore';
/** What a comment opens with when its author meant an ignore, spelled right or not. */
const LOOKS_LIKE = /^svc[-_]?migrate[-_]?ignore/i;
/** The same anywhere in a file: the cheap gate (a case-insensitive regex is as fast as `includes` here). */
const ANYWHERE = /svc[-_]?migrate[-_]?ignore/i;

/** One rule id named by an ignore comment, with where the id is written. */
export interface IgnoredRule {
  id: string;
  start: number;
  end: number;
}

export interface IgnoreComment {
  scope: 'next' | 'file';
  /** Lower-cased ids; empty when the comment is malformed. */
  rules: IgnoredRule[];
  /** Byte range of the whole comment. */
  start: number;
  end: number;
  /** Set when the comment opens like an ignore but cannot be read: the marker as written and its byte range. */
  malformed?: IgnoredRule;
}

/**
 * Every ignore comment of the file. Only real comments count: the marker inside a string literal or a
 * dollar-quoted body is not an ignore, except that comments inside DO/function bodies are found by scanning
 * those bodies too (`bodies`: byte ranges of PL/pgSQL bodies).
 */
export function findIgnores(sql: ParsedSql, bodies: readonly { start: number; end: number }[] = []): IgnoreComment[] {
  // Cheap gate: most files hold no ignore, and scanning a 10 MB file for nothing is waste.
  if (!ANYWHERE.test(sql.text)) return [];
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
      if (t.name !== 'SCONST' || !t.text.startsWith('$') || !ANYWHERE.test(t.text)) continue;
      const tag = t.text.slice(0, t.text.indexOf('$', 1) + 1);
      take(lex(t.text.slice(tag.length, t.text.length - tag.length), t.start + Buffer.byteLength(tag, 'utf8')));
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * Reads one comment; undefined when it is not meant as an ignore comment (the marker must open it: `-- see
 * svc-migrate-ignore` is prose).
 */
export function parseIgnore(comment: string, start: number): IgnoreComment | undefined {
  let content = comment.startsWith('--') ? comment.slice(2) : comment.slice(2, comment.endsWith('*/') ? -2 : undefined);
  const lead = content.length - content.trimStart().length;
  content = content.trimStart();
  const marker = LOOKS_LIKE.exec(content);
  if (!marker) return undefined;
  const end = start + Buffer.byteLength(comment, 'utf8');
  const at = (index: number, text: string): IgnoredRule => {
    const s = start + Buffer.byteLength(comment.slice(0, 2 + lead + index), 'utf8');
    return { id: text, start: s, end: s + Buffer.byteLength(text, 'utf8') };
  };
  let rest = content.slice(marker[0].length);
  let scope: 'next' | 'file' = 'next';
  if (/^-file/i.test(rest)) {
    scope = 'file';
    rest = rest.slice('-file'.length);
  }
  const colon = /^\s*:/.exec(rest);
  if (colon) rest = rest.slice(colon[0].length);
  // `svc-migrate-ignored`, `svc-migrate-ignore-files`, `svc_migrate_ignore`...: meant as an ignore, not readable.
  if (marker[0].toLowerCase() !== MARKER || (!colon && rest !== '' && !/^\s/.test(rest))) {
    const written = marker[0] + /^\S*/.exec(content.slice(marker[0].length))![0];
    return { scope, rules: [], start, end, malformed: at(0, written) };
  }
  const restOffset = content.length - rest.length;
  const reason = rest.indexOf(' --');
  if (reason >= 0) rest = rest.slice(0, reason);
  const rules: IgnoredRule[] = [];
  const re = /[^\s,]+/g;
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    const r = at(restOffset + m.index, m[0]);
    rules.push({ ...r, id: r.id.toLowerCase() });
  }
  return { scope, rules, start, end };
}
