import { alterTableCommands, codeTokens, keywordRange, nodeOf, statementRange } from '../sql/ast.js';
import { isCreatedIn } from '../sql/facts.js';
import { createRule } from './types.js';

export default createRule({
  id: 'detach-partition-not-concurrent',
  description:
    'ALTER TABLE ... DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table; PostgreSQL 14+ can detach with a weaker lock.',
  severity: 'warning',
  direction: 'up',
  minPgVersion: 14,
  messages: {
    notConcurrent:
      'DETACH PARTITION without CONCURRENTLY locks the whole partitioned table {{table}} in ACCESS EXCLUSIVE mode: every query on any partition waits.',
  },
  help: 'Write ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+, outside a transaction: keep it alone in its migration).',
  check(ctx) {
    const alter = alterTableCommands(ctx.stmt.node);
    if (!alter?.table || isCreatedIn(ctx.createdTables, alter.table)) return;
    for (const cmd of alter.cmds) {
      if (cmd.subtype !== 'AT_DetachPartition') continue;
      const def = nodeOf(cmd.def, 'PartitionCmd');
      if (def?.concurrent === true) continue;
      const range = keywordRange(codeTokens(ctx.facts.sql, ctx.stmt), ['DETACH', 'PARTITION']) ?? statementRange(ctx.facts.sql, ctx.stmt);
      const table = alter.table.schema ? `${alter.table.schema}.${alter.table.name}` : alter.table.name;
      ctx.report({ messageId: 'notConcurrent', data: { table }, ...range });
    }
  },
});
