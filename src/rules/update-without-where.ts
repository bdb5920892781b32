/**
 * update-without-where: an UPDATE with no WHERE rewrites every row of the table, holding a row lock on each
 * until the migration commits and doubling the table's size on disk until vacuum catches up.
 */
import { nodesOf, unwrap } from '../sql/ast.js';
import { nameRange, relationName } from '../sql/facts.js';
import { createRule } from './types.js';

export default createRule({
  id: 'update-without-where',
  description: 'An UPDATE with no WHERE clause, which rewrites every row of the table.',
  severity: 'error',
  direction: 'both',
  messages: {
    updateAll:
      'UPDATE {{table}} has no WHERE clause: it rewrites every row, locking each one until the migration commits (blocking the application\'s writes to them) and leaving a dead copy of every row behind.',
  },
  help: 'Add a WHERE clause that selects the rows to change (for a backfill, update in batches: `WHERE id BETWEEN ... AND ...`, or `WHERE col IS NULL`); if every row must change, say so with `-- svc-migrate-ignore update-without-where`.',
  check({ stmt, origin, facts, report }) {
    // A function body does not run during the migration.
    if (origin.container === 'function') return;
    const top = unwrap(stmt.node)?.body;
    for (const body of nodesOf(stmt.node, 'UpdateStmt')) {
      if (body.whereClause !== undefined) continue;
      const q = relationName(body.relation);
      if (!q) continue;
      const range = nameRange(q, facts.sql, stmt);
      report({
        messageId: 'updateAll',
        data: { table: q.schema ? `${q.schema}.${q.name}` : q.name },
        start: body === top ? stmt.start : range.start,
        end: range.end,
      });
    }
  },
});
