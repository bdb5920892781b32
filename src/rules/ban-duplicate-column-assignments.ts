import { nodeOf, codeTokens, nodesOf, stringList } from '../sql/ast.js';
import { identText } from '../sql/tokens.js';
import { createRule } from './types.js';
import type { RuleContext } from './types.js';

type Body = Record<string, unknown>;
interface Target {
  name?: string;
  indirection?: unknown[];
  val?: unknown;
  location?: number;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const target = (item: unknown): Target | undefined => nodeOf(item, 'ResTarget');

export default createRule({
  id: 'ban-duplicate-column-assignments',
  description:
    'An UPDATE, ON CONFLICT DO UPDATE or MERGE that assigns the same column twice, an INSERT that lists a column twice, or a table, view or SELECT INTO that defines a column name twice, is rejected by PostgreSQL when the migration runs.',
  severity: 'error',
  direction: 'both',
  messages: {
    update: 'Column {{column}} is assigned twice in this {{what}}: PostgreSQL fails with "multiple assignments to same column" and the migration stops.',
    insert: 'Column {{column}} is listed twice in this {{what}}: PostgreSQL fails with "column specified more than once" and the migration stops.',
    define: 'Column {{column}} is defined twice in this {{what}}: PostgreSQL fails with "column specified more than once" and the migration stops.',
  },
  help: 'Assign each column once (combine the expressions, e.g. with CASE), list each INSERT column once, and give every column of a table, view or SELECT INTO its own name (`AS name`).',
  check(ctx) {
    const node = ctx.stmt.node;
    // From the statement's node index (shared by the rules), not a walk of its own.
    for (const u of nodesOf(node, 'UpdateStmt')) assignments(ctx, u.targetList, 'update', 'UPDATE');
    for (const i of nodesOf(node, 'InsertStmt')) {
      assignments(ctx, i.cols, 'insert', 'INSERT');
      assignments(ctx, nodeOf(i.onConflictClause, 'OnConflictClause')?.targetList ?? (i.onConflictClause as Body | undefined)?.targetList, 'update', 'ON CONFLICT DO UPDATE');
    }
    for (const w of nodesOf(node, 'MergeWhenClause')) {
      if (w.commandType === 'CMD_UPDATE') assignments(ctx, w.targetList, 'update', 'MERGE ... UPDATE');
      else if (w.commandType === 'CMD_INSERT') assignments(ctx, w.targetList, 'insert', 'MERGE ... INSERT');
    }
    definitions(ctx);
  },
});

/**
 * SET lists and INSERT column lists: a column assigned whole twice, or whole and in part (`a = row(1,2), a.x = 1`),
 * is rejected; parts of one column (`c.x = 1, c.y = 2`, `a[1] = 0, a[2] = 0`) are legal (PostgreSQL's
 * checkInsertTargets and the UPDATE target processing apply the same test).
 */
function assignments(ctx: RuleContext, items: unknown, messageId: 'update' | 'insert', what: string): void {
  const whole = new Set<string>();
  const partial = new Set<string>();
  for (const item of list(items)) {
    const t = target(item);
    if (!t?.name) continue;
    const isPart = list(t.indirection).length > 0;
    const clash = isPart ? whole.has(t.name) : whole.has(t.name) || partial.has(t.name);
    (isPart ? partial : whole).add(t.name);
    if (!clash) continue;
    const start = t.location ?? ctx.stmt.start;
    const token = codeTokens(ctx.facts.sql, ctx.stmt).find((k) => k.start === start);
    ctx.report({ messageId, data: { column: t.name, what }, start, end: token?.end ?? start + 1 });
  }
}

/** Column names defined by CREATE [FOREIGN] TABLE, CREATE VIEW, CREATE TABLE/MATERIALIZED VIEW AS and SELECT INTO. */
function definitions(ctx: RuleContext): void {
  const n = ctx.stmt.node as unknown as Record<string, Body | undefined>;
  const create = n.CreateStmt ?? (n.CreateForeignTableStmt?.base as Body | undefined);
  if (create) {
    const cols = list(create.tableElts).map((e) => nodeOf(e, 'ColumnDef')).filter((c) => c !== undefined);
    unique(ctx, cols.map((c) => ({ name: c.colname, location: c.location })), n.CreateStmt ? 'CREATE TABLE' : 'CREATE FOREIGN TABLE');
    return;
  }
  if (n.ViewStmt) {
    unique(ctx, derivedColumns(stringList(n.ViewStmt.aliases), n.ViewStmt.query), 'CREATE VIEW');
  } else if (n.CreateTableAsStmt) {
    const into = nodeOf(n.CreateTableAsStmt.into, 'IntoClause') ?? (n.CreateTableAsStmt.into as Body | undefined);
    const what = n.CreateTableAsStmt.objtype === 'OBJECT_MATVIEW' ? 'CREATE MATERIALIZED VIEW' : 'CREATE TABLE AS';
    unique(ctx, derivedColumns(stringList(into?.colNames), n.CreateTableAsStmt.query), what);
  } else if (n.SelectStmt?.intoClause) {
    unique(ctx, derivedColumns([], ctx.stmt.node), 'SELECT INTO');
  }
}

interface Named {
  /** Undefined when the name cannot be told without the catalog (`*`, an expression PostgreSQL names oddly). */
  name?: string;
  location?: number;
}

/** Reports the second and later columns of one name; a list holding an unknown name is skipped entirely. */
function unique(ctx: RuleContext, columns: readonly Named[], what: string): void {
  if (columns.some((c) => c.name === undefined)) return;
  const seen = new Set<string>();
  const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
  let from = 0;
  for (const c of columns) {
    const name = c.name!;
    if (!seen.has(name)) {
      seen.add(name);
      continue;
    }
    // A view's alias list keeps no locations: the second spelling of the name in the statement.
    const at = c.location !== undefined ? tokens.find((t) => t.start === c.location)
      : tokens.filter((t) => identText(t) === name).find((t, i) => i > 0 && t.start >= from);
    if (at) from = at.end;
    const start = at?.start ?? ctx.stmt.start;
    ctx.report({ messageId: 'define', data: { column: name, what }, start, end: at?.end ?? start + 1 });
  }
}

/** A query's output columns as a view or CREATE TABLE AS names them: the aliases first, then the select list. */
function derivedColumns(aliases: readonly string[], query: unknown): Named[] {
  let select = nodeOf(query, 'SelectStmt');
  // UNION & co. take their column names from the leftmost SELECT.
  while (select && select.op !== undefined && select.op !== 'SETOP_NONE') select = nodeOf(select.larg, 'SelectStmt') ?? (select.larg as Body | undefined);
  if (!select) return [{ name: undefined }];
  if (Array.isArray(select.valuesLists)) return [{ name: undefined }]; // VALUES: column1, column2, ... never clash
  const targets = list(select.targetList).map(target);
  return targets.map((t, i): Named => {
    if (i < aliases.length) return { name: aliases[i], location: undefined };
    return { name: t?.name ?? figureColname(t?.val), location: t?.location };
  });
}

/**
 * The name PostgreSQL gives an unnamed select-list entry (FigureColname in parse_target.c), for the forms whose
 * name is certain; undefined for `*` and anything not covered, so that no guess becomes an error.
 */
function figureColname(val: unknown): string | undefined {
  const ref = nodeOf(val, 'ColumnRef');
  if (ref) {
    const last = ref.fields?.[ref.fields.length - 1];
    return nodeOf(last, 'String')?.sval;
  }
  const fn = nodeOf(val, 'FuncCall');
  if (fn) return stringList(fn.funcname).at(-1);
  const cast = nodeOf(val, 'TypeCast');
  if (cast) {
    const inner = figureColname(cast.arg);
    return inner !== undefined && inner !== '?column?' ? inner : inner === '?column?' ? stringList(cast.typeName?.names).at(-1) : undefined;
  }
  if (nodeOf(val, 'A_Const')) return '?column?';
  const expr = nodeOf(val, 'A_Expr');
  if (expr) return expr.kind === 'AEXPR_NULLIF' ? 'nullif' : '?column?';
  if (nodeOf(val, 'CaseExpr')) return 'case';
  if (nodeOf(val, 'CoalesceExpr')) return 'coalesce';
  if (nodeOf(val, 'RowExpr')) return 'row';
  if (nodeOf(val, 'A_ArrayExpr')) return 'array';
  return undefined;
}
