/**
 * SQL statements embedded in PL/pgSQL: DO blocks and `CREATE FUNCTION/PROCEDURE ... LANGUAGE plpgsql` bodies.
 * Each embedded query is parsed again and every location in its AST is moved to FILE byte coordinates, so rules
 * report a `DELETE` inside `DO $$ ... $$` at its real line. Dynamic SQL (EXECUTE 'text') cannot be analysed.
 */
import * as pgParser from './parser.js';
import type { ParsedSql, Statement } from './parser.js';
import { as, stringList } from './ast.js';
import { statementTokens } from './tokens.js';
import type { Token } from './tokens.js';

/** Statements found in one PL/pgSQL body. */
export interface EmbeddedStatements {
  /** 'do' runs while the migration runs; 'function' only when the function is called later. */
  container: 'do' | 'function';
  /** Statements in file coordinates, in text order (nested bodies included, after their container). */
  statements: Statement[];
  /** Set when the body could not be parsed; statements is then empty. */
  error?: string;
}

type Body = Record<string, unknown>;

const MAX_DEPTH = 3;

/**
 * The statements inside `stmt` when it is a DO block or a PL/pgSQL function/procedure; undefined for any other
 * statement (or another language). Never throws: a body that fails to parse comes back with `error`.
 */
export function embeddedStatements(sql: ParsedSql, stmt: Statement, depth = 0): EmbeddedStatements | undefined {
  const body = bodyOf(stmt);
  if (!body) return undefined;
  const result: EmbeddedStatements = { container: body.container, statements: [] };
  if (depth >= MAX_DEPTH) return result;
  let parsed: unknown;
  try {
    parsed = pgParser.parsePlpgsql(sql.lines.slice(stmt.start, stmt.end));
  } catch (e) {
    result.error = e instanceof Error ? e.message : String(e);
    return result;
  }
  const token = bodyToken(sql, stmt, body.asLocation);
  const toFile = token ? bodyMapper(token, body.text) : undefined;
  const queries = collectQueries(parsed);
  let cursor = 0;
  for (const query of queries) {
    // Queries come in tree order, which is not always text order (a FOR loop's body before its query).
    let at = findQuery(body.text, query, cursor);
    if (at < 0) at = findQuery(body.text, query, 0);
    if (at >= 0) cursor = Math.max(cursor, at + query.length);
    let inner;
    try {
      inner = pgParser.parseRaw(query);
    } catch {
      continue; // a query PL/pgSQL accepted but the SQL grammar does not (should not happen): skip it
    }
    const map = (queryByte: number): number => {
      if (at < 0 || !toFile) return token ? token.start : stmt.start;
      return toFile(at + byteToChar(query, queryByte));
    };
    for (const raw of inner.stmts ?? []) {
      if (!raw.stmt) continue;
      const qStart = raw.stmt_location ?? 0;
      const qEnd = raw.stmt_len ? qStart + raw.stmt_len : Buffer.byteLength(query.trimEnd(), 'utf8');
      moveLocations(raw.stmt, map);
      const nested: Statement = { node: raw.stmt, kind: Object.keys(raw.stmt)[0] ?? 'Unknown', start: map(qStart), end: map(qEnd) };
      result.statements.push(nested);
      const deeper = embeddedStatements(sql, nested, depth + 1);
      if (deeper) result.statements.push(...deeper.statements);
    }
  }
  result.statements.sort((a, b) => a.start - b.start);
  return result;
}

interface BodyInfo {
  container: 'do' | 'function';
  text: string;
  /** Location of the DefElem 'as' (the literal for DO, the AS keyword for functions). */
  asLocation: number;
}

/** The PL/pgSQL source of a DO block or function, or undefined when the statement has none. */
function bodyOf(stmt: Statement): BodyInfo | undefined {
  let container: 'do' | 'function';
  let args: unknown[];
  if (stmt.kind === 'DoStmt') {
    container = 'do';
    args = (as<{ args?: unknown[] }>(stmt.node, 'DoStmt')?.args ?? []);
  } else if (stmt.kind === 'CreateFunctionStmt') {
    container = 'function';
    args = (as<{ options?: unknown[] }>(stmt.node, 'CreateFunctionStmt')?.options ?? []);
  } else return undefined;
  let language = 'plpgsql';
  let text: string | undefined;
  let asLocation = stmt.start;
  for (const a of args) {
    const d = as<{ defname?: string; arg?: unknown; location?: number }>(a, 'DefElem');
    if (!d) continue;
    if (d.defname === 'language') language = (as<{ sval?: string }>(d.arg, 'String')?.sval ?? '').toLowerCase();
    if (d.defname === 'as') {
      text = as<{ sval?: string }>(d.arg, 'String')?.sval ?? stringList(as<{ items?: unknown }>(d.arg, 'List')?.items)[0];
      if (typeof d.location === 'number') asLocation = d.location;
    }
  }
  if (language !== 'plpgsql' || text === undefined) return undefined;
  return { container, text, asLocation };
}

/** The string-literal token holding the body: at the DefElem location (DO) or the first one after it (AS). */
function bodyToken(sql: ParsedSql, stmt: Statement, from: number): Token | undefined {
  return statementTokens(sql, stmt).find((t) => t.name === 'SCONST' && t.start >= from);
}

/** Maps a character index of the decoded body to a file byte offset, for dollar-quoted and '...' literals. */
function bodyMapper(token: Token, body: string): ((bodyChar: number) => number) | undefined {
  const raw = token.text;
  const rawIndex: number[] = [];
  if (raw.startsWith('$')) {
    const tag = raw.indexOf('$', 1) + 1;
    if (raw.slice(tag, raw.length - tag) !== body) return undefined;
    for (let i = 0; i <= body.length; i++) rawIndex.push(tag + i);
  } else if (raw.startsWith("'")) {
    let r = 1;
    for (let i = 0; i < body.length; i++) {
      rawIndex.push(r);
      r += body[i] === "'" && raw[r + 1] === "'" ? 2 : 1;
    }
    rawIndex.push(r);
  } else return undefined; // E'...' and other escapes: positions fall back to the literal's start
  const prefixBytes = new Int32Array(raw.length + 1);
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    // UTF-16 to UTF-8 width; a surrogate pair counts 2 + 2 = 4 bytes.
    prefixBytes[i + 1] = prefixBytes[i]! + (c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3);
  }
  return (i) => token.start + prefixBytes[rawIndex[Math.max(0, Math.min(i, rawIndex.length - 1))]!]!;
}

/** SQL queries of a PL/pgSQL parse tree in source order (PERFORM and expressions excluded: not statements). */
function collectQueries(tree: unknown): string[] {
  const out: string[] = [];
  const visit = (node: unknown, parentKey: string): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item, parentKey);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'PLpgSQL_stmt_perform' || key === 'PLpgSQL_stmt_dynexecute' || key === 'datums') continue;
      if (key === 'PLpgSQL_expr') {
        const e = value as { query?: unknown; parseMode?: unknown };
        // parseMode 0 (RAW_PARSE_DEFAULT) is a whole SQL statement; others are expressions and assignments.
        if (typeof e.query === 'string' && (e.parseMode ?? 0) === 0) out.push(e.query);
        continue;
      }
      visit(value, key);
    }
  };
  visit(tree, '');
  return out;
}

/**
 * Where a query starts in the body, searching from `from`. PL/pgSQL blanks out `INTO target` with spaces of
 * the same length, so a blank in the query matches any character.
 */
function findQuery(body: string, query: string, from: number): number {
  const firstWord = query.split(/\s/, 1)[0] ?? '';
  if (!firstWord) return -1;
  for (let at = body.indexOf(firstWord, from); at >= 0; at = body.indexOf(firstWord, at + 1)) {
    let ok = at + query.length <= body.length;
    for (let i = firstWord.length; ok && i < query.length; i++) {
      const q = query[i]!;
      if (q !== body[at + i] && !(q === ' ' || q === '\t' || q === '\n')) ok = false;
    }
    if (ok) return at;
  }
  return -1;
}

/** Character index (UTF-16) of a UTF-8 byte offset in `s`. */
function byteToChar(s: string, byte: number): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    if (bytes >= byte) return i;
    const c = s.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return s.length;
}

/** Rewrites every `location` in a freshly parsed AST through `map` (query bytes -> file bytes). */
function moveLocations(node: unknown, map: (b: number) => number): void {
  if (Array.isArray(node)) {
    for (const item of node) moveLocations(item, map);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as Body;
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    if (key === 'location' && typeof v === 'number') {
      if (v >= 0) obj[key] = map(v);
    } else if (v && typeof v === 'object') moveLocations(v, map);
  }
}
