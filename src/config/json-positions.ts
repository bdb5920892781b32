/**
 * Config JSON with positions. `JSON.parse` gives neither the position of a key (needed to put a schema finding on
 * the right line) nor a reliable position for a syntax error, so config files are also read with VS Code's
 * `jsonc-parser`. This adapter adds what that library leaves to its callers: positions by JSON pointer in
 * characters (not UTF-16 units), duplicated keys, a nesting limit (the library recurses), and our own sentences
 * for its error codes. `JSON.parse` stays the fast path and the source of every value. It never throws.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { JsonPointerIndex, JsonPosition } from './types.js';
import { escapePointerToken } from './pointer.js';

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

const BOM = 0xfeff;

/**
 * Parses JSON text into its value, an index of positions by JSON pointer, and the duplicated keys.
 * Never throws; on malformed text `error` says what and where, and `value` is absent.
 */
export function parseJson(text: string, options: JsonParseOptions = {}): JsonParseResult & { positions: Map<string, JsonPosition> } {
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  // A byte-order mark is not part of the JSON and editors do not show it as a column.
  const start = text.charCodeAt(0) === BOM ? 1 : 0;
  const body = start ? text.slice(1) : text;
  const locator = new Locator(text, start);
  const positions = new Map<string, JsonPosition>();
  const duplicates: JsonDuplicateKey[] = [];
  const fail = (message: string, offset: number) => {
    const { line, column } = locator.at(start + offset);
    return { positions, duplicates, error: { message, line, column } };
  };
  const shape = scanShape(body, maxDepth);
  if (shape.tooDeepAt >= 0) return fail(`Nesting deeper than ${maxDepth} levels`, shape.tooDeepAt);
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    const [message, offset] = describeError(body, errors, root);
    return fail(message, offset);
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    // Nothing the library accepts is known to fail here; should it, the file is still reported, not thrown.
    return fail(`Invalid JSON: ${(e as Error).message}`, 0);
  }
  const at = (offset: number) => locator.at(start + offset);
  const span = (offset: number, length: number): JsonPosition => {
    const a = at(offset);
    const b = at(offset + length);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  positions.set('', at(root.offset));
  indexNode(root, '', { positions, duplicates, span });
  return { value, positions, duplicates };
}

/**
 * As `parseJson`, for the common case of a well-formed file: the value comes from `JSON.parse` alone and positions
 * are located only when first asked for, which for a file without findings is never. A file that is malformed,
 * nested too deep or holds a duplicated key (JSON.parse keeps the last value silently) goes through `parseJson`, so
 * errors and duplicates come out exactly as from it.
 */
export function parseJsonLazily(text: string, options: JsonParseOptions = {}): JsonParseResult {
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  const body = text.charCodeAt(0) === BOM ? text.slice(1) : text;
  const shape = scanShape(body, maxDepth);
  if (shape.tooDeepAt < 0) {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return parseJson(text, options);
    }
    // Every member has one ':' outside strings; fewer keys in the value means a key was given twice.
    if (countMembers(value) === shape.members) return { value, positions: new LazyPositions(text, maxDepth), duplicates: [] };
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

interface Index {
  positions: Map<string, JsonPosition>;
  duplicates: JsonDuplicateKey[];
  span: (offset: number, length: number) => JsonPosition;
}

/** Records the position of every member key and array item below `node`, and the keys given twice. */
function indexNode(node: Node, pointer: string, index: Index): void {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const member of node.children ?? []) {
      const [key, value] = member.children ?? [];
      if (!key || typeof key.value !== 'string') continue;
      const child = `${pointer}/${escapePointerToken(key.value)}`;
      const position = index.span(key.offset, key.length);
      if (seen.has(key.value)) index.duplicates.push({ key: key.value, pointer: child, line: position.line, column: position.column });
      seen.add(key.value);
      index.positions.set(child, position);
      if (value) indexNode(value, child, index);
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((item, i) => {
      const child = `${pointer}/${i}`;
      index.positions.set(child, index.span(item.offset, item.length));
      indexNode(item, child, index);
    });
  }
}

/** Our sentence for the library's first error, and the UTF-16 offset in `body` it points at. */
function describeError(body: string, errors: ParseError[], root: Node | undefined): [string, number] {
  const first = errors[0];
  if (!first) return ['The file is empty: expected a JSON value', body.length];
  const { offset, length } = first;
  const code = printParseErrorCode(first.error);
  const next = errors[1] && printParseErrorCode(errors[1].error);
  const atEnd = offset >= body.length;
  const token = body.slice(offset, offset + length);
  const container = enclosingBracket(body, offset);
  const closer = container === '[' ? ']' : '}';
  switch (code) {
    case 'ValueExpected':
    case 'PropertyNameExpected': {
      if (body.trim() === '') return ['The file is empty: expected a JSON value', body.length];
      const comma = commaBefore(body, offset);
      if (comma >= 0 && (body[offset] === '}' || body[offset] === ']')) return [`Trailing comma: remove the ',' before '${body[offset]}'`, comma];
      return [unexpected(body, offset, code === 'PropertyNameExpected' ? 'a key in double quotes' : 'a JSON value'), offset];
    }
    case 'InvalidSymbol': {
      if (root && offset >= root.offset + root.length) return [`Unexpected ${describe(body, offset)} after the end of the JSON value`, offset];
      if (next === 'PropertyNameExpected') return [unexpected(body, offset, 'a key in double quotes'), offset];
      if (body[offset] === "'") return ['Strings must use double quotes', offset];
      if (body[offset] === '-') return [unexpected(body, offset + 1, 'a digit'), offset + 1];
      return [`Unexpected '${token}': expected a JSON value`, offset];
    }
    case 'CommaExpected': {
      if (/[0-9]/.test(body[offset] ?? '') && /(^|[^0-9.eE+-])-?0$/.test(body.slice(0, offset))) {
        return ['Numbers must not have leading zeros (write ids as strings: "000001")', body.lastIndexOf('0', offset - 1)];
      }
      return [unexpected(body, offset, `',' or '${closer}'`), offset];
    }
    case 'CloseBraceExpected':
    case 'CloseBracketExpected':
      return [unexpected(body, offset, `',' or '${code === 'CloseBraceExpected' ? '}' : ']'}'`), offset];
    case 'ColonExpected':
      return [unexpected(body, offset, "':'"), offset];
    case 'EndOfFileExpected':
      return [`Unexpected ${describe(body, offset)} after the end of the JSON value`, offset];
    case 'InvalidCommentToken':
      return [`Unexpected character '/': comments are not allowed in JSON`, offset];
    case 'UnexpectedEndOfString':
      return stringError(body, offset, length);
    case 'UnexpectedEndOfNumber':
      return numberError(token, offset);
    case 'InvalidUnicode': {
      const at = token.search(/\\u(?![0-9A-Fa-f]{4})/);
      return ['Invalid \\u escape: expected four hex digits', offset + Math.max(at, 0)];
    }
    case 'InvalidEscapeCharacter': {
      const at = token.search(/\\[^"\\/bfnrtu]/);
      const bad = at >= 0 ? String.fromCodePoint(token.codePointAt(at + 1)!) : '';
      return [`Invalid escape '\\${bad}' in a string`, offset + Math.max(at, 0)];
    }
    case 'InvalidCharacter':
      return stringError(body, offset, length);
    default:
      return [atEnd ? 'Unexpected end of file' : `Unexpected ${describe(body, offset)}`, offset];
  }
}

/** A string that holds a raw control character or line break, or that the file ends inside. */
function stringError(body: string, offset: number, length: number): [string, number] {
  for (let i = offset + 1; i <= offset + length && i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return ['Strings cannot hold a line break: write \\n', i];
    if (c < 0x20) return [`Strings cannot hold the control character U+${c.toString(16).toUpperCase().padStart(4, '0')}: escape it`, i];
  }
  return [`Unexpected end of file inside the string that starts at ${startOf(body, offset)}`, body.length];
}

function numberError(token: string, offset: number): [string, number] {
  const end = offset + token.length;
  if (/\.$/.test(token)) return ['Expected a digit after the decimal point', end];
  if (/[eE][+-]?$/.test(token)) return ['Expected a digit in the exponent', end];
  return [`Unexpected end of the number '${token}'`, end];
}

/** "line L, column C" of a UTF-16 offset, for messages that name a second place. */
function startOf(body: string, offset: number): string {
  const { line, column } = new Locator(body, 0).at(offset);
  return `line ${line}, column ${column}`;
}

function unexpected(body: string, offset: number, expected: string): string {
  return offset >= body.length ? `Unexpected end of file: expected ${expected}` : `Unexpected ${describe(body, offset)}: expected ${expected}`;
}

function describe(body: string, offset: number): string {
  if (offset >= body.length) return 'end of file';
  const cp = body.codePointAt(offset)!;
  if (cp < 0x20 || cp === 0x7f) return `character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return `character '${String.fromCodePoint(cp)}'`;
}

/** The offset of a ',' that only white space separates from `offset`, or -1. */
function commaBefore(body: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(body[i]!)) i--;
  return body[i] === ',' ? i : -1;
}

/** The innermost '{' or '[' open at `offset` (outside strings), or '' at the top level. */
function enclosingBracket(body: string, offset: number): string {
  const open: string[] = [];
  for (let i = 0; i < offset && i < body.length; i++) {
    const c = body[i];
    if (c === '"') {
      for (i++; i < body.length && body[i] !== '"'; i++) if (body[i] === '\\') i++;
    } else if (c === '{' || c === '[') open.push(c);
    else if (c === '}' || c === ']') open.pop();
  }
  return open[open.length - 1] ?? '';
}

/**
 * Members (colons outside strings), and where nesting first goes past `maxDepth` (-1 when it never does), in one
 * pass: the fast path's duplicate-key test and the guard that keeps the recursive library off deep input.
 */
function scanShape(t: string, maxDepth: number): { members: number; tooDeepAt: number } {
  let members = 0;
  let depth = 0;
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
      if (++depth > maxDepth) return { members, tooDeepAt: i };
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return { members, tooDeepAt: -1 };
}

/** Own keys of every object in a parsed value. */
function countMembers(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (const item of value) n += countMembers(item);
    return n;
  }
  for (const key in value) n += 1 + countMembers((value as Record<string, unknown>)[key]);
  return n;
}

/**
 * 1-based line and code-point column of UTF-16 offsets. Positions are asked for mostly in increasing order, so a
 * cursor that only moves forward (and restarts when asked for an earlier one) makes locating linear overall.
 */
class Locator {
  private index: number;
  private line = 1;
  private column = 1;

  constructor(
    private readonly text: string,
    private readonly start: number,
  ) {
    this.index = start;
  }

  at(offset: number): JsonPosition {
    if (offset < this.index) {
      this.index = this.start;
      this.line = 1;
      this.column = 1;
    }
    const t = this.text;
    for (; this.index < offset && this.index < t.length; this.index++) {
      const c = t.charCodeAt(this.index);
      if (c === 0x0a) {
        this.line++;
        this.column = 1;
      } else if (!(c >= 0xdc00 && c <= 0xdfff && this.index > 0 && isHighSurrogate(t.charCodeAt(this.index - 1)))) {
        this.column++;
      }
    }
    return { line: this.line, column: this.column };
  }
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
