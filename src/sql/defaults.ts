/**
 * What a column DEFAULT expression costs when ADD COLUMN fills existing rows. Since PostgreSQL 11 a default that
 * is not volatile is evaluated once and stored in the catalog (no rewrite); a volatile one is evaluated per row,
 * which rewrites the table under an ACCESS EXCLUSIVE lock. Without a catalog the tool knows the volatility of
 * the builtins listed here and of functions the same file creates; any other function is possibly volatile,
 * because CREATE FUNCTION makes a function VOLATILE unless it says IMMUTABLE or STABLE.
 */
import { nodeOf, stringList, walk } from './ast.js';
import type { ParsedSql, Statement } from './parser.js';

/** Functions PostgreSQL (or a common extension: uuid-ossp, pgcrypto) marks VOLATILE, under any schema. */
const VOLATILE_FUNCTIONS = new Set([
  'random', 'random_normal', 'gen_random_uuid', 'uuid_generate_v1', 'uuid_generate_v1mc', 'uuid_generate_v4',
  'uuidv4', 'uuidv7', 'clock_timestamp', 'timeofday', 'nextval', 'currval', 'lastval', 'setseed', 'gen_random_bytes',
  'gen_salt',
]);

/**
 * pg_catalog functions that are IMMUTABLE or STABLE in every overload (checked against pg_proc of PostgreSQL 18):
 * the ones column defaults commonly use. A builtin missing here is reported as possibly volatile, never as safe.
 */
const NON_VOLATILE_BUILTINS = new Set([
  // date and time
  'now', 'transaction_timestamp', 'statement_timestamp', 'date_trunc', 'date_part', 'extract', 'date_bin', 'age',
  'make_date', 'make_time', 'make_timestamp', 'make_timestamptz', 'make_interval', 'to_timestamp', 'to_date',
  'to_char', 'to_number', 'timezone', 'justify_days', 'justify_hours', 'justify_interval', 'isfinite',
  // text
  'lower', 'upper', 'initcap', 'concat', 'concat_ws', 'format', 'length', 'char_length', 'character_length',
  'octet_length', 'substr', 'substring', 'replace', 'translate', 'btrim', 'ltrim', 'rtrim', 'lpad', 'rpad', 'repeat',
  'reverse', 'left', 'right', 'split_part', 'strpos', 'position', 'overlay', 'normalize', 'regexp_replace',
  'starts_with', 'md5', 'sha224', 'sha256', 'sha384', 'sha512', 'encode', 'decode', 'quote_ident', 'quote_literal',
  'quote_nullable', 'to_hex', 'ascii', 'chr',
  // numbers
  'abs', 'round', 'trunc', 'floor', 'ceil', 'ceiling', 'mod', 'div', 'power', 'sqrt', 'exp', 'ln', 'log', 'sign', 'pi',
  'width_bucket',
  // json, arrays, ranges
  'to_json', 'to_jsonb', 'json_build_object', 'jsonb_build_object', 'json_build_array', 'jsonb_build_array',
  'json_object', 'jsonb_object', 'jsonb_set', 'jsonb_insert', 'json_strip_nulls', 'jsonb_strip_nulls', 'jsonb_typeof',
  'array_to_json', 'row_to_json', 'array_append', 'array_prepend', 'array_cat', 'array_fill', 'array_length',
  'array_position', 'array_remove', 'array_replace', 'array_to_string', 'string_to_array', 'cardinality', 'int4range',
  'int8range', 'numrange', 'tsrange', 'tstzrange', 'daterange', 'to_tsvector', 'to_tsquery',
  // session
  'current_setting', 'current_database', 'current_schema', 'current_schemas', 'inet_client_addr', 'version',
  'pg_backend_pid', 'txid_current', 'pg_current_xact_id',
]);

type Declared = 'immutable' | 'stable' | 'volatile';

/** A call in a DEFAULT that may make PostgreSQL compute the default once per existing row. */
export interface PerRowCall {
  /** The name as written: `app.my_func`, `random`. */
  fn: string;
  /** 'volatile': known to be; 'unknown': a function whose volatility the tool cannot see (VOLATILE by default). */
  volatility: 'volatile' | 'unknown';
  location?: number;
}

/**
 * The call that makes a DEFAULT expression volatile, or possibly so: a known volatile function first, else the
 * first function that is neither a known non-volatile builtin nor created IMMUTABLE/STABLE earlier in the file
 * (`declared`, from `functionsDeclaredBefore`). Undefined when every call is known to be non-volatile.
 */
export function perRowCall(expr: unknown, declared: ReadonlyMap<string, Declared> = new Map()): PerRowCall | undefined {
  let unknown: PerRowCall | undefined;
  let volatile: PerRowCall | undefined;
  walk(expr, (v) => {
    if (volatile || v.kind !== 'FuncCall') return;
    const names = stringList(v.body.funcname).map((s) => s.toLowerCase());
    const name = names[names.length - 1];
    if (!name) return;
    const schema = names.length > 1 ? names[names.length - 2] : undefined;
    const call = { fn: names.join('.'), location: typeof v.body.location === 'number' ? v.body.location : undefined };
    const own = declaredVolatility(declared, names.join('.'), name, schema);
    if (own !== undefined) {
      if (own === 'volatile') volatile = { ...call, volatility: 'volatile' };
      return;
    }
    if (VOLATILE_FUNCTIONS.has(name)) {
      volatile = { ...call, volatility: 'volatile' };
      return;
    }
    const builtin = schema === undefined || schema === 'pg_catalog';
    // SQL-syntax forms (TRIM, EXTRACT, AT TIME ZONE, OVERLAY...) are pg_catalog functions, none of them volatile.
    if (builtin && (NON_VOLATILE_BUILTINS.has(name) || v.body.funcformat === 'COERCE_SQL_SYNTAX')) return;
    unknown ??= { ...call, volatility: 'unknown' };
  });
  return volatile ?? unknown;
}

/** A declared function the call names: same `schema.name`, or same name when either side has no schema. */
function declaredVolatility(declared: ReadonlyMap<string, Declared>, full: string, name: string, schema: string | undefined): Declared | undefined {
  const exact = declared.get(full);
  if (exact !== undefined || declared.size === 0) return exact;
  for (const [key, volatility] of declared) {
    const dot = key.lastIndexOf('.');
    if (key.slice(dot + 1) === name && (schema === undefined || dot < 0)) return volatility;
  }
  return undefined;
}

/**
 * Volatility of the functions that CREATE [OR REPLACE] FUNCTION statements above `stmt` declare, by lower-cased
 * `schema.name` (as written) and bare name when unqualified. VOLATILE when the statement says nothing.
 */
export function functionsDeclaredBefore(sql: ParsedSql, stmt: Statement): Map<string, Declared> {
  const out = new Map<string, Declared>();
  for (const s of sql.statements) {
    if (s.start >= stmt.start) break;
    const f = nodeOf(s.node, 'CreateFunctionStmt');
    if (!f || f.is_procedure === true) continue;
    const names = stringList(f.funcname).map((n) => n.toLowerCase());
    if (names.length === 0) continue;
    let volatility: Declared = 'volatile';
    for (const o of f.options ?? []) {
      const d = nodeOf(o, 'DefElem');
      const value = nodeOf(d?.arg, 'String')?.sval;
      if (d?.defname === 'volatility' && (value === 'immutable' || value === 'stable' || value === 'volatile')) volatility = value;
    }
    out.set(names.join('.'), volatility);
  }
  return out;
}

/** `NULL`, or NULL cast to a type (`NULL::text`, `CAST(NULL AS text)`): a DEFAULT that fills nothing. */
export function isNullConstant(expr: unknown): boolean {
  let e = expr;
  for (let cast = nodeOf(e, 'TypeCast'); cast; cast = nodeOf(e, 'TypeCast')) e = cast.arg;
  return nodeOf(e, 'A_Const')?.isnull === true;
}
