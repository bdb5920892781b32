import { alterTableCommands, nodeOf, codeTokens, keywordRange, statementRange } from '../sql/ast.js';
import { isCreatedIn } from '../sql/facts.js';
import { createRule } from './types.js';

export default createRule({
  id: 'adding-primary-key-constraint',
  description:
    'ALTER TABLE ... ADD PRIMARY KEY on an existing table builds the index (and checks NOT NULL on its columns) while holding an ACCESS EXCLUSIVE lock, unless it reuses an index built concurrently (USING INDEX).',
  severity: 'warning',
  direction: 'up',
  messages: {
    primaryKey:
      'Adding a PRIMARY KEY to the existing table {{table}} builds a unique index and scans for NULLs while holding an ACCESS EXCLUSIVE lock: reads and writes wait for the whole build.',
  },
  help:
    'CREATE UNIQUE INDEX CONCURRENTLY on the key columns first (in its own migration), make them NOT NULL, then ALTER TABLE ... ADD CONSTRAINT name PRIMARY KEY USING INDEX index_name.',
  check(ctx) {
    const alter = alterTableCommands(ctx.stmt.node);
    if (!alter?.table || isCreatedIn(ctx.createdTables, alter.table)) return;
    const table = alter.table.schema ? `${alter.table.schema}.${alter.table.name}` : alter.table.name;
    const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
    for (const cmd of alter.cmds) {
      if (cmd.subtype !== 'AT_AddConstraint') continue;
      const c = nodeOf(cmd.def, 'Constraint');
      if (c?.contype !== 'CONSTR_PRIMARY' || c.indexname) continue;
      const loc = typeof c.location === 'number' ? c.location : 0;
      const key = keywordRange(tokens, ['PRIMARY', 'KEY'], loc);
      const range = key ? { start: loc || key.start, end: key.end } : statementRange(ctx.facts.sql, ctx.stmt);
      ctx.report({ messageId: 'primaryKey', data: { table }, ...range });
    }
  },
});
