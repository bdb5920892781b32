import { codeTokens, columnConstraints, columnDefinitions, keywordRange, statementRange } from '../sql/ast.js';
import { isCreatedIn } from '../sql/facts.js';
import { createRule } from './types.js';

export default createRule({
  id: 'adding-serial-primary-key-field',
  description:
    'ALTER TABLE ... ADD COLUMN ... PRIMARY KEY on an existing table builds the primary key index (and usually rewrites the table) while holding an ACCESS EXCLUSIVE lock.',
  severity: 'warning',
  direction: 'up',
  messages: {
    primaryKey:
      'Adding column {{column}} as PRIMARY KEY to the existing table {{table}} builds its unique index while holding an ACCESS EXCLUSIVE lock: reads and writes wait for the whole build.',
  },
  help:
    'Add the column without PRIMARY KEY, fill it, CREATE UNIQUE INDEX CONCURRENTLY on it, then ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY USING INDEX.',
  check(ctx) {
    for (const col of columnDefinitions(ctx.stmt.node)) {
      if (col.via !== 'add' || !col.table || isCreatedIn(ctx.createdTables, col.table)) continue;
      for (const c of columnConstraints(col.def)) {
        if (c.contype !== 'CONSTR_PRIMARY') continue;
        const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
        const range = keywordRange(tokens, ['PRIMARY', 'KEY'], typeof c.location === 'number' ? c.location : 0);
        ctx.report({
          messageId: 'primaryKey',
          data: { column: String(col.def.colname ?? ''), table: col.table.schema ? `${col.table.schema}.${col.table.name}` : col.table.name },
          ...(range ?? statementRange(ctx.facts.sql, ctx.stmt)),
        });
      }
    }
  },
});
