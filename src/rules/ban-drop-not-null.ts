import { alterTableCommands, codeTokens, keywordRange, statementRange } from '../sql/ast.js';
import { isCreatedIn } from '../sql/facts.js';
import { createRule } from './types.js';

export default createRule({
  id: 'ban-drop-not-null',
  description:
    'ALTER COLUMN ... DROP NOT NULL on an existing table lets NULLs in that code written for the old schema does not expect, and once one is written the down migration (SET NOT NULL) fails.',
  severity: 'info',
  direction: 'up',
  messages: {
    dropNotNull:
      'Dropping NOT NULL on {{column}} lets NULLs into {{table}}: application code that assumes a value breaks on them, and as soon as one NULL is written, rolling back with SET NOT NULL fails.',
  },
  help: 'Make sure every reader handles NULL before dropping the constraint, and write the down migration to backfill NULLs before SET NOT NULL.',
  check(ctx) {
    const alter = alterTableCommands(ctx.stmt.node);
    if (!alter?.table || isCreatedIn(ctx.createdTables, alter.table)) return;
    const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
    const table = alter.table.schema ? `${alter.table.schema}.${alter.table.name}` : alter.table.name;
    let from = 0;
    for (const cmd of alter.cmds) {
      if (cmd.subtype !== 'AT_DropNotNull') continue;
      const range = keywordRange(tokens, ['DROP', 'NOT', 'NULL'], from) ?? statementRange(ctx.facts.sql, ctx.stmt);
      from = range.end;
      ctx.report({ messageId: 'dropNotNull', data: { column: String(cmd.name ?? ''), table }, ...range });
    }
  },
});
