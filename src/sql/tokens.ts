/**
 * Lexer tokens of a statement in FILE byte coordinates, scanned lazily and cached per statement, for the few
 * things the AST does not locate: keywords such as CASCADE, names in DROP lists, ignore comments.
 */
import type { ParsedSql, Statement } from './parser.js';

/** One lexer token; `start`/`end` are UTF-8 byte offsets in the file. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** 'IDENT' (words and quoted names), 'SCONST', 'SQL_COMMENT', 'C_COMMENT', 'ICONST', 'Op', 'PARAM', or the character itself for punctuation. */
  name: string;
  /** Upper-cased text of an unquoted word (any word could be a keyword), else ''. */
  keyword: string;
}

const cache = new WeakMap<Statement, Token[]>();

/**
 * Tokens of a byte range of the file's text. A small lexer in JavaScript rather than libpg-query's scanner:
 * the WebAssembly scanner costs five times a parse (its JSON result), and rules only need comments, string
 * literals, words and punctuation with exact byte offsets. Never throws.
 */
export function scanRange(sql: ParsedSql, start: number, end: number): Token[] {
  return lex(sql.lines.slice(start, end), start);
}

const OP_CHARS = '+-*/<>=~!@#%^&|`?';

function isWordStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code >= 0x80;
}

function isWordPart(code: number): boolean {
  return isWordStart(code) || (code >= 48 && code <= 57) || code === 36;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Lexes SQL text into tokens whose offsets are UTF-8 bytes from `base`. */
export function lex(text: string, base = 0): Token[] {
  const out: Token[] = [];
  // Byte offset of char index `j` (never less than the last one asked for), advancing from the last known position.
  let known = 0;
  let knownByte = base;
  const byteAt = (j: number): number => {
    for (; known < j; known++) {
      const c = text.charCodeAt(known);
      knownByte += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
    }
    return knownByte;
  };
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text[i]!;
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f') {
      i++;
      continue;
    }
    const [end, name, keyword] = scanToken(text, i);
    const start = byteAt(i);
    out.push({ start, end: byteAt(end), text: text.slice(i, end), name, keyword });
    i = end;
  }
  return out;
}

/** The token that starts at `i` (not white space): where it ends, its name and, for a word, its keyword. */
function scanToken(text: string, i: number): [end: number, name: string, keyword: string] {
  const n = text.length;
  const c = text[i]!;
  if (c === '-' && text[i + 1] === '-') {
    // Ends at \n or \r, as in PostgreSQL's scanner (a lone \r ends a line in old Mac files).
    let j = i + 2;
    while (j < n && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
    return [j, 'SQL_COMMENT', ''];
  }
  if (c === '/' && text[i + 1] === '*') return [endOfBlockComment(text, i), 'C_COMMENT', ''];
  if (c === "'") return [endOfString(text, i, false), 'SCONST', ''];
  if (c === '"') {
    let j = i + 1;
    for (; j < n; j++) {
      if (text[j] === '"') {
        if (text[j + 1] === '"') j++;
        else break;
      }
    }
    return [Math.min(n, j + 1), 'IDENT', ''];
  }
  if (c === '$' && !(i > 0 && isWordPart(text.charCodeAt(i - 1)))) {
    const m = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 64));
    if (m) {
      const close = text.indexOf(m[0], i + m[0].length);
      return [close < 0 ? n : close + m[0].length, 'SCONST', ''];
    }
    let j = i + 1;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
    return [j, 'PARAM', ''];
  }
  if (isWordStart(text.charCodeAt(i))) return scanWord(text, i);
  if (isDigit(text.charCodeAt(i)) || (c === '.' && isDigit(text.charCodeAt(i + 1)))) {
    let j = i + 1;
    while (j < n && /[0-9.eE_xXa-fA-F]/.test(text[j]!)) {
      if (text[j] === '.' && text[j + 1] === '.') break;
      j++;
    }
    return [j, 'ICONST', ''];
  }
  if (c === ':' && text[i + 1] === ':') return [i + 2, 'TYPECAST', ''];
  if (OP_CHARS.includes(c)) {
    let j = i + 1;
    while (j < n && OP_CHARS.includes(text[j]!) && !(text[j] === '-' && text[j + 1] === '-') && !(text[j] === '/' && text[j + 1] === '*')) j++;
    return [j, 'Op', ''];
  }
  // Surrogate pairs and other single characters: ( ) , ; . [ ] :
  const j = c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdbff ? i + 2 : i + 1;
  return [j, c, ''];
}

/** A word, or the string constant it prefixes (E'...', B'...', X'...', U&'...'). */
function scanWord(text: string, i: number): [end: number, name: string, keyword: string] {
  const n = text.length;
  let j = i + 1;
  while (j < n && isWordPart(text.charCodeAt(j))) j++;
  const word = text.slice(i, j);
  if (text[j] === "'" && j - i === 1 && /[EeBbXx]/.test(word)) return [endOfString(text, j, word === 'E' || word === 'e'), 'SCONST', ''];
  if (j - i === 1 && (word === 'U' || word === 'u') && text[j] === '&' && text[j + 1] === "'") return [endOfString(text, j + 1, false), 'SCONST', ''];
  return [j, 'IDENT', word.toUpperCase()];
}

/** Index just past a block comment starting at `i`; block comments nest in PostgreSQL. */
function endOfBlockComment(text: string, i: number): number {
  let depth = 1;
  let j = i + 2;
  while (j < text.length && depth > 0) {
    if (text[j] === '/' && text[j + 1] === '*') { depth++; j += 2; }
    else if (text[j] === '*' && text[j + 1] === '/') { depth--; j += 2; }
    else j++;
  }
  return j;
}

/** Index just past the closing quote of a string starting at `i` (which holds the opening quote). */
function endOfString(text: string, i: number, backslashEscapes: boolean): number {
  let j = i + 1;
  for (; j < text.length; j++) {
    const ch = text[j];
    if (backslashEscapes && ch === '\\') { j++; continue; }
    if (ch === "'") {
      if (text[j + 1] === "'") { j++; continue; }
      return j + 1;
    }
  }
  return text.length;
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
