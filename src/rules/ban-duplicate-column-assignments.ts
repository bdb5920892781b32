import { codeTokens, nodesOf } from '../sql/ast.js';
import { createRule } from './types.js';

export default createRule({
  id: 'ban-duplicate-column-assignments',
  description:
    'An UPDATE that assigns the same column twice, or an INSERT that lists a column twice, is rejected by PostgreSQL when the migration runs.',
  severity: 'error',
  direction: 'both',
  messages: {
    update: 'Column {{column}} is assigned twice in this UPDATE: PostgreSQL fails with "multiple assignments to same column" and the migration stops.',
    insert: 'Column {{column}} is listed twice in this INSERT: PostgreSQL fails with "column specified more than once" and the migration stops.',
  },
  help: 'Assign each column once (combine the expressions, e.g. with CASE) and list each INSERT column once.',
  check(ctx) {
    // From the statement's node index (shared by the rules), not a walk of its own.
    for (const kind of ['UpdateStmt', 'InsertStmt'] as const) for (const body of nodesOf(ctx.stmt.node, kind)) {
      const list = kind === 'UpdateStmt' ? body.targetList : body.cols;
      const seen = new Set<string>();
      for (const item of Array.isArray(list) ? list : []) {
        const target = (item as { ResTarget?: { name?: string; indirection?: unknown[]; location?: number } }).ResTarget;
        // Assignments to different fields or elements of one column (`c.x = 1, c.y = 2`, `a[1] = 0`) are legal.
        if (!target?.name || (target.indirection && target.indirection.length > 0)) continue;
        const name = target.name;
        if (!seen.has(name)) {
          seen.add(name);
          continue;
        }
        const token = codeTokens(ctx.facts.sql, ctx.stmt).find((t) => t.start === target.location);
        const start = target.location ?? ctx.stmt.start;
        ctx.report({ messageId: kind === 'UpdateStmt' ? 'update' : 'insert', data: { column: name }, start, end: token?.end ?? start + 1 });
      }
    }
  },
});
