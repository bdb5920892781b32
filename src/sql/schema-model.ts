/**
 * A model of what a service's migrations built: tables, their columns (NOT NULL or not) and constraints (validated
 * or not). Rules ask questions a single file cannot answer — "is this column already proven NOT NULL by a
 * validated CHECK that an earlier migration added?" — and the engine answers them with the model of every
 * migration applied before the file, in the service's order (see lint/service-model.ts).
 *
 * A file contributes events (`modelEvents`), which are plain data: they are cached with the file's findings and
 * cross to worker threads. The model only grows from what the SQL says; anything it cannot follow (dynamic SQL,
 * a table renamed by a function) simply leaves a fact unknown, and an unknown fact never silences a finding.
 */
import { alterTableCommands, nodeOf, rangeVarName, stringList, walk } from './ast.js';
import type { QualifiedName } from './ast.js';
import type { Constraint, CreateStmt } from './ast-types.js';
import type { Statement } from './parser.js';

/** A table as the SQL named it: `schema` absent when unqualified. */
export interface TableRef {
  schema?: string;
  name: string;
}

/** One change a statement makes to the model. */
export type ModelEvent =
  | { op: 'create-table'; table: TableRef; columns: string[]; notNull: string[] }
  | { op: 'drop-table'; table: TableRef }
  | { op: 'rename-table'; table: TableRef; to: string }
  | { op: 'add-column'; table: TableRef; column: string; notNull: boolean }
  | { op: 'drop-column'; table: TableRef; column: string }
  | { op: 'rename-column'; table: TableRef; column: string; to: string }
  | { op: 'set-not-null'; table: TableRef; column: string }
  | { op: 'drop-not-null'; table: TableRef; column: string }
  /** A constraint; for a CHECK, `notNull` holds the columns whose NOT NULL it implies. */
  | { op: 'add-constraint'; table: TableRef; name: string; kind: string; valid: boolean; notNull: string[] }
  | { op: 'validate-constraint'; table: TableRef; name: string }
  | { op: 'drop-constraint'; table: TableRef; name: string };

/** A question a rule leaves to the model: the finding is void when it holds. */
export interface ModelCondition {
  /** The column is NOT NULL already, or a validated CHECK implies it (PostgreSQL 12+ then skips SET NOT NULL's scan). */
  op: 'not-null-proven';
  table: TableRef;
  column: string;
}

interface ConstraintModel {
  kind: string;
  valid: boolean;
  notNull: string[];
}

interface TableModel {
  ref: TableRef;
  columns: Set<string>;
  notNull: Set<string>;
  constraints: Map<string, ConstraintModel>;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The model, built by applying events in migration order. */
export class SchemaModel {
  private readonly tables: TableModel[] = [];

  /** A model of `events`, in order. */
  static of(...eventLists: (readonly ModelEvent[])[]): SchemaModel {
    const m = new SchemaModel();
    for (const events of eventLists) for (const e of events) m.apply(e);
    return m;
  }

  /** Applies one event. Events on a table the model does not know create an entry for it (it exists, we learn). */
  apply(e: ModelEvent): void {
    if (e.op === 'create-table') {
      this.drop(e.table);
      this.tables.push({ ref: e.table, columns: new Set(e.columns), notNull: new Set(e.notNull), constraints: new Map() });
      return;
    }
    if (e.op === 'drop-table') return this.drop(e.table);
    const t = this.find(e.table) ?? this.add(e.table);
    switch (e.op) {
      case 'rename-table':
        t.ref = { ...t.ref, name: e.to };
        break;
      case 'add-column':
        t.columns.add(e.column);
        if (e.notNull) t.notNull.add(e.column);
        break;
      case 'drop-column':
        t.columns.delete(e.column);
        t.notNull.delete(e.column);
        // PostgreSQL drops the constraints that use the column.
        for (const [name, c] of t.constraints) if (c.notNull.includes(e.column)) t.constraints.delete(name);
        break;
      case 'rename-column':
        renameIn(t.columns, e.column, e.to);
        renameIn(t.notNull, e.column, e.to);
        for (const c of t.constraints.values()) c.notNull = c.notNull.map((x) => (x === e.column ? e.to : x));
        break;
      case 'set-not-null':
        t.notNull.add(e.column);
        break;
      case 'drop-not-null':
        t.notNull.delete(e.column);
        break;
      case 'add-constraint':
        t.constraints.set(e.name, { kind: e.kind, valid: e.valid, notNull: [...e.notNull] });
        break;
      case 'validate-constraint': {
        const c = t.constraints.get(e.name);
        if (c) c.valid = true;
        break;
      }
      case 'drop-constraint':
        t.constraints.delete(e.name);
        break;
    }
  }

  /** Whether `condition` holds in the model. */
  holds(condition: ModelCondition): boolean {
    const t = this.find(condition.table);
    if (!t) return false;
    if (t.notNull.has(condition.column)) return true;
    for (const c of t.constraints.values()) if (c.kind === 'CONSTR_CHECK' && c.valid && c.notNull.includes(condition.column)) return true;
    return false;
  }

  /** Whether the model knows the table (created or changed by an earlier migration). */
  hasTable(table: TableRef): boolean {
    return this.find(table) !== undefined;
  }

  private find(table: TableRef): TableModel | undefined {
    // The latest table of that name: an unqualified name matches any schema (the search_path is unknown).
    for (let i = this.tables.length - 1; i >= 0; i--) {
      const t = this.tables[i]!;
      if (t.ref.name === table.name && (t.ref.schema === undefined || table.schema === undefined || t.ref.schema === table.schema)) return t;
    }
    return undefined;
  }

  private add(table: TableRef): TableModel {
    const t: TableModel = { ref: table, columns: new Set(), notNull: new Set(), constraints: new Map() };
    this.tables.push(t);
    return t;
  }

  private drop(table: TableRef): void {
    for (let t = this.find(table); t; t = this.find(table)) this.tables.splice(this.tables.indexOf(t), 1);
  }
}

function renameIn(set: Set<string>, from: string, to: string): void {
  if (set.delete(from)) set.add(to);
}

/** `{schema?, name}` without a location. */
function ref(q: QualifiedName): TableRef {
  return q.schema ? { schema: q.schema, name: q.name } : { name: q.name };
}

/**
 * Columns whose NOT NULL a CHECK expression implies: `c IS NOT NULL`, alone or in an AND (PostgreSQL's
 * predicate_implied_by proves no more than that for this purpose). An OR, a NOT, or `c IS NOT NULL OR d > 0`
 * implies nothing.
 */
export function checkImpliesNotNull(expr: unknown): string[] {
  const out: string[] = [];
  const visit = (node: unknown): void => {
    const b = nodeOf(node, 'BoolExpr');
    if (b) {
      if (b.boolop === 'AND_EXPR') for (const a of b.args ?? []) visit(a);
      return;
    }
    const t = nodeOf(node, 'NullTest');
    if (t?.nulltesttype !== 'IS_NOT_NULL') return;
    const refNode = nodeOf(t.arg, 'ColumnRef');
    const name = nodeOf(refNode?.fields?.[refNode.fields.length - 1], 'String')?.sval;
    if (name && refNode?.fields?.length === 1) out.push(name);
  };
  visit(expr);
  return out;
}

/** The name PostgreSQL gives an unnamed CHECK: `<table>_<first column>_check` (or `<table>_check`), cut to 63 bytes. */
function checkName(table: string, expr: unknown): string {
  let first: string | undefined;
  walk(expr, (v) => {
    if (first || v.kind !== 'ColumnRef') return;
    const fields = list(v.body.fields);
    first = nodeOf(fields[fields.length - 1], 'String')?.sval;
  });
  return (first ? `${table}_${first}_check` : `${table}_check`).slice(0, 63);
}

function constraintEvent(table: TableRef, c: Constraint, valid: boolean): ModelEvent {
  const kind = String(c.contype ?? '');
  const name = typeof c.conname === 'string' ? c.conname : kind === 'CONSTR_CHECK' ? checkName(table.name, c.raw_expr) : '';
  return { op: 'add-constraint', table, name, kind, valid, notNull: kind === 'CONSTR_CHECK' ? checkImpliesNotNull(c.raw_expr) : [] };
}

/** What a top-level statement (or one in a DO block) changes in the model; empty for anything else. */
export function modelEvents(stmt: Statement): ModelEvent[] {
  switch (stmt.kind) {
    case 'CreateStmt':
      return createEvents(nodeOf(stmt.node, 'CreateStmt')!);
    case 'AlterTableStmt':
      return alterEvents(stmt);
    case 'DropStmt': {
      const drop = nodeOf(stmt.node, 'DropStmt');
      if (drop?.removeType !== 'OBJECT_TABLE') return [];
      return list(drop.objects).flatMap((o): ModelEvent[] => {
        const parts = stringList(nodeOf(o, 'List')?.items);
        const name = parts[parts.length - 1];
        return name ? [{ op: 'drop-table', table: parts.length > 1 ? { schema: parts[parts.length - 2]!, name } : { name } }] : [];
      });
    }
    case 'RenameStmt': {
      const r = nodeOf(stmt.node, 'RenameStmt')!;
      const q = rangeVarName(r.relation);
      if (!q || typeof r.newname !== 'string') return [];
      if (r.renameType === 'OBJECT_TABLE') return [{ op: 'rename-table', table: ref(q), to: r.newname }];
      if (r.renameType === 'OBJECT_COLUMN' && typeof r.subname === 'string') return [{ op: 'rename-column', table: ref(q), column: r.subname, to: r.newname }];
      if (r.renameType === 'OBJECT_TABCONSTRAINT' && typeof r.subname === 'string') {
        // Forgotten rather than followed (rare, and an unknown constraint only keeps a finding).
        return [{ op: 'drop-constraint', table: ref(q), name: r.subname }];
      }
      return [];
    }
    default:
      return [];
  }
}

function createEvents(c: CreateStmt): ModelEvent[] {
  const q = rangeVarName(c.relation);
  if (!q || c.relation?.relpersistence === 't') return [];
  const table = ref(q);
  const columns: string[] = [];
  const notNull: string[] = [];
  const constraints: ModelEvent[] = [];
  for (const e of list(c.tableElts)) {
    const def = nodeOf(e, 'ColumnDef');
    if (def?.colname) {
      columns.push(def.colname);
      for (const k of list(def.constraints)) {
        const con = nodeOf(k, 'Constraint');
        if (con?.contype === 'CONSTR_NOTNULL' || con?.contype === 'CONSTR_PRIMARY') notNull.push(def.colname);
        else if (con?.contype === 'CONSTR_CHECK') constraints.push(constraintEvent(table, con, true));
      }
      continue;
    }
    const con = nodeOf(e, 'Constraint');
    if (!con) continue;
    if (con.contype === 'CONSTR_PRIMARY') notNull.push(...stringList(con.keys));
    // A CHECK written in CREATE TABLE is checked against an empty table: valid even when marked NOT VALID.
    constraints.push(constraintEvent(table, con, true));
  }
  return [{ op: 'create-table', table, columns, notNull }, ...constraints];
}

function alterEvents(stmt: Statement): ModelEvent[] {
  const alter = alterTableCommands(stmt.node);
  if (!alter?.table) return [];
  const table = ref(alter.table);
  const out: ModelEvent[] = [];
  for (const cmd of alter.cmds) {
    const name = typeof cmd.name === 'string' ? cmd.name : undefined;
    switch (cmd.subtype) {
      case 'AT_AddColumn': {
        const def = nodeOf(cmd.def, 'ColumnDef');
        if (!def?.colname) break;
        const cons = list(def.constraints).map((k) => nodeOf(k, 'Constraint')).filter((k) => k !== undefined);
        out.push({ op: 'add-column', table, column: def.colname, notNull: cons.some((k) => k.contype === 'CONSTR_NOTNULL' || k.contype === 'CONSTR_PRIMARY') });
        for (const k of cons) if (k.contype === 'CONSTR_CHECK') out.push(constraintEvent(table, k, k.skip_validation !== true));
        break;
      }
      case 'AT_DropColumn':
        if (name) out.push({ op: 'drop-column', table, column: name });
        break;
      case 'AT_SetNotNull':
        if (name) out.push({ op: 'set-not-null', table, column: name });
        break;
      case 'AT_DropNotNull':
        if (name) out.push({ op: 'drop-not-null', table, column: name });
        break;
      case 'AT_AddConstraint': {
        const c = nodeOf(cmd.def, 'Constraint');
        if (c) out.push(constraintEvent(table, c, c.skip_validation !== true));
        break;
      }
      case 'AT_ValidateConstraint':
        if (name) out.push({ op: 'validate-constraint', table, name });
        break;
      case 'AT_DropConstraint':
        if (name) out.push({ op: 'drop-constraint', table, name });
        break;
      default:
        break;
    }
  }
  return out;
}
