/**
 * Facts about one statement that rules, the lint engine and the apply layer share: does it run inside a
 * transaction, what does it destroy, which tables does it write. Pure functions over the AST.
 */
import { nodeOf, nodeIndex, nodesOf, optionOn, quoteIdent, rangeVarName, rangeVarOf, statementsBefore, stringList } from './ast.js';
import type { QualifiedName } from './ast.js';
import type { AlterTableCmd } from './ast-types.js';
import type { ParsedSql, Statement } from './parser.js';
import { findName, identText, statementTokens } from './tokens.js';

type Body = Record<string, unknown>;

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * False for a statement PostgreSQL refuses inside a transaction block (CREATE INDEX CONCURRENTLY, VACUUM,
 * CREATE DATABASE, ALTER TYPE ... ADD VALUE before 12, ...), and for explicit BEGIN/COMMIT, which would end the
 * transaction the tool opened around the migration.
 */
export function isTransactional(stmt: Statement, pgVersion: number): boolean {
  const n = stmt.node as unknown as Record<string, Body | undefined>;
  switch (stmt.kind) {
    case 'IndexStmt':
      return n.IndexStmt?.concurrent !== true;
    case 'DropStmt':
      return n.DropStmt?.concurrent !== true;
    case 'ReindexStmt':
      return optionOn(n.ReindexStmt?.params, 'concurrently') === undefined;
    case 'VacuumStmt':
      // ANALYZE alone may run in a transaction; VACUUM may not.
      return n.VacuumStmt?.is_vacuumcmd !== true;
    case 'ClusterStmt':
      return n.ClusterStmt?.relation !== undefined;
    case 'CreatedbStmt':
    case 'DropdbStmt':
    case 'CreateTableSpaceStmt':
    case 'DropTableSpaceStmt':
    case 'AlterSystemStmt':
    case 'CreateSubscriptionStmt':
    case 'DropSubscriptionStmt':
    case 'TransactionStmt':
      return false;
    case 'AlterEnumStmt':
      return !(typeof n.AlterEnumStmt?.newVal === 'string' && n.AlterEnumStmt.oldVal === undefined && pgVersion < 12);
    case 'AlterTableStmt':
      return !list(n.AlterTableStmt?.cmds).some((c) => {
        const cmd = nodeOf(c, 'AlterTableCmd');
        return cmd?.subtype === 'AT_DetachPartition' && nodeOf(cmd.def, 'PartitionCmd')?.concurrent === true;
      });
    default:
      return true;
  }
}

export type DestructiveKind = 'drop-table' | 'drop-schema' | 'drop-column' | 'drop-database' | 'truncate' | 'delete';

export interface DestructiveOperation {
  kind: DestructiveKind;
  /**
   * The object's name parts, exactly as PostgreSQL resolves them (unquoted ones folded by the parser, quoted ones
   * as written): `[schema?, table]`, `[schema?, table, column]`, `[schema]`, `[database]`.
   */
  names: string[];
  /** The same name for messages, spelled as SQL needs it: `app.users`, `app."Users"`. */
  target: string;
  /** The table whose rows it destroys (drop-table, drop-column, truncate, delete). */
  table?: QualifiedName;
  /** Byte range in the file of the narrowest text that shows the operation (the statement when nothing better). */
  start: number;
  end: number;
}

/**
 * Operations of a statement that destroy data: DROP TABLE/SCHEMA/DATABASE, ALTER TABLE ... DROP COLUMN,
 * TRUNCATE and DELETE (any DELETE: with a WHERE it still removes rows). Pass `sql` to narrow the ranges to the
 * dropped names; without it ranges are the whole statement.
 */
export function destructiveOperations(stmt: Statement, sql?: ParsedSql): DestructiveOperation[] {
  const out: DestructiveOperation[] = [];
  const whole = { start: stmt.start, end: stmt.end };
  const tokens = () => (sql ? statementTokens(sql, stmt) : []);
  const at = (parts: string[]) => (sql ? (findName(tokens(), parts) ?? whole) : whole);
  const n = stmt.node as unknown as Record<string, Body | undefined>;
  switch (stmt.kind) {
    case 'DropStmt': {
      const d = n.DropStmt!;
      const kind = d.removeType === 'OBJECT_TABLE' ? 'drop-table' : d.removeType === 'OBJECT_SCHEMA' ? 'drop-schema' : undefined;
      if (!kind) break;
      for (const o of list(d.objects)) {
        const parts = kind === 'drop-schema' ? stringList([o]) : stringList(nodeOf(o, 'List')?.items);
        if (parts.length === 0) continue;
        const table = kind === 'drop-table' ? partsName(parts) : undefined;
        out.push({ kind, ...named(parts), ...(table ? { table } : {}), ...at(parts) });
      }
      break;
    }
    case 'DropdbStmt': {
      const name = String(n.DropdbStmt?.dbname ?? '');
      out.push({ kind: 'drop-database', ...named([name]), ...at([name]) });
      break;
    }
    case 'AlterTableStmt': {
      const a = nodeOf(stmt.node, 'AlterTableStmt')!;
      if (a.objtype !== 'OBJECT_TABLE') break;
      const table = rangeVarName(a.relation);
      if (!table) break;
      let from = 0;
      for (const c of list(a.cmds)) {
        const cmd = nodeOf(c, 'AlterTableCmd');
        if (cmd?.subtype !== 'AT_DropColumn' || !cmd.name) continue;
        let range = whole;
        if (sql) {
          const t = tokens().filter((x) => x.name !== 'SQL_COMMENT' && x.name !== 'C_COMMENT');
          // The DROP [COLUMN] [IF EXISTS] <name> that drops this column (not DROP CONSTRAINT), in order.
          for (let i = from; i < t.length; i++) {
            if (t[i]!.keyword !== 'DROP') continue;
            let k = i + 1;
            if (t[k]?.keyword === 'COLUMN') k++;
            if (t[k]?.keyword === 'IF' && t[k + 1]?.keyword === 'EXISTS') k += 2;
            const nameTok = t[k];
            if (!nameTok || (identText(nameTok) !== cmd.name.toLowerCase() && identText(nameTok) !== cmd.name)) continue;
            range = { start: t[i]!.start, end: nameTok.end };
            from = k + 1;
            break;
          }
        }
        out.push({ kind: 'drop-column', ...named([...nameParts(table), cmd.name]), table: bareName(table), ...range });
      }
      break;
    }
    case 'TruncateStmt':
      for (const r of list(n.TruncateStmt?.relations)) {
        const q = relationName(r);
        if (q) out.push({ kind: 'truncate', ...named(nameParts(q)), table: bareName(q), ...nameRange(q, sql, stmt) });
      }
      break;
    default:
      break;
  }
  // DELETE anywhere in the statement: top level or in a data-modifying CTE.
  for (const body of nodesOf(stmt.node, 'DeleteStmt')) {
    const q = relationName(body.relation);
    if (q) out.push({ kind: 'delete', ...named(nameParts(q)), table: bareName(q), ...whole });
  }
  return out;
}

/** A table a statement writes, with where its name is written (file byte offsets). */
export interface TableWrite {
  schema?: string;
  name: string;
  start: number;
  end: number;
}

/**
 * Tables a statement changes: DDL on the table (CREATE/ALTER/DROP TABLE, its columns, indexes, constraints,
 * triggers, rules, policies, comments, RENAME, SET SCHEMA, CLUSTER) and DML on it (INSERT, UPDATE, DELETE, MERGE,
 * TRUNCATE, COPY FROM, SELECT INTO). GRANT/REVOKE, LOCK, VACUUM, ANALYZE and REINDEX change no table. Temporary
 * tables are left out. Names are as PostgreSQL stores them (unquoted folded to lower case, quoted exact: `"Users"` is
 * not `users`); `schema` is absent when the SQL did not qualify the name. Only names that denote a table count: a
 * DML target is always one (PostgreSQL never resolves an INSERT/UPDATE/DELETE/MERGE target to a CTE), and names
 * read in FROM, which may be CTEs, are not writes.
 */
export function tableWrites(stmt: Statement, sql?: ParsedSql): TableWrite[] {
  // Several rules and the engine ask for the same statement's writes: computed once per (statement, file).
  const cached = writesCache.get(stmt);
  if (cached && cached.sql === sql) return cached.writes;
  const writes = computeTableWrites(stmt, sql);
  // The located variant (with `sql`) is the one kept: tablesWritten only needs the names, which are the same.
  if (sql || !cached) writesCache.set(stmt, { sql, writes });
  return writes;
}

const writesCache = new WeakMap<Statement, { sql: ParsedSql | undefined; writes: TableWrite[] }>();

function computeTableWrites(stmt: Statement, sql: ParsedSql | undefined): TableWrite[] {
  const out: TableWrite[] = [];
  const whole = { start: stmt.start, end: stmt.end };
  const addRv = (rv: unknown) => {
    const body = rangeVarOf(rv);
    const q = rangeVarName(body);
    if (!q || body?.relpersistence === 't') return;
    out.push({ schema: q.schema, name: q.name, ...nameRange(q, sql, stmt) });
  };
  const addParts = (parts: string[]) => {
    if (parts.length === 0) return;
    const name = parts[parts.length - 1]!;
    const schema = parts.length > 1 ? parts[parts.length - 2] : undefined;
    const range = sql ? (findName(statementTokens(sql, stmt), parts) ?? whole) : whole;
    out.push({ schema, name, ...range });
  };
  const n = stmt.node as unknown as Record<string, Body | undefined>;
  const b = n[stmt.kind];
  if (b) {
    switch (stmt.kind) {
      case 'CreateStmt':
        addRv(b.relation);
        break;
      case 'CreateTableAsStmt':
        if (b.objtype === 'OBJECT_TABLE') addRv(nodeOf(b.into, 'IntoClause')?.rel ?? (b.into as Body | undefined)?.rel);
        break;
      case 'AlterTableStmt':
        if (b.objtype === 'OBJECT_TABLE' || b.objtype === 'OBJECT_FOREIGN_TABLE') addRv(b.relation);
        break;
      case 'IndexStmt':
      case 'CreateTrigStmt':
      case 'RuleStmt':
      case 'ClusterStmt':
        addRv(b.relation);
        break;
      case 'CreatePolicyStmt':
      case 'AlterPolicyStmt':
        addRv(b.table);
        break;
      case 'TruncateStmt':
        for (const r of list(b.relations)) addRv(r);
        break;
      case 'CopyStmt':
        if (b.is_from === true) addRv(b.relation);
        break;
      case 'RenameStmt':
        if (b.relationType === 'OBJECT_TABLE' || b.renameType === 'OBJECT_TABLE') addRv(b.relation);
        break;
      case 'AlterObjectSchemaStmt':
        if (b.objectType === 'OBJECT_TABLE') addRv(b.relation);
        break;
      case 'DropStmt':
        if (b.removeType === 'OBJECT_TABLE') {
          for (const o of list(b.objects)) addParts(stringList(nodeOf(o, 'List')?.items));
        } else if (b.removeType === 'OBJECT_TRIGGER' || b.removeType === 'OBJECT_RULE' || b.removeType === 'OBJECT_POLICY') {
          // [schema?, table, trigger]: the table is all but the last part.
          for (const o of list(b.objects)) addParts(stringList(nodeOf(o, 'List')?.items).slice(0, -1));
        }
        break;
      case 'CommentStmt':
        if (b.objtype === 'OBJECT_TABLE') addParts(stringList(nodeOf(b.object, 'List')?.items));
        else if (b.objtype === 'OBJECT_COLUMN') addParts(stringList(nodeOf(b.object, 'List')?.items).slice(0, -1));
        break;
      default:
        break;
    }
  }
  // DML anywhere in the statement, data-modifying CTEs included; SELECT INTO creates a table.
  const index = nodeIndex(stmt.node);
  for (const kind of ['InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt']) for (const body of index.get(kind) ?? []) addRv(body.relation);
  for (const body of index.get('SelectStmt') ?? []) {
    if (body.intoClause) addRv(nodeOf(body.intoClause, 'IntoClause')?.rel ?? (body.intoClause as Body).rel);
  }
  return out;
}

/**
 * Names of the tables a statement writes (see `tableWrites`), qualified with `defaultSchema` when
 * the SQL did not name a schema and one is given; otherwise left bare. Deduplicated, in order of appearance.
 */
export function tablesWritten(stmt: Statement, defaultSchema?: string): string[] {
  const seen = new Set<string>();
  // Names do not depend on whether ranges were located: reuse whatever a rule already computed.
  for (const w of writesCache.get(stmt)?.writes ?? tableWrites(stmt)) {
    const schema = w.schema ?? defaultSchema?.toLowerCase();
    seen.add(schema ? `${schema}.${w.name}` : w.name);
  }
  return [...seen];
}

/** Tables a statement creates (CREATE TABLE, CREATE TABLE AS, SELECT INTO), with whether they are temporary. */
export function tablesCreated(stmt: Statement): { name: QualifiedName; temporary: boolean }[] {
  const out: { name: QualifiedName; temporary: boolean }[] = [];
  const add = (rv: unknown) => {
    const body = rangeVarOf(rv);
    const q = rangeVarName(body);
    if (q) out.push({ name: { schema: q.schema, name: q.name }, temporary: body?.relpersistence === 't' });
  };
  const n = stmt.node as unknown as Record<string, Body | undefined>;
  if (stmt.kind === 'CreateStmt') add(n.CreateStmt?.relation);
  else if (stmt.kind === 'CreateTableAsStmt' && n.CreateTableAsStmt?.objtype === 'OBJECT_TABLE') {
    add(nodeOf(n.CreateTableAsStmt.into, 'IntoClause')?.rel ?? (n.CreateTableAsStmt.into as Body | undefined)?.rel);
  } else if (stmt.kind === 'SelectStmt' && n.SelectStmt?.intoClause) {
    add(nodeOf(n.SelectStmt.intoClause, 'IntoClause')?.rel ?? (n.SelectStmt.intoClause as Body).rel);
  }
  return out;
}

/**
 * How `createdTables` spells a table: `schema.table`, or `table` when the SQL did not qualify it, each part as
 * PostgreSQL stores it (unquoted names folded to lower case by the parser, quoted names exact).
 */
export function tableKey(name: QualifiedName): string {
  return name.schema ? `${name.schema}.${name.name}` : name.name;
}

/**
 * The keys (see tableKey) of the tables a statement certainly creates: not with IF NOT EXISTS, which does nothing
 * when the table is already there (and then a later DROP in the same file hits the old table and its data).
 */
export function tablesCreatedForCertain(stmt: Statement): string[] {
  const body = (stmt.node as unknown as Record<string, { if_not_exists?: boolean } | undefined>)[stmt.kind];
  return body?.if_not_exists === true ? [] : createdTableKeys(stmt);
}

/** The keys (see tableKey) of every table a statement creates, temporary ones included. */
export function createdTableKeys(stmt: Statement): string[] {
  return tablesCreated(stmt).map((c) => tableKey(c.name));
}

/**
 * True when `name` denotes a table in `created` (`schema.table` or bare `table` entries, see tableKey). A bare
 * name on either side matches any schema: without the search_path we cannot tell them apart, and a false
 * "created here" only silences a warning. Names compare exactly: the parser already folded the unquoted ones,
 * and `"Users"` is another table than `users`.
 */
export function isCreatedIn(created: ReadonlySet<string>, name: QualifiedName): boolean {
  const table = name.name;
  const schema = name.schema;
  if (created.has(schema ? `${schema}.${table}` : table)) return true;
  if (created.has(table)) return true;
  if (!schema) {
    for (const c of created) if (c.endsWith(`.${table}`)) return true;
  }
  return false;
}

/**
 * The name of a RangeVar given either wrapped (`{RangeVar: {...}}`, as in lists) or bare (as in `relation`
 * fields), as PostgreSQL resolves it: unquoted parts come folded to lower case from the parser, quoted parts exact.
 */
export function relationName(x: unknown): (QualifiedName & { temporary: boolean }) | undefined {
  const body = rangeVarOf(x);
  const q = rangeVarName(body);
  if (!q) return undefined;
  // A literal, not a spread of q: this runs for every relation of every statement.
  return { schema: q.schema, name: q.name, location: q.location, temporary: body?.relpersistence === 't' };
}

/** A name without its location. */
function bareName(q: QualifiedName): QualifiedName {
  return q.schema ? { schema: q.schema, name: q.name } : { name: q.name };
}

/** `[schema?, name]`. */
function nameParts(q: QualifiedName): string[] {
  return q.schema ? [q.schema, q.name] : [q.name];
}

/** The exact name parts and the SQL spelling of them, for a DestructiveOperation. */
function named(parts: string[]): { names: string[]; target: string } {
  return { names: parts, target: parts.map(quoteIdent).join('.') };
}

/** The table named by a DROP's name parts (`[schema?, table]`, or `[catalog, schema, table]`). */
function partsName(parts: readonly string[]): QualifiedName {
  const name = parts[parts.length - 1]!;
  return parts.length > 1 ? { schema: parts[parts.length - 2]!, name } : { name };
}

/** `schema.name` or `name`, as written. */
function qualified(q: QualifiedName): string {
  return q.schema ? `${q.schema}.${q.name}` : q.name;
}

/** The byte range of a RangeVar's name: from its location to the end of its last name part. */
export function nameRange(q: QualifiedName, sql: ParsedSql | undefined, stmt: Statement): { start: number; end: number } {
  if (q.location === undefined) return { start: stmt.start, end: stmt.end };
  if (sql) {
    // Fast path, no lexing: the usual unquoted name written as the parser folded it.
    const written = qualified(q);
    const len = Buffer.byteLength(written, 'utf8');
    if (sql.lines.slice(q.location, q.location + len).toLowerCase() === written && /^[a-z_][a-z0-9_$.]*$/.test(written)) {
      const after = sql.lines.slice(q.location + len, q.location + len + 1);
      if (!/[A-Za-z0-9_$]/.test(after)) return { start: q.location, end: q.location + len };
    }
    const tokens = statementTokens(sql, stmt);
    const parts = q.schema ? [q.schema, q.name] : [q.name];
    const i = tokens.findIndex((t) => t.start === q.location);
    if (i >= 0) {
      const found = findName(tokens, parts, i);
      if (found && found.start === q.location) return found;
      return { start: tokens[i]!.start, end: tokens[i]!.end };
    }
  }
  return { start: q.location, end: q.location + Buffer.byteLength(qualified(q), 'utf8') };
}

/**
 * The table and commands of an `ALTER TABLE` on a table that existed before this migration — the statements
 * whose locks and scans hurt a live database. A table created earlier in the file (or a temporary one) holds no
 * rows anyone reads yet, so it yields undefined, as does any other statement.
 */
export function alterOfExistingTable(
  stmt: Statement,
  createdTables: ReadonlySet<string>,
): { table: QualifiedName & { temporary: boolean }; cmds: AlterTableCmd[] } | undefined {
  const body = nodeOf(stmt.node, 'AlterTableStmt');
  if (!body || body.objtype !== 'OBJECT_TABLE') return undefined;
  const table = relationName(body.relation);
  if (!table || table.temporary || isCreatedIn(createdTables, table)) return undefined;
  return { table, cmds: (body.cmds ?? []).map((c) => nodeOf(c, 'AlterTableCmd')).filter((c) => c !== undefined) };
}

/** The same table, when a name without a schema is taken to be in any schema (we do not know the search_path). */
export function sameTable(a: QualifiedName, b: QualifiedName): boolean {
  return a.name === b.name && (a.schema === undefined || b.schema === undefined || a.schema === b.schema);
}

/**
 * True when an earlier top-level statement of the file left `table` with no rows — `TRUNCATE` it, or `DELETE` from
 * it with no WHERE — and no later statement before `stmt` put rows back (INSERT, MERGE, COPY FROM, SELECT INTO).
 * A statement that needs rows to be absent (ADD COLUMN ... NOT NULL with no default) then succeeds.
 */
export function tableEmptiedBefore(sql: ParsedSql, stmt: { start: number }, table: QualifiedName): boolean {
  let empty = false;
  for (const s of statementsBefore(sql, stmt)) {
    const n = s.node as unknown as Record<string, Body | undefined>;
    if (s.kind === 'TruncateStmt' && list(n.TruncateStmt?.relations).some((r) => matches(r, table))) empty = true;
    else if (s.kind === 'DeleteStmt' && !n.DeleteStmt?.whereClause && !n.DeleteStmt?.withClause && matches(n.DeleteStmt?.relation, table)) empty = true;
    else if (empty && tableWrites(s).some((w) => sameTable(w, table)) && fillsRows(s)) empty = false;
  }
  return empty;
}

/** Whether a statement can add rows to the tables it writes (an UPDATE or DELETE of an empty table adds none). */
function fillsRows(stmt: Statement): boolean {
  const index = nodeIndex(stmt.node);
  return index.has('InsertStmt') || index.has('MergeStmt') || stmt.kind === 'CopyStmt' || (index.get('SelectStmt') ?? []).some((b) => b.intoClause);
}

function matches(rv: unknown, table: QualifiedName): boolean {
  const q = relationName(rv);
  return q !== undefined && sameTable(q, table);
}
