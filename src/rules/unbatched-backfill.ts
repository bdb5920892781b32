import { codeTokens, nameRange, nodeOf, rangeVarName, statementRange } from '../sql/ast.js';
import { isCreatedIn } from '../sql/facts.js';
import { createRule } from './types.js';

type Body = Record<string, unknown>;

export default createRule({
  id: 'unbatched-backfill',
  description:
    'An UPDATE or DELETE on an existing table whose WHERE only tests NULLs or booleans (the backfill pattern) changes an unbounded number of rows in one transaction.',
  severity: 'info',
  direction: 'up',
  messages: {
    backfill:
      'This {{verb}} on the existing table {{table}} only filters on NULL / boolean tests, so it likely touches most rows in one transaction: it locks every changed row until the migration commits, bloats the table, and can stall replication.',
  },
  help:
    'Backfill in batches outside the schema migration (e.g. UPDATE ... WHERE id IN (SELECT id ... LIMIT 10000) repeated until no row changes), or bound this statement by key ranges.',
  check(ctx) {
    // A DO block or function is where batching loops live; judge only plain statements.
    if (ctx.origin.kind !== 'top') return;
    const body = nodeOf(ctx.stmt.node, 'UpdateStmt') ?? nodeOf(ctx.stmt.node, 'DeleteStmt');
    if (!body || body.whereClause === undefined) return; // no WHERE: update-/delete-without-where reports it
    const table = rangeVarName(body.relation);
    if (!table || isCreatedIn(ctx.createdTables, table)) return;
    if (!isUnselective(body.whereClause)) return;
    const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
    const name = nameRange(tokens, table.location);
    const whole = statementRange(ctx.facts.sql, ctx.stmt);
    ctx.report({
      messageId: 'backfill',
      data: { verb: ctx.stmt.kind === 'UpdateStmt' ? 'UPDATE' : 'DELETE', table: table.schema ? `${table.schema}.${table.name}` : table.name },
      start: whole.start,
      end: name?.end ?? whole.end,
    });
  },
});

/**
 * True for a condition built only from `x IS [NOT] NULL`, `x IS [NOT] TRUE/FALSE`, bare boolean columns and
 * constants, joined by AND / OR / NOT: nothing in it limits how many rows match. Any comparison with a value,
 * IN list, subquery or function call counts as selective, to keep false positives low.
 */
function isUnselective(expr: unknown): boolean {
  if (!expr || typeof expr !== 'object') return false;
  const [kind, body] = Object.entries(expr as Record<string, Body>)[0] ?? [];
  switch (kind) {
    case 'NullTest':
    case 'BooleanTest':
      return (body as Body).arg !== undefined && isColumn((body as Body).arg);
    case 'ColumnRef':
      return true;
    case 'A_Const':
      return true;
    case 'BoolExpr':
      return Array.isArray((body as Body).args) && ((body as Body).args as unknown[]).every(isUnselective);
    default:
      return false;
  }
}

function isColumn(expr: unknown): boolean {
  return !!expr && typeof expr === 'object' && 'ColumnRef' in expr;
}
