/**
 * What a migration does to database objects, as `deps --write` and affects-tables-mismatch read it: the tables it
 * changes (the one definition of what `affects_tables` should list), and the tables, types, functions and schemas
 * it defines or uses (from which its `depends_on` is inferred). Read from the parsed AST only.
 */
import { nodeOf, nodesOf, rangeVarName, rangeVarOf, stringList } from './ast.js';
import { tablesCreated, tableWrites, type TableWrite } from './facts.js';
import type { ParsedSql, Statement } from './parser.js';
import { embeddedStatements } from './plpgsql.js';

/** A statement that runs when the migration is applied: top level, or inside a DO block (not a function body). */
export interface RunStatement {
  stmt: Statement;
  origin: { kind: 'top' | 'plpgsql'; container?: 'do' | 'function' };
}

/** The statements of a file that run when it is applied: the top-level ones and those inside its DO blocks. */
export function statementsRun(sql: ParsedSql): RunStatement[] {
  const out: RunStatement[] = [];
  for (const stmt of sql.statements) {
    out.push({ stmt, origin: { kind: 'top' } });
    if (stmt.kind !== 'DoStmt') continue;
    for (const nested of embeddedStatements(sql, stmt)?.statements ?? []) out.push({ stmt: nested, origin: { kind: 'plpgsql', container: 'do' } });
  }
  return out;
}

/**
 * The tables a migration changes (DDL on a table and DML in it, see `tableWrites`), in order of appearance, with the
 * statement and index of each write; a table the migration created as TEMPORARY is left out once created.
 * Statements inside function bodies run later (when called), so they do not count.
 */
export function changedTables(statements: readonly RunStatement[]): Array<{ write: TableWrite; stmt: Statement; index: number }> {
  const temp = new Set<string>();
  const writes: Array<{ write: TableWrite; stmt: Statement; index: number }> = [];
  for (const { stmt, origin } of statements) {
    if (origin.container === 'function') continue;
    for (const c of tablesCreated(stmt)) if (c.temporary) temp.add(c.name.name);
    tableWrites(stmt).forEach((w, index) => {
      if (w.schema || !temp.has(w.name)) writes.push({ write: w, stmt, index });
    });
  }
  return writes;
}

/** `table:users`, `type:mood`, `function:touch`, `schema:billing`, `extension:citext`: names as stored, unqualified. */
export type ObjectKey = string;

export interface ObjectUse {
  /** Objects the statement creates, alters, drops or writes rows to. */
  defines: Set<ObjectKey>;
  /** Objects it names: every table, type, function and schema it refers to (what it defines included). */
  uses: Set<ObjectKey>;
}

type Body = Record<string, unknown>;

function lastPart(names: string[]): string | undefined {
  return names.length > 0 ? names[names.length - 1] : undefined;
}

const DROP_KINDS: Record<string, string> = {
  OBJECT_TYPE: 'type',
  OBJECT_DOMAIN: 'type',
  OBJECT_FUNCTION: 'function',
  OBJECT_PROCEDURE: 'function',
  OBJECT_SCHEMA: 'schema',
  OBJECT_EXTENSION: 'extension',
  OBJECT_VIEW: 'table',
  OBJECT_MATVIEW: 'table',
  OBJECT_SEQUENCE: 'table',
};

/** What one statement defines, beyond the tables it writes (types, functions, schemas, extensions, views). */
function definitions(stmt: Statement, add: (kind: string, names: string[] | string | undefined) => void): void {
  const b = (stmt.node as unknown as Record<string, Body | undefined>)[stmt.kind];
  if (!b) return;
  switch (stmt.kind) {
    case 'CreateSchemaStmt':
      add('schema', b.schemaname as string | undefined);
      break;
    case 'CreateExtensionStmt':
      add('extension', b.extname as string | undefined);
      break;
    case 'CreateEnumStmt':
    case 'AlterEnumStmt':
      add('type', stringList(b.typeName));
      break;
    case 'CreateDomainStmt':
      add('type', stringList(b.domainname));
      break;
    case 'AlterDomainStmt':
      add('type', stringList(b.typeName));
      break;
    case 'CompositeTypeStmt':
      add('type', rangeVarName(rangeVarOf(b.typevar))?.name);
      break;
    case 'DefineStmt':
      if (b.kind === 'OBJECT_TYPE') add('type', stringList(b.defnames));
      break;
    case 'CreateFunctionStmt':
      add('function', stringList(b.funcname));
      break;
    case 'AlterFunctionStmt':
      add('function', stringList((nodeOf(b.func, 'ObjectWithArgs') as Body | undefined)?.objname ?? (b.func as Body | undefined)?.objname));
      break;
    case 'ViewStmt':
      add('table', rangeVarName(rangeVarOf(b.view))?.name);
      break;
    case 'CreateSeqStmt':
    case 'AlterSeqStmt':
      add('table', rangeVarName(rangeVarOf(b.sequence))?.name);
      break;
    case 'DropStmt': {
      const kind = DROP_KINDS[b.removeType as string];
      if (!kind) break;
      for (const o of Array.isArray(b.objects) ? b.objects : []) {
        const s = nodeOf(o, 'String');
        if (s?.sval) add(kind, s.sval);
        const withArgs = nodeOf(o, 'ObjectWithArgs') as Body | undefined;
        if (withArgs) add(kind, stringList(withArgs.objname));
        const names = nodeOf(o, 'List') as { items?: unknown } | undefined;
        if (names) add(kind, stringList(names.items));
        const typeName = nodeOf(o, 'TypeName') as Body | undefined;
        if (typeName) add(kind, stringList(typeName.names));
      }
      break;
    }
    default:
      break;
  }
}

/**
 * Every type name and relation name below `node`. Both often sit unwrapped (a column's `typeName`, a foreign key's
 * `pktable`), so they are recognised by shape: a TypeName has `names` and `typemod`, a RangeVar a `relname`.
 */
function namesBelow(node: unknown, out: { types: string[][]; relations: Body[] }): void {
  if (Array.isArray(node)) {
    for (const x of node) namesBelow(x, out);
  } else if (node !== null && typeof node === 'object') {
    const o = node as Body;
    if (Array.isArray(o.names) && 'typemod' in o) out.types.push(stringList(o.names));
    if (typeof o.relname === 'string') out.relations.push(o);
    for (const v of Object.values(o)) if (v !== null && typeof v === 'object') namesBelow(v, out);
  }
}

/** What a statement defines and uses (see `ObjectUse`). */
export function objectUse(stmt: Statement): ObjectUse {
  const defines = new Set<ObjectKey>();
  const uses = new Set<ObjectKey>();
  const use = (kind: string, names: string[] | string | undefined) => {
    const list = typeof names === 'string' ? [names] : (names ?? []);
    const name = lastPart(list);
    if (name) uses.add(`${kind}:${name}`);
    if (list.length > 1) uses.add(`schema:${list[list.length - 2]}`);
  };
  const define = (kind: string, names: string[] | string | undefined) => {
    const list = typeof names === 'string' ? [names] : (names ?? []);
    const name = lastPart(list);
    if (name) defines.add(`${kind}:${name}`);
    // Defining `shop.mood` needs the schema shop.
    if (list.length > 1) uses.add(`schema:${list[list.length - 2]}`);
  };
  for (const w of tableWrites(stmt)) define('table', w.schema ? [w.schema, w.name] : w.name);
  definitions(stmt, define);
  const below = { types: [] as string[][], relations: [] as Body[] };
  namesBelow(stmt.node, below);
  for (const rv of below.relations) {
    const q = rangeVarName(rangeVarOf(rv));
    if (q) use('table', q.schema ? [q.schema, q.name] : q.name);
  }
  for (const names of below.types) {
    if (names[0] === 'pg_catalog') continue;
    // A type an extension brings (citext) is used through the extension that created it.
    use('type', names);
    use('extension', lastPart(names));
  }
  for (const f of nodesOf(stmt.node, 'FuncCall')) use('function', stringList(f.funcname));
  const trigger = nodeOf(stmt.node, 'CreateTrigStmt');
  if (trigger) use('function', stringList(trigger.funcname));
  for (const d of defines) uses.add(d);
  return { defines, uses };
}
