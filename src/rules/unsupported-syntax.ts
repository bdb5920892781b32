/**
 * unsupported-syntax: the parser is PostgreSQL 18's, so it accepts syntax that the PostgreSQL the migrations run
 * on (`pg_version`) rejects. Such a migration passes every check here and fails in the deploy. Each feature below
 * names the major version whose release notes introduced it; so do the built-in functions and types below.
 */
import { callRange, codeTokens, keywordRange, nameRange, nodeIndex, stringList, typeNameOf, typeNameRange } from '../sql/ast.js';
import type { TypeName } from '../sql/ast-types.js';
import type { ParsedSql, Statement } from '../sql/parser.js';
import { identText } from '../sql/tokens.js';
import type { Token } from '../sql/tokens.js';
import { createRule } from './types.js';
import type { RuleContext } from './types.js';

type Body = Record<string, unknown>;
type Range = { start: number; end: number } | undefined;

interface Feature {
  /** How the finding names it. */
  name: string;
  /** The first PostgreSQL major version that accepts it. */
  since: number;
}

/** Syntax PostgreSQL accepts only from a major version on (only features whose version is certain). */
export const FEATURES = {
  procedure: { name: 'CREATE PROCEDURE', since: 11 },
  call: { name: 'CALL', since: 11 },
  include: { name: 'INCLUDE (...) columns of an index or constraint', since: 11 },
  hashPartition: { name: 'PARTITION BY HASH', since: 11 },
  defaultPartition: { name: 'a DEFAULT partition', since: 11 },
  attachIndex: { name: 'ALTER INDEX ... ATTACH PARTITION', since: 11 },
  generated: { name: 'a generated column (GENERATED ALWAYS AS (...) STORED)', since: 12 },
  reindexConcurrently: { name: 'REINDEX ... CONCURRENTLY', since: 12 },
  cteMaterialized: { name: 'WITH ... AS [NOT] MATERIALIZED', since: 12 },
  copyWhere: { name: 'COPY ... FROM ... WHERE', since: 12 },
  tableAccessMethod: { name: 'CREATE TABLE ... USING (a table access method)', since: 12 },
  dropExpression: { name: 'ALTER COLUMN ... DROP EXPRESSION', since: 13 },
  withTies: { name: 'FETCH FIRST ... WITH TIES', since: 13 },
  detachConcurrently: { name: 'DETACH PARTITION ... CONCURRENTLY', since: 14 },
  detachFinalize: { name: 'DETACH PARTITION ... FINALIZE', since: 14 },
  createOrReplaceTrigger: { name: 'CREATE OR REPLACE TRIGGER', since: 14 },
  sqlBody: { name: 'a SQL-standard function body (BEGIN ATOMIC ... END, or RETURN)', since: 14 },
  compression: { name: 'column COMPRESSION', since: 14 },
  searchCycle: { name: 'SEARCH / CYCLE of a recursive query', since: 14 },
  groupByDistinct: { name: 'GROUP BY DISTINCT', since: 14 },
  joinUsingAlias: { name: 'JOIN ... USING (...) AS alias', since: 14 },
  reindexTablespace: { name: 'REINDEX (TABLESPACE ...)', since: 14 },
  merge: { name: 'MERGE', since: 15 },
  nullsNotDistinct: { name: 'NULLS NOT DISTINCT', since: 15 },
  setAccessMethod: { name: 'ALTER TABLE ... SET ACCESS METHOD', since: 15 },
  jsonConstructor: { name: 'SQL/JSON constructors (JSON_OBJECT, JSON_ARRAY, JSON_OBJECTAGG, JSON_ARRAYAGG)', since: 16 },
  isJson: { name: 'IS JSON', since: 16 },
  jsonTable: { name: 'JSON_TABLE', since: 17 },
  jsonQuery: { name: 'JSON_EXISTS / JSON_QUERY / JSON_VALUE', since: 17 },
  jsonFunctions: { name: 'JSON() / JSON_SCALAR() / JSON_SERIALIZE()', since: 17 },
  mergeReturning: { name: 'MERGE ... RETURNING', since: 17 },
  mergeBySource: { name: 'MERGE ... WHEN NOT MATCHED BY SOURCE', since: 17 },
  setExpression: { name: 'ALTER COLUMN ... SET EXPRESSION', since: 17 },
  virtualGenerated: { name: 'a virtual generated column (GENERATED ALWAYS AS (...) without STORED)', since: 18 },
  returningOldNew: { name: 'RETURNING old / new values', since: 18 },
  enforced: { name: '[NOT] ENFORCED constraints', since: 18 },
  temporal: { name: 'WITHOUT OVERLAPS / PERIOD (temporal keys)', since: 18 },
  subqueryWithoutAlias: { name: 'a subquery in FROM without an alias', since: 16 },
  namedNotNull: { name: 'a NOT NULL table constraint (CONSTRAINT name NOT NULL column)', since: 18 },
} satisfies Record<string, Feature>;

/**
 * Built-in functions by the major version that added them (release notes, "Functions" sections). Reported when
 * called unqualified or as `pg_catalog.f`: a schema-qualified call is the project's own function.
 */
export const FUNCTIONS: Readonly<Record<string, number>> = {
  // Before 13, gen_random_uuid() came only with the pgcrypto extension.
  gen_random_uuid: 13, trim_scale: 13, min_scale: 13, pg_current_xact_id: 13,
  bit_count: 14, string_to_table: 14, trim_array: 14, date_bin: 14, unistr: 14, range_agg: 14,
  regexp_count: 15, regexp_instr: 15, regexp_like: 15, regexp_substr: 15,
  any_value: 16, random_normal: 16, array_sample: 16, array_shuffle: 16, date_add: 16, date_subtract: 16,
  pg_input_is_valid: 16, pg_input_error_info: 16,
  to_bin: 17, to_oct: 17, uuid_extract_timestamp: 17, uuid_extract_version: 17,
  uuidv7: 18, uuidv4: 18, casefold: 18, array_sort: 18, array_reverse: 18, crc32: 18, crc32c: 18, gamma: 18, lgamma: 18,
};

/** Built-in types by the major version that added them. */
export const TYPES: Readonly<Record<string, number>> = {
  xid8: 13,
  int4multirange: 14, int8multirange: 14, nummultirange: 14, tsmultirange: 14, tstzmultirange: 14, datemultirange: 14,
};

type FeatureId = keyof typeof FEATURES;

/** The newest version any feature, function or type needs: from there on, everything the parser accepts is supported. */
const NEWEST = Math.max(...Object.values(FEATURES).map((f) => f.since), ...Object.values(FUNCTIONS), ...Object.values(TYPES));

/** One statement being checked: finds ranges lazily (tokens only once a feature is newer than the target). */
class Scan {
  private tokenList: Token[] | undefined;
  private readonly cursor = new Map<string, number>();
  private readonly seen = new Set<string>();

  constructor(
    private readonly sql: ParsedSql,
    private readonly stmt: Statement,
    private readonly version: number,
    private readonly report: RuleContext['report'],
  ) {}

  get tokens(): Token[] {
    return (this.tokenList ??= codeTokens(this.sql, this.stmt));
  }

  supported(id: FeatureId): boolean {
    return FEATURES[id].since <= this.version;
  }

  /** Reports `id` at the range `where` computes (the statement when it finds none), unless the version has it. */
  add(id: FeatureId, where: () => Range): void {
    this.addFeature(id, FEATURES[id], where);
  }

  /** Reports a feature known by its own key (a function or type of FUNCTIONS / TYPES). */
  addFeature(id: string, f: Feature, where: () => Range): void {
    if (f.since <= this.version) return;
    const range = where() ?? { start: this.stmt.start, end: this.tokens[1]?.end ?? this.stmt.end };
    const key = `${id}:${range.start}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.report({ messageId: 'unsupported', data: { feature: f.name, since: f.since, version: this.version }, start: range.start, end: range.end });
  }

  /**
   * The first run of `words` at or after `from` (a node's location), or, for a node without one, the run after the
   * one this feature found last: nodes of one kind are visited in the order they are written.
   */
  next(id: FeatureId, words: readonly string[], from?: number): Range {
    if (from !== undefined && from >= 0) return keywordRange(this.tokens, words, from);
    const key = `${id} ${words.join(' ')}`;
    const range = keywordRange(this.tokens, words, this.cursor.get(key) ?? this.stmt.start);
    if (range) this.cursor.set(key, range.end);
    return range;
  }

  /** The token at byte `location`. */
  at(location: unknown): Range {
    if (typeof location !== 'number' || location < 0) return undefined;
    const t = this.tokens.find((x) => x.start >= location);
    return t ? { start: t.start, end: t.end } : undefined;
  }

  /** A call-like construct from its location through its closing parenthesis (`JSON_TABLE(...)`). */
  call(location: unknown): Range {
    return typeof location === 'number' ? callRange(this.tokens, location) : undefined;
  }

  /** The first `word` at parenthesis depth 0 of the statement (`CREATE TABLE t (...) USING heap`). */
  topLevel(word: string): Range {
    let depth = 0;
    for (const t of this.tokens) {
      if (t.text === '(') depth++;
      else if (t.text === ')') depth--;
      else if (depth === 0 && t.keyword === word) return { start: t.start, end: t.end };
    }
    return undefined;
  }
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const bodyOf = (v: unknown, kind: string): Body | undefined => {
  const b = v && typeof v === 'object' ? (v as Body)[kind] : undefined;
  return b && typeof b === 'object' ? (b as Body) : undefined;
};

/** What to look for in each node kind; the node index of the statement is shared with the other rules. */
const DETECTORS = new Map<string, (b: Body, s: Scan) => void>(Object.entries({
  CreateFunctionStmt(b, s) {
    if (b.is_procedure === true) s.add('procedure', () => s.next('procedure', ['PROCEDURE']));
    if (b.sql_body !== undefined) s.add('sqlBody', () => s.next('sqlBody', ['BEGIN', 'ATOMIC']) ?? s.next('sqlBody', ['RETURN']));
  },
  CreateTrigStmt(b, s) {
    if (b.replace === true) s.add('createOrReplaceTrigger', () => s.next('createOrReplaceTrigger', ['CREATE', 'OR', 'REPLACE', 'TRIGGER']));
  },
  CallStmt(_b, s) {
    s.add('call', () => s.next('call', ['CALL']));
  },
  IndexStmt(b, s) {
    if (list(b.indexIncludingParams).length > 0) s.add('include', () => s.next('include', ['INCLUDE']));
    if (b.nulls_not_distinct === true) s.add('nullsNotDistinct', () => s.next('nullsNotDistinct', ['NULLS', 'NOT', 'DISTINCT']));
  },
  CreateStmt(b, s) {
    const spec = b.partspec as Body | undefined;
    if (spec?.strategy === 'PARTITION_STRATEGY_HASH') s.add('hashPartition', () => s.next('hashPartition', ['PARTITION', 'BY', 'HASH']));
    const bound = b.partbound as Body | undefined;
    if (bound?.is_default === true) s.add('defaultPartition', () => s.next('defaultPartition', ['DEFAULT'], bound.location as number | undefined));
    if (typeof b.accessMethod === 'string') s.add('tableAccessMethod', () => s.topLevel('USING'));
  },
  CreateTableAsStmt(b, s) {
    if (typeof (b.into as Body | undefined)?.accessMethod === 'string') s.add('tableAccessMethod', () => s.topLevel('USING'));
  },
  ColumnDef(b, s) {
    newType(b.typeName, s);
    if (typeof b.compression === 'string') s.add('compression', () => s.next('compression', ['COMPRESSION'], b.location as number | undefined));
  },
  Constraint(b, s) {
    const at = b.location as number | undefined;
    switch (b.contype) {
      case 'CONSTR_GENERATED':
        // Before 12 there are no generated columns at all; from 12 to 17 only STORED ones.
        if (!s.supported('generated')) s.add('generated', () => s.next('generated', ['GENERATED', 'ALWAYS', 'AS'], at));
        else if (b.generated_kind === 'v') s.add('virtualGenerated', () => s.next('virtualGenerated', ['GENERATED', 'ALWAYS', 'AS'], at));
        break;
      case 'CONSTR_ATTR_ENFORCED':
      case 'CONSTR_ATTR_NOT_ENFORCED':
        s.add('enforced', () => s.at(at));
        break;
      case 'CONSTR_NOTNULL':
        // A column's own NOT NULL has no keys; `CONSTRAINT c NOT NULL col` as a table constraint has them.
        if (list(b.keys).length > 0) s.add('namedNotNull', () => s.next('namedNotNull', ['NOT', 'NULL'], at));
        break;
      case 'CONSTR_CHECK':
      case 'CONSTR_FOREIGN':
        // The parser leaves is_enforced unset only for a table constraint written NOT ENFORCED.
        if (b.is_enforced !== true) s.add('enforced', () => s.next('enforced', ['NOT', 'ENFORCED'], at));
        break;
      default:
        break;
    }
    if (list(b.including).length > 0) s.add('include', () => s.next('include', ['INCLUDE'], at));
    if (b.nulls_not_distinct === true) s.add('nullsNotDistinct', () => s.next('nullsNotDistinct', ['NULLS', 'NOT', 'DISTINCT'], at));
    if (b.without_overlaps === true) s.add('temporal', () => s.next('temporal', ['WITHOUT', 'OVERLAPS'], at));
    if (b.fk_with_period === true || b.pk_with_period === true) s.add('temporal', () => s.next('temporal', ['PERIOD'], at));
  },
  AlterTableStmt(b, s) {
    for (const c of list(b.cmds)) {
      const cmd = bodyOf(c, 'AlterTableCmd');
      const part = bodyOf(cmd?.def, 'PartitionCmd');
      const after = (part?.name as Body | undefined)?.location as number | undefined;
      switch (cmd?.subtype) {
        case 'AT_AttachPartition':
          if (b.objtype === 'OBJECT_INDEX') s.add('attachIndex', () => s.next('attachIndex', ['ATTACH', 'PARTITION']));
          break;
        case 'AT_DetachPartition':
          if (part?.concurrent === true) s.add('detachConcurrently', () => s.next('detachConcurrently', ['CONCURRENTLY'], after));
          break;
        case 'AT_DetachPartitionFinalize':
          s.add('detachFinalize', () => s.next('detachFinalize', ['FINALIZE'], after));
          break;
        case 'AT_DropExpression':
          s.add('dropExpression', () => s.next('dropExpression', ['DROP', 'EXPRESSION']));
          break;
        case 'AT_SetExpression':
          s.add('setExpression', () => s.next('setExpression', ['SET', 'EXPRESSION']));
          break;
        case 'AT_SetCompression':
          s.add('compression', () => s.next('compression', ['SET', 'COMPRESSION']));
          break;
        case 'AT_SetAccessMethod':
          s.add('setAccessMethod', () => s.next('setAccessMethod', ['SET', 'ACCESS', 'METHOD']));
          break;
        case 'AT_AlterConstraint':
          if (bodyOf(cmd.def, 'ATAlterConstraint')?.alterEnforceability === true) s.add('enforced', () => s.next('enforced', ['ENFORCED']));
          break;
        default:
          break;
      }
    }
  },
  ReindexStmt(b, s) {
    for (const p of list(b.params)) {
      const d = bodyOf(p, 'DefElem');
      if (d?.defname === 'concurrently') s.add('reindexConcurrently', () => s.at(d.location));
      if (d?.defname === 'tablespace') s.add('reindexTablespace', () => s.at(d.location));
    }
  },
  CommonTableExpr(b, s) {
    const at = b.location as number | undefined;
    if (b.ctematerialized === 'CTEMaterializeAlways') s.add('cteMaterialized', () => s.next('cteMaterialized', ['MATERIALIZED'], at));
    if (b.ctematerialized === 'CTEMaterializeNever') s.add('cteMaterialized', () => s.next('cteMaterialized', ['NOT', 'MATERIALIZED'], at));
    for (const clause of [b.search_clause, b.cycle_clause]) {
      if (clause && typeof clause === 'object') s.add('searchCycle', () => s.at((clause as Body).location));
    }
  },
  CopyStmt(b, s) {
    if (b.whereClause !== undefined) s.add('copyWhere', () => s.topLevel('WHERE'));
  },
  SelectStmt(b, s) {
    selectClauses(b, s);
  },
  JoinExpr(b, s) {
    const alias = (b.join_using_alias as Body | undefined)?.aliasname;
    if (typeof alias === 'string') s.add('joinUsingAlias', () => usingAlias(s.tokens, alias));
  },
  MergeStmt(b, s) {
    s.add('merge', () => s.next('merge', ['MERGE', 'INTO']));
    // Without MERGE at all, its newer clauses are not worth a finding of their own.
    if (!s.supported('merge')) return;
    if (b.returningClause !== undefined) s.add('mergeReturning', () => s.next('mergeReturning', ['RETURNING']));
    if (s.supported('mergeReturning')) returningOldNew(b, s);
    for (const w of list(b.mergeWhenClauses)) {
      if (bodyOf(w, 'MergeWhenClause')?.matchKind === 'MERGE_WHEN_NOT_MATCHED_BY_SOURCE') {
        s.add('mergeBySource', () => s.next('mergeBySource', ['NOT', 'MATCHED', 'BY', 'SOURCE']));
      }
    }
  },
  InsertStmt: returningOldNew,
  UpdateStmt: returningOldNew,
  DeleteStmt: returningOldNew,
  RangeSubselect(b, s) {
    if (b.alias === undefined) s.add('subqueryWithoutAlias', () => openParenBefore(s.tokens, firstLocation(b.subquery)));
  },
  FuncCall(b, s) {
    const names = stringList(b.funcname).map((n) => n.toLowerCase());
    const name = names[names.length - 1] ?? '';
    if (names.length > 1 && names[0] !== 'pg_catalog') return;
    const since = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
    if (since !== undefined) s.addFeature(`fn ${name}`, { name: `the function ${name}()`, since }, () => s.call(b.location));
  },
  TypeCast: (b, s) => newType(b.typeName, s),
  JsonObjectConstructor: (b, s) => s.add('jsonConstructor', () => s.call(b.location)),
  JsonArrayConstructor: (b, s) => s.add('jsonConstructor', () => s.call(b.location)),
  JsonArrayQueryConstructor: (b, s) => s.add('jsonConstructor', () => s.call(b.location)),
  JsonObjectAgg: (b, s) => s.add('jsonConstructor', () => s.call(aggLocation(b))),
  JsonArrayAgg: (b, s) => s.add('jsonConstructor', () => s.call(aggLocation(b))),
  JsonIsPredicate: (b, s) => s.add('isJson', () => s.next('isJson', ['IS', 'NOT', 'JSON'], b.location as number | undefined) ?? s.next('isJson', ['IS', 'JSON'], b.location as number | undefined)),
  JsonTable: (b, s) => s.add('jsonTable', () => s.call(b.location)),
  JsonFuncExpr: (b, s) => s.add('jsonQuery', () => s.call(b.location)),
  JsonParseExpr: (b, s) => s.add('jsonFunctions', () => s.call(b.location)),
  JsonScalarExpr: (b, s) => s.add('jsonFunctions', () => s.call(b.location)),
  JsonSerializeExpr: (b, s) => s.add('jsonFunctions', () => s.call(b.location)),
} satisfies Record<string, (b: Body, s: Scan) => void>));

/** A built-in type of TYPES (a TypeName body: column definitions and casts hold it unwrapped). */
function newType(value: unknown, s: Scan): void {
  const typeName = value && typeof value === 'object' ? (value as TypeName) : undefined;
  const t = typeNameOf(typeName);
  const since = t?.builtin && Object.hasOwn(TYPES, t.name) ? TYPES[t.name] : undefined;
  if (!t || since === undefined) return;
  const at = typeName?.location;
  s.addFeature(`type ${t.name}`, { name: `the type ${t.name}`, since }, () => typeNameRange(s.tokens, at));
}

/** The smallest `location` inside a node (where its text starts, or after), or undefined. */
function firstLocation(node: unknown): number | undefined {
  let min: number | undefined;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'location' && typeof x === 'number' && x >= 0) min = min === undefined ? x : Math.min(min, x);
        else walk(x);
      }
    }
  };
  walk(node);
  return min;
}

/** Words that can follow the `(` of a subquery in FROM. */
const SUBQUERY_START = new Set(['SELECT', 'VALUES', 'WITH', 'TABLE', '(']);

/**
 * The `(` opening a subquery whose first located node is at `location`: the nearest one before it that a query
 * follows (in `(VALUES (1))` the row's own parenthesis is nearer).
 */
function openParenBefore(tokens: readonly Token[], location: number | undefined): Range {
  if (location === undefined) return undefined;
  let found: Token | undefined;
  for (let i = 0; i < tokens.length && tokens[i]!.start < location; i++) {
    const next = tokens[i + 1];
    if (tokens[i]!.text === '(' && next && SUBQUERY_START.has(next.keyword || next.text)) found = tokens[i];
  }
  return found ? { start: found.start, end: found.end } : undefined;
}

/** Where JSON_OBJECTAGG / JSON_ARRAYAGG is written: in its `constructor` field (an own key, not Object's). */
function aggLocation(b: Body): unknown {
  const ctor: unknown = Object.hasOwn(b, 'constructor') ? b['constructor'] : undefined;
  return ctor && typeof ctor === 'object' ? (ctor as Body).location : undefined;
}

/** GROUP BY DISTINCT and WITH TIES of a SELECT and of the arms of its UNION/INTERSECT/EXCEPT (bare, not indexed). */
function selectClauses(b: Body, s: Scan): void {
  if (b.groupDistinct === true) s.add('groupByDistinct', () => s.next('groupByDistinct', ['GROUP', 'BY', 'DISTINCT']));
  if (b.limitOption === 'LIMIT_OPTION_WITH_TIES') s.add('withTies', () => s.next('withTies', ['WITH', 'TIES']));
  for (const arm of [b.larg, b.rarg]) if (arm && typeof arm === 'object') selectClauses(arm as Body, s);
}

/**
 * RETURNING WITH (OLD AS o, NEW AS n), and `old.x` / `new.x` in RETURNING where no table or alias of the statement
 * is called old or new (then it is a plain column reference, valid in any version).
 */
function returningOldNew(b: Body, s: Scan): void {
  const returning = b.returningClause as Body | undefined;
  if (!returning) return;
  for (const o of list(returning.options)) s.add('returningOldNew', () => s.at(bodyOf(o, 'ReturningOption')?.location));
  let names: Set<string> | undefined;
  for (const e of list(returning.exprs)) {
    for (const ref of nodeIndex(e).get('ColumnRef') ?? []) {
      const fields = stringList(ref.fields);
      if (list(ref.fields).length < 2 || (fields[0] !== 'old' && fields[0] !== 'new')) continue;
      names ??= rangeNames(b);
      if (names.has(fields[0])) continue;
      s.add('returningOldNew', () => nameRange(s.tokens, ref.location as number | undefined));
    }
  }
}

/** Names and aliases of the tables, subqueries and functions a DML statement reads or writes. */
function rangeNames(b: Body): Set<string> {
  const out = new Set<string>();
  const add = (x: Body | undefined) => {
    const alias = (x?.alias as Body | undefined)?.aliasname;
    if (typeof alias === 'string') out.add(alias);
    else if (typeof x?.relname === 'string') out.add(x.relname);
  };
  add(b.relation as Body | undefined);
  const index = nodeIndex(b);
  for (const kind of ['RangeVar', 'RangeSubselect', 'RangeFunction']) for (const x of index.get(kind) ?? []) add(x);
  return out;
}

/** `AS alias` after `USING (...)` of a join: the AST keeps no location for it. */
function usingAlias(tokens: readonly Token[], alias: string): Range {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.keyword !== 'USING' || tokens[i + 1]?.text !== '(') continue;
    let k = i + 2;
    for (let depth = 1; k < tokens.length && depth > 0; k++) {
      if (tokens[k]!.text === '(') depth++;
      else if (tokens[k]!.text === ')') depth--;
    }
    const as = tokens[k];
    const name = tokens[k + 1];
    if (as?.keyword === 'AS' && name && identText(name) === alias) return { start: as.start, end: name.end };
  }
  return undefined;
}

export default createRule({
  id: 'unsupported-syntax',
  description: 'SQL syntax, built-in functions and types that the configured PostgreSQL version (pg_version) does not have yet, such as MERGE before 15 or uuidv7() before 18.',
  severity: 'error',
  direction: 'both',
  // From the newest version a feature needs on, the target accepts everything the parser does.
  maxPgVersion: NEWEST - 1,
  messages: {
    unsupported:
      '{{feature}} needs PostgreSQL {{since}} or later, but pg_version in svc-migrate.json is {{version}}: PostgreSQL {{version}} rejects this, so the migration fails on the database it is meant for.',
  },
  help: 'Write it with syntax PostgreSQL {{version}} has (the rule page lists alternatives), or raise pg_version in svc-migrate.json if every database the migrations run on is PostgreSQL {{since}} or later.',
  check({ stmt, facts, report }) {
    const index = nodeIndex(stmt.node);
    let scan: Scan | undefined;
    for (const [kind, nodes] of index) {
      const detect = DETECTORS.get(kind);
      if (!detect) continue;
      scan ??= new Scan(facts.sql, stmt, facts.pgVersion, report);
      for (const b of nodes) detect(b, scan);
    }
  },
});
