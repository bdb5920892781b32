/**
 * delete-without-where: a DELETE with no WHERE removes every row of the table — in a migration that runs
 * against production, almost always a mistake (or a TRUNCATE in disguise, holding a lock on every row).
 */
import { nodesOf, unwrap } from '../sql/ast.js';
import { nameRange, relationName } from '../sql/facts.js';
import { createRule } from './types.js';

export default createRule({
  id: 'delete-without-where',
  description: 'A DELETE with no WHERE clause, which removes every row of the table.',
  severity: 'error',
  direction: 'both',
  messages: {
    deleteAll:
      'DELETE FROM {{table}} has no WHERE clause: it removes every row of the table on every database this migration reaches, and it locks each of those rows while it runs.',
  },
  help: 'Add a WHERE clause that selects the rows to remove; if emptying the table is intended, say so with an ignore comment (`-- svc-migrate-ignore delete-without-where`).',
  check({ stmt, origin, facts, report }) {
    // A function body does not run during the migration: a purge function is a legitimate thing to create.
    if (origin.container === 'function') return;
    const top = unwrap(stmt.node)?.body;
    for (const body of nodesOf(stmt.node, 'DeleteStmt')) {
      // WHERE CURRENT OF cursor is a positioned delete; it sits in whereClause too.
      if (body.whereClause !== undefined) continue;
      const q = relationName(body.relation);
      if (!q) continue;
      const range = nameRange(q, facts.sql, stmt);
      // A top-level DELETE is reported from its first keyword; one in a CTE at its table.
      report({ messageId: 'deleteAll', data: { table: q.schema ? `${q.schema}.${q.name}` : q.name }, start: body === top ? stmt.start : range.start, end: range.end });
    }
  },
});
