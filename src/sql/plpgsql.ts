/**
 * SQL statements embedded in PL/pgSQL: DO blocks and `CREATE FUNCTION/PROCEDURE ... LANGUAGE plpgsql` bodies.
 * Each embedded query is parsed again and every location in its AST is moved to FILE byte coordinates, so rules
 * report a `DELETE` inside `DO $$ ... $$` at its real line. Dynamic SQL (EXECUTE 'text') cannot be analysed.
 */
import * as pgParser from './parser.js';
import type { ParsedSql, Statement } from './parser.js';
import { nodeOf, stringList } from './ast.js';
import { statementTokens } from './tokens.js';
import type { Token } from './tokens.js';
import { locateBodyError } from './plpgsql-error.js';

/** Statements found in one PL/pgSQL body. */
export interface EmbeddedStatements {
  /** 'do' runs while the migration runs; 'function' only when the function is called later. */
  container: 'do' | 'function';
  /** Statements in file coordinates, in text order (nested bodies included, after their container). */
  statements: Statement[];
  /** Set when the body could not be parsed; statements is then empty. */
  error?: string;
  /**
   * With `error`: the file byte range where PL/pgSQL rejects the body. Computed on demand (it parses the body
   * again a few times), so only for a finding that will be reported.
   */
  locateError?: () => { start: number; end: number };
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
    parsed = pgParser.parsePlpgsql(compilableText(sql, stmt));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    result.error = message;
    result.locateError = () => errorRange(sql, stmt, body, message);
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

/**
 * The statement's text as the PL/pgSQL compiler of libpg_query can take it. That compiler has no catalog, so it
 * gives up ("Not implemented") on a parameter or return type written `table.column%TYPE`, which PostgreSQL
 * resolves and accepts; such a type is replaced by `text` (SETOF kept), padded to the same number of bytes so
 * that every offset after it stays where it was. The body is compiled the same either way: PL/pgSQL does not
 * look at the parameters' types to parse it.
 */
function compilableText(sql: ParsedSql, stmt: Statement): string {
  const text = sql.lines.slice(stmt.start, stmt.end);
  const f = nodeOf(stmt.node, 'CreateFunctionStmt');
  if (!f) return text;
  const types = [...(f.parameters ?? []).map((p) => nodeOf(p, 'FunctionParameter')?.argType), f.returnType];
  const pct = types.filter((t): t is { location?: number; setof?: boolean } => (t as { pct_type?: boolean } | undefined)?.pct_type === true);
  if (pct.length === 0) return text;
  const bytes = Buffer.from(text, 'utf8');
  const tokens = statementTokens(sql, stmt);
  for (const t of pct) {
    let i = tokens.findIndex((k) => k.start === t.location);
    if (i < 0) continue;
    if (tokens[i]!.keyword === 'SETOF') i++;
    // The name runs up to `%` TYPE.
    let j = i;
    while (j + 1 < tokens.length && !(tokens[j]!.text === '%' && tokens[j + 1]!.keyword === 'TYPE')) j++;
    if (j + 1 >= tokens.length) continue;
    const from = tokens[i]!.start - stmt.start;
    const to = tokens[j + 1]!.end - stmt.start;
    if (to - from < 4) continue;
    bytes.write('text'.padEnd(to - from, ' '), from, 'utf8');
  }
  return bytes.toString('utf8');
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
    args = (nodeOf(stmt.node, 'DoStmt')?.args ?? []);
  } else if (stmt.kind === 'CreateFunctionStmt') {
    container = 'function';
    args = (nodeOf(stmt.node, 'CreateFunctionStmt')?.options ?? []);
  } else return undefined;
  let language = 'plpgsql';
  let text: string | undefined;
  let asLocation = stmt.start;
  for (const a of args) {
    const d = nodeOf(a, 'DefElem');
    if (!d) continue;
    if (d.defname === 'language') language = (nodeOf(d.arg, 'String')?.sval ?? '').toLowerCase();
    if (d.defname === 'as') {
      text = nodeOf(d.arg, 'String')?.sval ?? stringList(nodeOf(d.arg, 'List')?.items)[0];
      if (typeof d.location === 'number') asLocation = d.location;
    }
  }
  if (language !== 'plpgsql' || text === undefined) return undefined;
  return { container, text, asLocation };
}

/**
 * File byte range where PL/pgSQL rejects a body: found by compiling the statement again with parts of the body
 * (see locateBodyError). The body's literal is swapped for a dollar-quoted one, so E'' and '' bodies work alike
 * and a function keeps its parameters and return type. Falls back to the literal, then to the statement.
 */
function errorRange(sql: ParsedSql, stmt: Statement, body: BodyInfo, message: string): { start: number; end: number } {
  const token = bodyToken(sql, stmt, body.asLocation);
  const toFile = token ? bodyMapper(token, body.text) : undefined;
  if (!token) return { start: stmt.start, end: stmt.end };
  if (!toFile) return { start: token.start, end: token.end };
  const before = Buffer.from(compilableText(sql, stmt), 'utf8').subarray(0, token.start - stmt.start).toString('utf8');
  const after = sql.lines.slice(token.end, stmt.end);
  const compile = (candidate: string): string | undefined => {
    // A tag whose first occurrence is the closing one (the body could hold `$b$`, or end in `$b`).
    let tag = '$b$';
    for (let n = 0; `${candidate}${tag}`.indexOf(tag) !== candidate.length; n++) tag = `$b${n}$`;
    try {
      pgParser.parsePlpgsql(`${before}${tag}${candidate}${tag}${after}`);
      return undefined;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  };
  const at = locateBodyError(body.text, message, compile);
  return { start: toFile(at.start), end: toFile(Math.max(at.start, at.end)) };
}

/**
 * What `stmt` sets check_function_bodies to (`SET [LOCAL|SESSION] check_function_bodies = off`, `RESET`, `SET
 * ... TO DEFAULT`, `RESET ALL`), or undefined when it does not touch it. PostgreSQL's boolean spellings: on/off,
 * true/false, yes/no, 1/0 and their unambiguous prefixes.
 */
export function checkFunctionBodiesSetting(stmt: Statement): boolean | undefined {
  const set = nodeOf(stmt.node, 'VariableSetStmt');
  if (!set) return undefined;
  if (set.kind === 'VAR_RESET_ALL') return true;
  if (set.name?.toLowerCase() !== 'check_function_bodies') return undefined;
  if (set.kind === 'VAR_RESET' || set.kind === 'VAR_SET_DEFAULT') return true;
  if (set.kind !== 'VAR_SET_VALUE' || set.args?.length !== 1) return undefined;
  const value = nodeOf(set.args[0], 'A_Const');
  if (!value) return undefined;
  if (value.boolval) return value.boolval.boolval === true;
  // The parser leaves out a zero (`{ ival: {} }` is 0).
  const v = value.ival ? String(value.ival.ival ?? 0) : value.sval?.sval?.toLowerCase() ?? '';
  if (v === '') return undefined;
  if ('true'.startsWith(v) || 'yes'.startsWith(v) || v === 'on' || v === '1') return true;
  if ('false'.startsWith(v) || 'no'.startsWith(v) || v === 'off' || v === 'of' || v === '0') return false;
  return undefined; // not a boolean PostgreSQL accepts: the SET fails, nothing changes
}

/** The string-literal token holding the body: at the DefElem location (DO) or the first one after it (AS). */
function bodyToken(sql: ParsedSql, stmt: Statement, from: number): Token | undefined {
  return statementTokens(sql, stmt).find((t) => t.name === 'SCONST' && t.start >= from);
}

/**
 * Maps a character index of the decoded body to a file byte offset, for dollar-quoted, '...' and E'...'
 * literals; undefined for other spellings (U&'...', literals continued over lines), whose positions then fall
 * back to the literal's start.
 */
function bodyMapper(token: Token, body: string): ((bodyChar: number) => number) | undefined {
  const raw = token.text;
  let rawIndex: number[] | undefined;
  if (raw.startsWith('$')) {
    const tag = raw.indexOf('$', 1) + 1;
    if (raw.slice(tag, raw.length - tag) !== body) return undefined;
    rawIndex = [];
    for (let i = 0; i <= body.length; i++) rawIndex.push(tag + i);
  } else if (raw.startsWith("'")) {
    rawIndex = [];
    let r = 1;
    for (let i = 0; i < body.length; i++) {
      rawIndex.push(r);
      r += body[i] === "'" && raw[r + 1] === "'" ? 2 : 1;
    }
    rawIndex.push(r);
  } else if (raw.startsWith("E'") || raw.startsWith("e'")) {
    rawIndex = escapeStringIndex(raw, body);
  }
  if (!rawIndex) return undefined;
  const prefixBytes = new Int32Array(raw.length + 1);
  for (let i = 0; i < raw.length; i++) {
    prefixBytes[i + 1] = prefixBytes[i]! + utf8Width(raw.charCodeAt(i));
  }
  const index = rawIndex;
  return (i) => token.start + prefixBytes[index[Math.max(0, Math.min(i, index.length - 1))]!]!;
}

/** UTF-16 to UTF-8 width of one code unit; a surrogate pair counts 2 + 2 = 4 bytes. */
function utf8Width(c: number): number {
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
}

/**
 * For each character of the decoded body (and one past its end), the index in the raw `E'...'` literal where
 * the character (or the escape that wrote it) starts. Escapes as PostgreSQL reads them: \b \f \n \r \t, octal
 * \o to \ooo and hex \xh, \xhh bytes (several can form one UTF-8 character), \uXXXX (surrogate pairs too) and
 * \UXXXXXXXX, any other \c is c, and '' is '. Undefined when the decoding does not give `body` back (a literal
 * continued on the next line, an escape this does not know): then positions fall back to the literal's start.
 */
function escapeStringIndex(raw: string, body: string): number[] | undefined {
  // Decoded UTF-8 bytes, each with the raw index of what produced it.
  const bytes: number[] = [];
  const origin: number[] = [];
  const emit = (codePoint: number, at: number): void => {
    for (const b of Buffer.from(String.fromCodePoint(codePoint), 'utf8')) {
      bytes.push(b);
      origin.push(at);
    }
  };
  let r = 2;
  const end = raw.length - 1;
  if (raw[end] !== "'") return undefined;
  while (r < end) {
    const c = raw[r]!;
    if (c === "'") {
      if (raw[r + 1] !== "'") return undefined; // the literal goes on after a newline: not handled
      emit(0x27, r);
      r += 2;
    } else if (c !== '\\') {
      const cp = raw.codePointAt(r)!;
      emit(cp, r);
      r += cp > 0xffff ? 2 : 1;
    } else {
      const d = raw[r + 1] ?? '';
      const simple: Record<string, number> = { b: 8, f: 12, n: 10, r: 13, t: 9 };
      let m: RegExpExecArray | null;
      if (d in simple) {
        emit(simple[d]!, r);
        r += 2;
      } else if ((m = /^[0-7]{1,3}/.exec(raw.slice(r + 1, r + 4)))) {
        bytes.push(parseInt(m[0], 8) & 0xff);
        origin.push(r);
        r += 1 + m[0].length;
      } else if (d === 'x' && (m = /^[0-9a-fA-F]{1,2}/.exec(raw.slice(r + 2, r + 4)))) {
        bytes.push(parseInt(m[0], 16));
        origin.push(r);
        r += 2 + m[0].length;
      } else if ((d === 'u' || d === 'U') && (m = (d === 'u' ? /^[0-9a-fA-F]{4}/ : /^[0-9a-fA-F]{8}/).exec(raw.slice(r + 2, r + 10)))) {
        let cp = parseInt(m[0], 16);
        let next = r + 2 + m[0].length;
        const low = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(raw.slice(next, next + 6));
        if (cp >= 0xd800 && cp <= 0xdbff && low) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (parseInt(low[1]!, 16) - 0xdc00);
          next += 6;
        }
        if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
        emit(cp, r);
        r = next;
      } else {
        const cp = raw.codePointAt(r + 1) ?? 0x5c;
        emit(cp, r);
        r += 1 + (cp > 0xffff ? 2 : 1);
      }
    }
  }
  if (Buffer.from(bytes).toString('utf8') !== body) return undefined;
  const index: number[] = [];
  let byte = 0;
  for (let i = 0; i < body.length; i++) {
    index.push(origin[byte]!);
    byte += utf8Width(body.charCodeAt(i));
  }
  index.push(end);
  return index;
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
