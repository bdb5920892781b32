/**
 * Small guards and walkers over libpg-query's JSON AST (`{ KindName: { ...fields } }` objects).
 * Append helpers here rather than re-walking the tree inside rules.
 */
import type { AlterTableCmd, ColumnDef, Constraint, FuncCall, NodeBody, NodeKind, RangeVar, TypeName } from './ast-types.js';
import type { Node, ParsedSql, Statement } from './parser.js';
import { statementTokens } from './tokens.js';
import type { Token } from './tokens.js';

/** A node's single key ('CreateStmt') and its body. */
export function unwrap(node: unknown): { kind: string; body: Record<string, unknown> } | undefined {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
  // for-in, not Object.keys: no array per call (this runs for nearly every node every rule looks at).
  let kind: string | undefined;
  for (const k in node) {
    if (kind !== undefined) return undefined;
    kind = k;
  }
  if (kind === undefined) return undefined;
  const body = (node as Record<string, unknown>)[kind];
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  return { kind, body: body as Record<string, unknown> };
}

/**
 * The body of `node` when it is a node of `kind` (`nodeOf(n, 'IndexStmt')` is the IndexStmt inside
 * `{ IndexStmt: {...} }`), typed from @pgsql/types; undefined for any other node or value. The hottest helper of
 * the rules (every rule starts with one or more), so it only looks the kind up: in libpg-query's output a
 * capitalised key appears only as the one key of a node (fields are snake_case), so a node holding `kind` is
 * that node.
 */
export function nodeOf<K extends NodeKind>(node: unknown, kind: K): NodeBody<K> | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const body = (node as Record<string, unknown>)[kind];
  if (!body || typeof body !== 'object' || Array.isArray(body) || !Object.prototype.hasOwnProperty.call(node, kind)) return undefined;
  return body as NodeBody<K>;
}

export interface Visit {
  kind: string;
  body: Record<string, unknown>;
  /** Kinds of the enclosing nodes, outermost first. */
  ancestors: string[];
}

/**
 * Depth-first walk over every typed node below (and including) `node`. Return false from the visitor to skip
 * a node's children. The visit object and its `ancestors` stack are reused, valid during the visitor call only
 * (copy what you keep): walking is the hottest loop of linting, so it allocates nothing per node.
 */
export function walk(node: unknown, visit: (v: Visit) => boolean | void, ancestors: string[] = []): void {
  walkInto(node, visit, { kind: '', body: {}, ancestors });
}

function walkInto(node: unknown, visit: (v: Visit) => boolean | void, v: Visit): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) walkInto(node[i], visit, v);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  let only: string | undefined;
  let count = 0;
  for (const k in obj) {
    if (++count > 1) break;
    only = k;
  }
  if (count === 1) {
    const first = only!.charCodeAt(0);
    const body = obj[only!];
    // A typed node is `{ KindName: { ...fields } }`: one capitalised key holding an object.
    if (first >= 65 && first <= 90 && body !== null && typeof body === 'object' && !Array.isArray(body)) {
      v.kind = only!;
      v.body = body as Record<string, unknown>;
      if (visit(v) === false) return;
      v.ancestors.push(only!);
      const b = body as Record<string, unknown>;
      for (const k in b) {
        const child = b[k];
        if (child !== null && typeof child === 'object') walkInto(child, visit, v);
      }
      v.ancestors.pop();
      return;
    }
  }
  for (const k in obj) {
    const child = obj[k];
    if (child !== null && typeof child === 'object') walkInto(child, visit, v);
  }
}

const indexCache = new WeakMap<object, Map<string, Record<string, unknown>[]>>();

/**
 * Every typed node below (and including) `node`, grouped by kind, built with one walk and cached per node
 * object: several rules ask "which DeleteStmt / AlterTableCmd nodes are in this statement", and walking the tree
 * once per rule dominated lint time on large files.
 */
export function nodeIndex(node: unknown): ReadonlyMap<string, readonly Record<string, unknown>[]> {
  if (!node || typeof node !== 'object') return new Map();
  let index = indexCache.get(node);
  if (!index) {
    const built = new Map<string, Record<string, unknown>[]>();
    walk(node, (v) => {
      const list = built.get(v.kind);
      if (list) list.push(v.body);
      else built.set(v.kind, [v.body]);
    });
    index = built;
    indexCache.set(node, index);
  }
  return index;
}


/** Bodies of every node of `kind` below (and including) `node`, in walk order. */
export function nodesOf<K extends NodeKind>(node: unknown, kind: K): readonly NodeBody<K>[] {
  return (nodeIndex(node).get(kind) ?? []) as readonly NodeBody<K>[];
}

/** `schema.name` of a RangeVar body as the parser gives it (unquoted names folded to lower case, quoted exact); schema may be absent. */
export interface QualifiedName {
  schema?: string;
  name: string;
  /** Byte offset of the name in the file (the RangeVar location). */
  location?: number;
}

export function rangeVarName(rv: RangeVar | undefined): QualifiedName | undefined {
  if (!rv || typeof rv.relname !== 'string') return undefined;
  return {
    schema: typeof rv.schemaname === 'string' ? rv.schemaname : undefined,
    name: rv.relname,
    location: typeof rv.location === 'number' ? rv.location : undefined,
  };
}

/** The strings of a `names` list (`[{String:{sval}}]`), e.g. a type or function name. */
export function stringList(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  const out: string[] = [];
  for (const item of list) {
    const s = nodeOf(item, 'String');
    if (s?.sval !== undefined) out.push(s.sval);
  }
  return out;
}

/**
 * The RangeVar body of `x`, given wrapped (`{RangeVar: {...}}`, as in lists) or bare (as in `relation` fields);
 * undefined for anything that is not an object.
 */
export function rangeVarOf(x: unknown): RangeVar | undefined {
  return nodeOf(x, 'RangeVar') ?? (x && typeof x === 'object' ? (x as RangeVar) : undefined);
}

/** 'schema.name' or 'name'. */
export function formatName(q: QualifiedName): string {
  return q.schema ? `${q.schema}.${q.name}` : q.name;
}

/**
 * An identifier as SQL must spell it to mean the same name: bare when folding to lower case leaves it unchanged,
 * else double-quoted (`Users` -> `"Users"`), so a name shown to a person can be pasted back into SQL or into
 * affects_tables.
 */
export function quoteIdent(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/** formatName with each part spelled as SQL needs it (see quoteIdent): `svc_a."Users"`. */
export function sqlName(q: QualifiedName): string {
  return q.schema ? `${quoteIdent(q.schema)}.${quoteIdent(q.name)}` : quoteIdent(q.name);
}

export type { Node };

// ---- Helpers for the safety rules (keyword positions, type names, tables created in the file) ----

/** Upper-cased text of a token (keywords and punctuation alike). */
function up(t: Token): string {
  return t.text.toUpperCase();
}

/**
 * Tokens of one statement at absolute byte offsets without comments, for rules that point at a keyword
 * (`CONCURRENTLY`, `SET NOT NULL`) that the AST does not locate. Never throws: an unscannable text gives [].
 */
export function codeTokens(sql: ParsedSql, stmt: Statement): Token[] {
  // Many rules ask for the same statement's code tokens: filtered once and kept with the statement.
  const all = statementTokens(sql, stmt);
  const cached = codeTokenCache.get(stmt);
  if (cached && cached.all === all) return cached.code;
  const code = all.filter((t) => t.name !== 'SQL_COMMENT' && t.name !== 'C_COMMENT');
  codeTokenCache.set(stmt, { all, code });
  return code;
}

const codeTokenCache = new WeakMap<Statement, { all: Token[]; code: Token[] }>();

/** The first token at or after byte `from` whose upper-cased text is one of `words`. */
export function findToken(tokens: readonly Token[], words: string | readonly string[], from = 0): Token | undefined {
  const list = typeof words === 'string' ? [words] : words;
  return tokens.find((t) => t.start >= from && list.includes(up(t)));
}

/** Words that end a column's type inside a column definition or ALTER COLUMN ... TYPE. */
const TYPE_END = new Set([
  'NOT', 'NULL', 'DEFAULT', 'CONSTRAINT', 'PRIMARY', 'REFERENCES', 'CHECK', 'UNIQUE', 'GENERATED', 'COLLATE',
  'USING', 'COMPRESSION', 'STORAGE', ',', ')', ';', 'ENCODE',
]);

/**
 * Byte range of a type name that starts at `location` (a TypeName's location): `varchar(10)`,
 * `timestamp(3) without time zone`, `int[]`. Falls back to the first token when the text is unusual.
 */
export function typeNameRange(tokens: readonly Token[], location: number | undefined): { start: number; end: number } | undefined {
  if (location === undefined || location < 0) return undefined;
  const first = tokens.findIndex((t) => t.start >= location);
  if (first < 0) return undefined;
  let end = tokens[first]!.end;
  let depth = 0;
  for (let i = first + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (up(t) === '(') depth++;
    else if (up(t) === ')') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && TYPE_END.has(up(t))) break;
    end = t.end;
  }
  return { start: tokens[first]!.start, end };
}

/** The type of a TypeName body, lower-cased, without the `pg_catalog` prefix: 'int4', 'varchar', 'serial'. */
export function typeNameOf(typeName: TypeName | undefined): { name: string; builtin: boolean; typmods: number; array: boolean } | undefined {
  if (!typeName || typeof typeName !== 'object') return undefined;
  const body = typeName;
  const names = stringList(body.names).map((s) => s.toLowerCase());
  if (names.length === 0) return undefined;
  const builtin = names.length === 2 && names[0] === 'pg_catalog';
  return {
    name: names[names.length - 1]!,
    builtin: builtin || names.length === 1,
    typmods: Array.isArray(body.typmods) ? body.typmods.length : 0,
    array: Array.isArray(body.arrayBounds) && body.arrayBounds.length > 0,
  };
}

/** The last part of a function name, lower-cased (`pg_catalog.now` -> 'now'). */
export function funcNameOf(funcCall: FuncCall | undefined): string | undefined {
  const names = stringList(funcCall?.funcname);
  return names.length ? names[names.length - 1]!.toLowerCase() : undefined;
}

/** A column being defined: by CREATE TABLE or by ALTER TABLE ... ADD COLUMN. */
export interface ColumnDefinition {
  def: ColumnDef;
  table: QualifiedName | undefined;
  /** 'create' inside CREATE TABLE, 'add' for ALTER TABLE ... ADD COLUMN. */
  via: 'create' | 'add';
  /** Column names of the table-level PRIMARY KEY constraints of the same CREATE TABLE. */
  tablePrimaryKey: ReadonlySet<string>;
}

/** Every column a statement defines (CREATE TABLE columns, ALTER TABLE ... ADD COLUMN). */
export function columnDefinitions(node: unknown): ColumnDefinition[] {
  const out: ColumnDefinition[] = [];
  const create = nodeOf(node, 'CreateStmt');
  if (create) {
    const table = rangeVarName(create.relation);
    const elts = Array.isArray(create.tableElts) ? create.tableElts : [];
    const pk = new Set<string>();
    for (const e of elts) {
      const c = nodeOf(e, 'Constraint');
      if (c?.contype === 'CONSTR_PRIMARY') for (const k of stringList(c.keys)) pk.add(k);
    }
    for (const e of elts) {
      const def = nodeOf(e, 'ColumnDef');
      if (def) out.push({ def, table, via: 'create', tablePrimaryKey: pk });
    }
    return out;
  }
  const alter = nodeOf(node, 'AlterTableStmt');
  if (alter && (alter.objtype === 'OBJECT_TABLE' || alter.objtype === undefined)) {
    const table = rangeVarName(alter.relation);
    for (const cmd of Array.isArray(alter.cmds) ? alter.cmds : []) {
      const c = nodeOf(cmd, 'AlterTableCmd');
      if (c?.subtype !== 'AT_AddColumn') continue;
      const def = nodeOf(c.def, 'ColumnDef');
      if (def) out.push({ def, table, via: 'add', tablePrimaryKey: new Set() });
    }
  }
  return out;
}

/** The Constraint bodies attached to a column definition. */
export function columnConstraints(def: ColumnDef): Constraint[] {
  const list = Array.isArray(def.constraints) ? def.constraints : [];
  return list.map((c) => nodeOf(c, 'Constraint')).filter((c) => c !== undefined);
}

/** The AlterTableCmd bodies of an ALTER TABLE statement (objtype TABLE), with its table. */
export function alterTableCommands(node: unknown): { table: QualifiedName | undefined; cmds: AlterTableCmd[] } | undefined {
  const alter = nodeOf(node, 'AlterTableStmt');
  if (!alter || (alter.objtype !== undefined && alter.objtype !== 'OBJECT_TABLE')) return undefined;
  const cmds = (Array.isArray(alter.cmds) ? alter.cmds : [])
    .map((c) => nodeOf(c, 'AlterTableCmd'))
    .filter((c) => c !== undefined);
  return { table: rangeVarName(alter.relation), cmds };
}

/** Top-level statements of the file that come before `stmt` (by byte offset). */
export function statementsBefore(sql: ParsedSql, stmt: { start: number }): Statement[] {
  return sql.statements.filter((s) => s.start < stmt.start);
}

/** Top-level statements of the file that come after `stmt` (by byte offset). */
export function statementsAfter(sql: ParsedSql, stmt: { start: number }): Statement[] {
  return sql.statements.filter((s) => s.start > stmt.start);
}

/** Byte range from the first token at or after `from` through the token that closes its parenthesis (a call). */
export function callRange(tokens: readonly Token[], from: number | undefined): { start: number; end: number } | undefined {
  if (from === undefined || from < 0) return undefined;
  const first = tokens.findIndex((t) => t.start >= from);
  if (first < 0) return undefined;
  let depth = 0;
  let end = tokens[first]!.end;
  for (let i = first + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (up(t) === '(') depth++;
    else if (up(t) === ')') depth--;
    // The rest of a qualified function name (`app.f(`): no call has started yet.
    else if (depth === 0 && (t.text === '.' || tokens[i - 1]!.text === '.')) {
      end = t.end;
      continue;
    } else if (depth === 0) break;
    end = t.end;
    if (depth === 0) break;
  }
  return { start: tokens[first]!.start, end };
}

/** Byte range of a possibly qualified name (`a.b`, `"A".b`) that starts at `location`. */
export function nameRange(tokens: readonly Token[], location: number | undefined): { start: number; end: number } | undefined {
  if (location === undefined || location < 0) return undefined;
  let i = tokens.findIndex((t) => t.start >= location);
  if (i < 0) return undefined;
  const start = tokens[i]!.start;
  let end = tokens[i]!.end;
  while (tokens[i + 1]?.text === '.' && tokens[i + 2]) {
    end = tokens[i + 2]!.end;
    i += 2;
  }
  return { start, end };
}

/** From the first `word` token of a statement (its start when there is none) to the statement's end. */
export function fromKeywordToEnd(sql: ParsedSql, stmt: Statement, word: string): { start: number; end: number } {
  const whole = statementRange(sql, stmt);
  return { start: findToken(codeTokens(sql, stmt), word)?.start ?? whole.start, end: whole.end };
}

/**
 * Byte range of a run of consecutive keywords (`['SET', 'NOT', 'NULL']`) at or after byte `from`: the first full
 * match, else the first place where a prefix of them matches (optional words such as COLUMN in ADD COLUMN).
 */
export function keywordRange(tokens: readonly Token[], words: readonly string[], from = 0): { start: number; end: number } | undefined {
  let partial: { start: number; end: number } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.start < from || up(tokens[i]!) !== words[0]) continue;
    let k = 1;
    while (k < words.length && tokens[i + k] !== undefined && up(tokens[i + k]!) === words[k]) k++;
    const range = { start: tokens[i]!.start, end: tokens[i + k - 1]!.end };
    if (k === words.length) return range;
    partial ??= range;
  }
  return partial;
}

/** Byte range of a statement without its trailing semicolon, for rules whose whole statement is the problem. */
export function statementRange(sql: ParsedSql, stmt: Statement): { start: number; end: number } {
  const tokens = codeTokens(sql, stmt);
  const last = [...tokens].reverse().find((t) => t.text !== ';');
  return { start: tokens[0]?.start ?? stmt.start, end: last?.end ?? stmt.end };
}

const SERIAL_TYPES = new Set(['serial', 'serial4', 'smallserial', 'serial2', 'bigserial', 'serial8']);

/**
 * A column whose values come from a counter: primary key (inline or table-level), identity, serial, or named
 * `id`. Other integer columns (counts, flags) are a modelling choice, not a time bomb.
 */
export function isKeyColumn(col: ColumnDefinition): boolean {
  const name = String(col.def.colname ?? '');
  const type = typeNameOf(col.def.typeName);
  if (name.toLowerCase() === 'id' || col.tablePrimaryKey.has(name)) return true;
  if (type && SERIAL_TYPES.has(type.name)) return true;
  return columnConstraints(col.def).some((c) => c.contype === 'CONSTR_PRIMARY' || c.contype === 'CONSTR_IDENTITY');
}

/** Column types a statement sets: column definitions plus ALTER TABLE ... ALTER COLUMN ... TYPE. */
export function columnTypes(node: unknown): Array<{ column: string; typeName: TypeName; via: 'create' | 'add' | 'alter' }> {
  const out: Array<{ column: string; typeName: TypeName; via: 'create' | 'add' | 'alter' }> = [];
  for (const col of columnDefinitions(node)) {
    if (col.def.typeName && typeof col.def.typeName === 'object') {
      out.push({ column: String(col.def.colname ?? ''), typeName: col.def.typeName, via: col.via });
    }
  }
  for (const cmd of alterTableCommands(node)?.cmds ?? []) {
    if (cmd.subtype !== 'AT_AlterColumnType') continue;
    const def = nodeOf(cmd.def, 'ColumnDef');
    if (def?.typeName && typeof def.typeName === 'object') {
      out.push({ column: String(cmd.name ?? ''), typeName: def.typeName, via: 'alter' });
    }
  }
  return out;
}

/**
 * Whether the parenthesised option `name` (`REINDEX (CONCURRENTLY false)`, `VACUUM (FULL off)`) is in `options`
 * and switched on: written alone, or with a value that is not false / off / 0 (PostgreSQL's defGetBoolean).
 * Returns the option's DefElem when it is on.
 */
export function optionOn(options: unknown, name: string): { location?: number } | undefined {
  let on: { location?: number } | undefined;
  for (const o of Array.isArray(options) ? options : []) {
    const d = nodeOf(o, 'DefElem');
    if (d?.defname !== name) continue;
    // The last one written wins, as in PostgreSQL's option loops.
    on = isFalseOption(d.arg) ? undefined : d;
  }
  return on;
}

/** `false` / `off` / `0` as an option's value. */
function isFalseOption(arg: unknown): boolean {
  const s = nodeOf(arg, 'String');
  if (s) return /^(false|off|0|no)$/i.test(s.sval ?? '');
  const i = nodeOf(arg, 'Integer');
  if (i) return !i.ival;
  const b = nodeOf(arg, 'Boolean');
  return b !== undefined && !b.boolval;
}

/** The kind of a top-level TransactionStmt: 'begin' (BEGIN / START), 'end' (COMMIT / END / ROLLBACK / ABORT / PREPARE), or 'other'. */
export function transactionKind(stmt: Statement): 'begin' | 'end' | 'other' | undefined {
  const t = nodeOf(stmt.node, 'TransactionStmt');
  if (!t) return undefined;
  if (t.kind === 'TRANS_STMT_BEGIN' || t.kind === 'TRANS_STMT_START') return 'begin';
  if (t.kind === 'TRANS_STMT_COMMIT' || t.kind === 'TRANS_STMT_ROLLBACK' || t.kind === 'TRANS_STMT_PREPARE') return 'end';
  return 'other';
}

/** True when an explicit BEGIN earlier in the file is still open (no COMMIT/ROLLBACK since) at `stmt`. */
export function openTransactionBefore(sql: ParsedSql, stmt: { start: number }): boolean {
  let open = false;
  for (const s of statementsBefore(sql, stmt)) {
    const kind = transactionKind(s);
    if (kind === 'begin') open = true;
    else if (kind === 'end') open = false;
  }
  return open;
}

/**
 * How a statement sets the given timeout setting (lock_timeout, statement_timeout) to a non-zero value: 'session'
 * for SET and set_config('name', ..., false); 'local' for SET LOCAL and set_config('name', ..., true), which last
 * only until the end of the current transaction (outside a transaction block they do nothing). False when it
 * does not set it.
 */
export function setsTimeout(stmt: Statement, setting: string): false | 'session' | 'local' {
  const set = nodeOf(stmt.node, 'VariableSetStmt');
  if (set) {
    if (set.name !== setting || set.kind !== 'VAR_SET_VALUE') return false;
    const scope = set.is_local === true ? 'local' : 'session';
    const arg = nodeOf((set.args as unknown[] | undefined)?.[0], 'A_Const');
    if (arg?.ival) return (arg.ival.ival ?? 0) !== 0 && scope;
    return arg?.sval?.sval !== undefined && !/^\s*0\s*(ms|s|min)?\s*$/i.test(arg.sval.sval) && scope;
  }
  // The statement's calls from its node index (built once per statement and shared), not a walk of its own:
  // this runs for every statement of every file.
  for (const call of nodesOf(stmt.node, 'FuncCall')) {
    if (funcNameOf(call) !== 'set_config') continue;
    const args = Array.isArray(call.args) ? call.args : [];
    const name = nodeOf(args[0], 'A_Const')?.sval?.sval;
    const value = nodeOf(args[1], 'A_Const')?.sval?.sval;
    if (name?.toLowerCase() !== setting || value === undefined || /^\s*0\s*(ms|s|min)?\s*$/i.test(value)) continue;
    return isTrueConstant(args[2]) ? 'local' : 'session';
  }
  return false;
}

/** A constant that PostgreSQL reads as boolean true: `true`, or a string such as 'true', 'on', 't', '1'. */
function isTrueConstant(node: unknown): boolean {
  const c = nodeOf(node, 'A_Const');
  if (!c) return false;
  if (c.boolval) return c.boolval.boolval === true;
  if (c.sval?.sval !== undefined) return /^\s*(t|tr|tru|true|y|ye|yes|on|1)\s*$/i.test(c.sval.sval);
  return false;
}

const firstUnprotectedCache = new WeakMap<ParsedSql, Map<string, Statement | null>>();

/**
 * The first top-level statement for which `needsIt(stmt, created)` holds (given the tables `createdBy` the ones above it)
 * and that no earlier statement protected with a non-zero `setting` (lock_timeout, statement_timeout); null when
 * there is none. One linear pass per file and setting, cached: rules ask once per statement.
 *
 * SET LOCAL protects only the rest of its transaction: the whole file when it runs in one (`inTransaction`), else
 * the explicit BEGIN ... COMMIT block it sits in. A file outside a transaction runs statement by statement, each
 * in a transaction of its own, so a SET LOCAL there outside a block does nothing (PostgreSQL only warns).
 */
export function firstUnprotectedStatement(
  sql: ParsedSql,
  key: string,
  setting: string,
  needsIt: (stmt: Statement, created: ReadonlySet<string>) => boolean,
  createdBy: (stmt: Statement) => string[],
  inTransaction: boolean,
): Statement | null {
  let perFile = firstUnprotectedCache.get(sql);
  if (!perFile) firstUnprotectedCache.set(sql, (perFile = new Map()));
  const cacheKey = inTransaction ? key : `${key}\0outside`;
  const cached = perFile.get(cacheKey);
  if (cached !== undefined) return cached;
  let result: Statement | null = null;
  const created = new Set<string>();
  let inBlock = false;
  let protectedInBlock = false;
  for (const stmt of sql.statements) {
    const tx = transactionKind(stmt);
    if (tx === 'begin') inBlock = true;
    else if (tx === 'end') inBlock = protectedInBlock = false;
    const set = setsTimeout(stmt, setting);
    if (set === 'session' || (set === 'local' && inTransaction)) break;
    if (set === 'local' && inBlock) protectedInBlock = true;
    if (!protectedInBlock && needsIt(stmt, created)) {
      result = stmt;
      break;
    }
    for (const t of createdBy(stmt)) created.add(t);
  }
  perFile.set(cacheKey, result);
  return result;
}

/**
 * Where the timeout rules report a statement that needed the timeout: from its start through the name of the
 * table it locks (`relation`, or the first of `relations` for TRUNCATE and LOCK), else through its second token.
 */
export function unprotectedRange(sql: ParsedSql, stmt: Statement): { start: number; end: number } {
  const tokens = codeTokens(sql, stmt);
  const body = (stmt.node as unknown as Record<string, Record<string, unknown> | undefined>)[stmt.kind];
  const rel = body?.relation ?? (Array.isArray(body?.relations) ? body.relations[0] : undefined);
  const loc = rangeVarName(rangeVarOf(rel))?.location;
  const name = nameRange(tokens, loc);
  const whole = statementRange(sql, stmt);
  return { start: whole.start, end: name && name.start >= whole.start ? name.end : (tokens[1]?.end ?? whole.end) };
}
