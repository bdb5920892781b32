/**
 * A small JSON parser that remembers where things are. `JSON.parse` gives neither the position of a key (needed to
 * put a schema finding on the right line) nor a reliable position for a syntax error, so config files go through
 * this instead. It never throws: malformed text comes back as `{ error }` at the exact line and column.
 */
import type { JsonPointerIndex, JsonPosition } from './types.js';

/** A syntax error at a 1-based line and column (columns count code points, as editors show them). */
export interface JsonSyntaxError {
  message: string;
  line: number;
  column: number;
}

/** A key that appears twice in one object; the later value wins, as with `JSON.parse`. */
export interface JsonDuplicateKey {
  key: string;
  /** Pointer of the member (the same for both occurrences). */
  pointer: string;
  /** Where the second occurrence starts. */
  line: number;
  column: number;
}

export interface JsonParseResult {
  /** The value, when the text parsed. */
  value?: unknown;
  /**
   * Pointer -> position of the key (for object members, from its opening quote to just after its closing quote),
   * of the value (for array items), and of the root value for ''.
   */
  positions: JsonPointerIndex;
  duplicates: JsonDuplicateKey[];
  error?: JsonSyntaxError;
}

export interface JsonParseOptions {
  /** Deepest nesting of objects and arrays accepted; deeper text is a syntax error, not a stack overflow. */
  maxDepth?: number;
}

/** Default limit of nesting: far above any real config, far below what would exhaust the stack. */
export const MAX_JSON_DEPTH = 512;

/** Escapes one reference token of a JSON pointer (RFC 6901). */
export function escapePointerToken(token: string): string {
  if (token.indexOf('~') === -1 && token.indexOf('/') === -1) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Splits a JSON pointer into its unescaped tokens ('' -> []). */
export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Renders a JSON pointer as the path people read in messages: `/migrations/000002/depends_on/0` ->
 * `$.migrations.000002.depends_on[0]`. Given the parsed value, tokens that index an array print as `[n]`;
 * keys that are not plain words are quoted: `$["a b"]`.
 */
export function pointerToPath(pointer: string, root?: unknown): string {
  let out = '$';
  let node: unknown = root;
  for (const token of splitPointer(pointer)) {
    if (Array.isArray(node)) {
      out += `[${token}]`;
      node = node[Number(token)];
      continue;
    }
    out += /^[A-Za-z0-9_$-]+$/.test(token) ? `.${token}` : `[${JSON.stringify(token)}]`;
    node =
      node !== null && typeof node === 'object' && Object.prototype.hasOwnProperty.call(node, token)
        ? (node as Record<string, unknown>)[token]
        : undefined;
  }
  return out;
}

/**
 * Parses JSON text into its value, an index of positions by JSON pointer, and the duplicated keys.
 * Never throws; on malformed text `error` says what and where, and `value` is absent.
 */
export function parseJson(text: string, options: JsonParseOptions = {}): JsonParseResult & { positions: Map<string, JsonPosition> } {
  const parser = new Parser(text, options.maxDepth ?? MAX_JSON_DEPTH);
  return parser.run();
}

/**
 * As `parseJson`, for the common case of a well-formed file: the value comes from `JSON.parse` (native, several
 * times faster) and positions are located only when first asked for, which for a file without findings is never.
 * A file that is malformed, nested too deep or holds a duplicated key (JSON.parse keeps the last value silently)
 * goes through `parseJson`, so errors and duplicates come out exactly as from it. At 10,000 migrations this took
 * the `dependencies.json` files from 0.11 s to a few milliseconds and left no per-key index in memory.
 */
export function parseJsonLazily(text: string, options: JsonParseOptions = {}): JsonParseResult {
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shape = scanShape(body);
  if (shape.depth <= maxDepth) {
    let value: unknown;
    let parsed = true;
    try {
      value = JSON.parse(body);
    } catch {
      parsed = false;
    }
    // Every member has one ':' outside strings; fewer keys in the value means a key was given twice.
    if (parsed && countMembers(value) === shape.members) {
      return { value, positions: new LazyPositions(text, maxDepth), duplicates: [] };
    }
  }
  return parseJson(text, options);
}

/** Positions of a well-formed text, located by `parseJson` on the first lookup. */
class LazyPositions implements JsonPointerIndex {
  private index: JsonPointerIndex | undefined;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  get(pointer: string): JsonPosition | undefined {
    this.index ??= parseJson(this.text, { maxDepth: this.maxDepth }).positions;
    return this.index.get(pointer);
  }
}

/** Members (colons outside strings) and the deepest nesting of objects and arrays, in one pass. */
function scanShape(t: string): { members: number; depth: number } {
  let members = 0;
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string: a backslash escapes the next character, whatever it is.
      for (i++; i < t.length; i++) {
        const d = t.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x3a) members++;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > deepest) deepest = depth;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return { members, depth: deepest };
}

/** Own keys of every object in a parsed value. */
function countMembers(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (const item of value) n += countMembers(item);
    return n;
  }
  for (const key in value) {
    n += 1 + countMembers((value as Record<string, unknown>)[key]);
  }
  return n;
}

class SyntaxFailure {
  constructor(
    readonly message: string,
    readonly index: number,
  ) {}
}

const WS_SPACE = 0x20;
const WS_TAB = 0x09;
const WS_LF = 0x0a;
const WS_CR = 0x0d;

class Parser {
  private i = 0;
  private readonly positions = new Map<string, JsonPosition>();
  private readonly duplicates: JsonDuplicateKey[] = [];
  // Positions are asked for in increasing order, so a cursor that only moves forward makes locating O(n) overall.
  private locIndex = 0;
  private locLine = 1;
  private locColumn = 1;
  private readonly start: number;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {
    // A byte-order mark is not part of the JSON and editors do not show it as a column.
    this.start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.i = this.start;
    this.locIndex = this.start;
  }

  run(): JsonParseResult & { positions: Map<string, JsonPosition> } {
    try {
      this.skipWhitespace();
      if (this.i >= this.text.length) throw new SyntaxFailure('The file is empty: expected a JSON value', this.i);
      const value = this.parseValue('', 0);
      this.skipWhitespace();
      if (this.i < this.text.length) {
        throw new SyntaxFailure(`Unexpected ${this.describe(this.i)} after the end of the JSON value`, this.i);
      }
      return { value, positions: this.positions, duplicates: this.duplicates };
    } catch (e) {
      if (!(e instanceof SyntaxFailure)) throw e;
      const { line, column } = this.locate(e.index);
      return { positions: this.positions, duplicates: this.duplicates, error: { message: e.message, line, column } };
    }
  }

  /** 1-based line and code-point column of a UTF-16 index. */
  locate(index: number): JsonPosition {
    if (index < this.locIndex) {
      this.locIndex = this.start;
      this.locLine = 1;
      this.locColumn = 1;
    }
    const t = this.text;
    let i = this.locIndex;
    let line = this.locLine;
    let column = this.locColumn;
    while (i < index) {
      const c = t.charCodeAt(i);
      if (c === WS_LF) {
        line++;
        column = 1;
      } else if (!(c >= 0xdc00 && c <= 0xdfff && isHighSurrogate(t.charCodeAt(i - 1)))) {
        column++;
      }
      i++;
    }
    this.locIndex = i;
    this.locLine = line;
    this.locColumn = column;
    return { line: this.locLine, column: this.locColumn };
  }

  private span(from: number, to: number): JsonPosition {
    const a = this.locate(from);
    const b = this.locate(to);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  private skipWhitespace(): void {
    const t = this.text;
    let i = this.i;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === WS_SPACE || c === WS_LF || c === WS_CR || c === WS_TAB) i++;
      else break;
    }
    this.i = i;
  }

  private describe(index: number): string {
    if (index >= this.text.length) return 'end of file';
    const cp = this.text.codePointAt(index)!;
    if (cp < 0x20 || cp === 0x7f) return `character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    return `character '${String.fromCodePoint(cp)}'`;
  }

  private unexpected(expected: string): SyntaxFailure {
    if (this.i >= this.text.length) return new SyntaxFailure(`Unexpected end of file: expected ${expected}`, this.i);
    return new SyntaxFailure(`Unexpected ${this.describe(this.i)}: expected ${expected}`, this.i);
  }

  private parseValue(pointer: string, depth: number): unknown {
    const c = this.text.charCodeAt(this.i);
    switch (c) {
      case 0x7b: // {
        return this.parseObject(pointer, depth + 1);
      case 0x5b: // [
        return this.parseArray(pointer, depth + 1);
      case 0x22: // "
        return this.parseString();
      case 0x74: // t
        return this.parseLiteral('true', true);
      case 0x66: // f
        return this.parseLiteral('false', false);
      case 0x6e: // n
        return this.parseLiteral('null', null);
      default:
        if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.parseNumber();
        if (c === 0x27) throw new SyntaxFailure('Strings must use double quotes', this.i);
        throw this.unexpected('a JSON value');
    }
  }

  private checkDepth(depth: number): void {
    if (depth > this.maxDepth) {
      throw new SyntaxFailure(`Nesting deeper than ${this.maxDepth} levels`, this.i);
    }
  }

  private parseObject(pointer: string, depth: number): Record<string, unknown> {
    this.checkDepth(depth);
    if (pointer === '') this.positions.set('', this.locate(this.i));
    this.i++; // {
    const obj: Record<string, unknown> = {};
    this.skipWhitespace();
    if (this.text.charCodeAt(this.i) === 0x7d) {
      this.i++;
      return obj;
    }
    for (;;) {
      this.skipWhitespace();
      const keyStart = this.i;
      if (this.text.charCodeAt(this.i) !== 0x22) {
        if (this.text.charCodeAt(this.i) === 0x7d) {
          throw new SyntaxFailure("Trailing comma: remove the ',' before '}'", this.lastComma);
        }
        throw this.unexpected("a key in double quotes");
      }
      const key = this.parseString();
      const memberPointer = `${pointer}/${escapePointerToken(key)}`;
      const keyPos = this.span(keyStart, this.i);
      if (Object.prototype.hasOwnProperty.call(obj, key)) {
        this.duplicates.push({ key, pointer: memberPointer, line: keyPos.line, column: keyPos.column });
      }
      this.positions.set(memberPointer, keyPos);
      this.skipWhitespace();
      if (this.text.charCodeAt(this.i) !== 0x3a) throw this.unexpected("':' after the key");
      this.i++;
      this.skipWhitespace();
      const value = this.parseValue(memberPointer, depth);
      // Assigning "__proto__" would replace the object's prototype; defineProperty makes it an ordinary own key.
      if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
      else obj[key] = value;
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.i);
      if (c === 0x2c) {
        this.lastComma = this.i;
        this.i++;
        continue;
      }
      if (c === 0x7d) {
        this.i++;
        return obj;
      }
      throw this.unexpected("',' or '}'");
    }
  }

  private lastComma = 0;

  private parseArray(pointer: string, depth: number): unknown[] {
    this.checkDepth(depth);
    if (pointer === '') this.positions.set('', this.locate(this.i));
    this.i++; // [
    const arr: unknown[] = [];
    this.skipWhitespace();
    if (this.text.charCodeAt(this.i) === 0x5d) {
      this.i++;
      return arr;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text.charCodeAt(this.i) === 0x5d && arr.length > 0) {
        throw new SyntaxFailure("Trailing comma: remove the ',' before ']'", this.lastComma);
      }
      const itemPointer = `${pointer}/${arr.length}`;
      // Locate the start before descending: the cursor only moves forward cheaply.
      const start = this.locate(this.i);
      const value = this.parseValue(itemPointer, depth);
      const end = this.locate(this.i);
      this.positions.set(itemPointer, { line: start.line, column: start.column, endLine: end.line, endColumn: end.column });
      arr.push(value);
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.i);
      if (c === 0x2c) {
        this.lastComma = this.i;
        this.i++;
        continue;
      }
      if (c === 0x5d) {
        this.i++;
        return arr;
      }
      throw this.unexpected("',' or ']'");
    }
  }

  private parseLiteral<T>(word: string, value: T): T {
    if (this.text.startsWith(word, this.i)) {
      this.i += word.length;
      return value;
    }
    throw this.unexpected('a JSON value');
  }

  private parseNumber(): number {
    const t = this.text;
    const start = this.i;
    let i = this.i;
    if (t.charCodeAt(i) === 0x2d) i++;
    if (t.charCodeAt(i) === 0x30) {
      i++;
      if (isDigit(t.charCodeAt(i))) {
        throw new SyntaxFailure('Numbers must not have leading zeros (write ids as strings: "000001")', start);
      }
    } else {
      const j = skipDigits(t, i);
      if (j === i) {
        this.i = i;
        throw this.unexpected('a digit');
      }
      i = j;
    }
    if (t.charCodeAt(i) === 0x2e) {
      const j = skipDigits(t, i + 1);
      if (j === i + 1) {
        this.i = j;
        throw this.unexpected('a digit after the decimal point');
      }
      i = j;
    }
    if (t.charCodeAt(i) === 0x65 || t.charCodeAt(i) === 0x45) {
      i++;
      if (t.charCodeAt(i) === 0x2b || t.charCodeAt(i) === 0x2d) i++;
      const j = skipDigits(t, i);
      if (j === i) {
        this.i = j;
        throw this.unexpected('a digit in the exponent');
      }
      i = j;
    }
    this.i = i;
    return Number(t.slice(start, i));
  }

  private parseString(): string {
    const t = this.text;
    const open = this.i;
    let i = this.i + 1;
    let out = '';
    let chunk = i;
    for (;;) {
      if (i >= t.length) {
        const at = this.locate(open);
        throw new SyntaxFailure(
          `Unexpected end of file inside the string that starts at line ${at.line}, column ${at.column}`,
          i,
        );
      }
      const c = t.charCodeAt(i);
      if (c === 0x22) {
        out += t.slice(chunk, i);
        this.i = i + 1;
        return out;
      }
      if (c < 0x20) {
        throw new SyntaxFailure(
          c === WS_LF ? 'Unterminated string: a line break inside a string must be written \\n' : `Unescaped control character U+${c.toString(16).toUpperCase().padStart(4, '0')} in a string`,
          i,
        );
      }
      if (c !== 0x5c) {
        i++;
        continue;
      }
      out += t.slice(chunk, i);
      const e = t.charCodeAt(i + 1);
      switch (e) {
        case 0x22: out += '"'; break;
        case 0x5c: out += '\\'; break;
        case 0x2f: out += '/'; break;
        case 0x62: out += '\b'; break;
        case 0x66: out += '\f'; break;
        case 0x6e: out += '\n'; break;
        case 0x72: out += '\r'; break;
        case 0x74: out += '\t'; break;
        case 0x75: {
          const hex = t.slice(i + 2, i + 6);
          if (!/^[0-9A-Fa-f]{4}$/.test(hex)) throw new SyntaxFailure('Invalid \\u escape: expected four hex digits', i);
          out += String.fromCharCode(parseInt(hex, 16));
          i += 4;
          break;
        }
        default:
          if (i + 1 >= t.length) {
            throw new SyntaxFailure('Unexpected end of file inside a string escape', i + 1);
          }
          throw new SyntaxFailure(`Invalid escape '\\${String.fromCodePoint(t.codePointAt(i + 1)!)}' in a string`, i);
      }
      i += 2;
      chunk = i;
    }
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function skipDigits(t: string, from: number): number {
  let j = from;
  while (isDigit(t.charCodeAt(j))) j++;
  return j;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
