import { nodeOf, codeTokens, findToken, rangeVarName, statementRange } from '../sql/ast.js';
import { isCreatedIn } from '../sql/facts.js';
import { createRule } from './types.js';

export default createRule({
  id: 'cluster',
  description: 'CLUSTER rewrites the table in index order while holding an ACCESS EXCLUSIVE lock: the table is unreadable and unwritable for the whole rewrite.',
  severity: 'warning',
  direction: 'up',
  messages: {
    cluster:
      'CLUSTER rewrites {{table}} while holding an ACCESS EXCLUSIVE lock: every read and write waits for the whole rewrite, and it needs free disk space for a full copy.',
  },
  help: 'Use pg_repack (with --order-by) to reorder the table online, or schedule CLUSTER in a maintenance window outside the migration.',
  check(ctx) {
    const c = nodeOf(ctx.stmt.node, 'ClusterStmt');
    if (!c) return;
    const table = rangeVarName(c.relation);
    if (table && isCreatedIn(ctx.createdTables, table)) return;
    const keyword = findToken(codeTokens(ctx.facts.sql, ctx.stmt), 'CLUSTER');
    ctx.report({
      messageId: 'cluster',
      data: { table: table ? (table.schema ? `${table.schema}.${table.name}` : table.name) : 'every previously clustered table' },
      ...(keyword ? { start: keyword.start, end: keyword.end } : statementRange(ctx.facts.sql, ctx.stmt)),
    });
  },
});
