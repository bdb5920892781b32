/**
 * Lexer tokens of a statement in FILE byte coordinates, scanned lazily and cached per statement, for the few
 * things the AST does not locate: keywords such as CASCADE, names in DROP lists, ignore comments.
 */
import { scanSql } from './parser.js';
import type { ParsedSql, Statement } from './parser.js';

/** One lexer token; `start`/`end` are UTF-8 byte offsets in the file. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** 'IDENT', 'SCONST', 'SQL_COMMENT', 'C_COMMENT', 'UNKNOWN' (keywords and punctuation), ... */
  name: string;
  /** Upper-cased keyword text when the token is a keyword, else ''. */
  keyword: string;
}

const cache = new WeakMap<Statement, Token[]>();

/** Tokens of a byte range of the file's text; an unscannable range yields no tokens. */
export function scanRange(sql: ParsedSql, start: number, end: number): Token[] {
  const text = sql.lines.slice(start, end);
  let scanned;
  try {
    scanned = scanSql(text);
  } catch {
    return [];
  }
  return scanned.tokens.map((t) => ({
    start: start + t.start,
    end: start + t.end,
    text: t.text,
    name: t.tokenName,
    keyword: t.keywordKind !== 0 ? t.text.toUpperCase() : '',
  }));
}

/** Tokens of one statement (cached: several rules ask for the same statement). */
export function statementTokens(sql: ParsedSql, stmt: Statement): Token[] {
  let tokens = cache.get(stmt);
  if (!tokens) {
    tokens = scanRange(sql, stmt.start, stmt.end);
    cache.set(stmt, tokens);
  }
  return tokens;
}

/** The token that starts at a byte offset (e.g. an AST node's location), if any. */
export function tokenAt(tokens: readonly Token[], offset: number): Token | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.start === offset) return t;
    if (t.start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** Unquoted identifiers fold to lower case; quoted ones keep their case. */
export function identText(token: Token): string {
  if (token.text.startsWith('"') && token.text.endsWith('"')) return token.text.slice(1, -1).replace(/""/g, '"');
  return token.text.toLowerCase();
}

/**
 * Byte range of a possibly qualified name (`a.b.c`) written in the statement, found by its last part: the
 * AST keeps no location for names in DROP or COMMENT lists.
 */
export function findName(tokens: readonly Token[], parts: readonly string[], from = 0): { start: number; end: number } | undefined {
  const want = parts.map((p) => p.toLowerCase());
  for (let i = from; i < tokens.length; i++) {
    let ok = true;
    for (let k = 0; k < want.length; k++) {
      const t = tokens[i + 2 * k];
      if (!t || identText(t).toLowerCase() !== want[k]) {
        ok = false;
        break;
      }
      if (k < want.length - 1 && tokens[i + 2 * k + 1]?.text !== '.') {
        ok = false;
        break;
      }
    }
    if (ok) return { start: tokens[i]!.start, end: tokens[i + 2 * (want.length - 1)]!.end };
  }
  return undefined;
}
