/**
 * The only module that imports libpg-query (the real PostgreSQL parser in WebAssembly).
 * `ensureParser()` must have resolved before any other function here is called.
 */
import type * as LibPgQuery from 'libpg-query';
import type { Node, ParseResult, ScanResult } from 'libpg-query';
import { LineIndex } from './line-index.js';

export type { Node, ParseResult };

let ready: Promise<void> | undefined;
let pg: typeof LibPgQuery;

/**
 * Loads the WebAssembly parser once. Imported here rather than at the top: the module instantiates its
 * WebAssembly when loaded, which a run that parses nothing (every file answered by the lint cache, or a command
 * that reads no SQL) should not pay for.
 */
export function ensureParser(): Promise<void> {
  ready ??= import('libpg-query').then(async (module) => {
    await module.loadModule();
    pg = module;
  });
  return ready;
}

/** One top-level statement with its byte range (comments before it excluded). */
export interface Statement {
  /** The node, e.g. `{ CreateStmt: {...} }`. */
  node: Node;
  /** The node's kind, e.g. 'CreateStmt'. */
  kind: string;
  /** Byte offsets into the file's UTF-8 text. */
  start: number;
  end: number;
}

export interface SyntaxProblem {
  message: string;
  line: number;
  column: number;
}

export interface ParsedSql {
  text: string;
  lines: LineIndex;
  statements: Statement[];
  /** Set when the parser rejected the file; statements is then empty. */
  error?: SyntaxProblem;
  /** True when the file holds no statement at all (empty, blank or comments only). */
  empty: boolean;
}

/** Parses a whole SQL file. Never throws for bad SQL: the error is returned with its position. */
export function parseSql(text: string): ParsedSql {
  const lines = new LineIndex(text);
  if (text.trim() === '') return { text, lines, statements: [], empty: true };
  let result: ParseResult;
  try {
    result = pg.parseSync(text);
  } catch (e) {
    const details = pg.hasSqlDetails(e) ? e.sqlDetails : undefined;
    const message = e instanceof Error ? e.message : String(e);
    // libpg_query reports the cursor in characters (0-based), unlike AST locations, which are bytes.
    const at = lines.fromChar(details?.cursorPosition ?? 0);
    return { text, lines, statements: [], empty: false, error: { message, ...at } };
  }
  const statements: Statement[] = [];
  for (const raw of result.stmts ?? []) {
    if (!raw.stmt) continue;
    const start = raw.stmt_location ?? 0;
    const end = raw.stmt_len ? start + raw.stmt_len : lines.byteLength;
    statements.push({ node: raw.stmt, kind: Object.keys(raw.stmt)[0] ?? 'Unknown', ...trimRange(lines, start, end) });
  }
  return { text, lines, statements, empty: statements.length === 0 };
}

/** Parses a PL/pgSQL function or DO body; throws on error (callers treat the body as opaque then). */
export function parsePlpgsql(text: string): unknown {
  return pg.parsePlPgSQLSync(text);
}

/** Parses SQL and returns libpg-query's raw result; throws on a syntax error (for embedded queries). */
export function parseRaw(text: string): ParseResult {
  return pg.parseSync(text);
}

/** Tokens of the text (comments included), for ignore comments and keyword positions. */
export function scanSql(text: string): ScanResult {
  return pg.scanSync(text);
}

/** Narrows a statement range to its text, skipping leading whitespace and comments the parser included. */
function trimRange(lines: LineIndex, start: number, end: number): { start: number; end: number } {
  const s = lines.slice(start, end);
  let i = 0;
  for (;;) {
    while (i < s.length && /\s/.test(s[i]!)) i++;
    if (s.startsWith('--', i)) {
      // A comment ends at \n or \r (PostgreSQL's scanner; old Mac files end lines with \r alone).
      let nl = i + 2;
      while (nl < s.length && s.charCodeAt(nl) !== 10 && s.charCodeAt(nl) !== 13) nl++;
      i = Math.min(s.length, nl + 1);
    } else if (s.startsWith('/*', i)) {
      const close = s.indexOf('*/', i + 2);
      i = close < 0 ? s.length : close + 2;
    } else break;
  }
  return { start: start + Buffer.byteLength(s.slice(0, i), 'utf8'), end };
}
