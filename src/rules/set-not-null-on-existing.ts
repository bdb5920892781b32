import { alterTableCommands, codeTokens, keywordRange, statementRange, statementsBefore } from '../sql/ast.js';
import { isCreatedIn } from '../sql/facts.js';
import { modelEvents, SchemaModel } from '../sql/schema-model.js';
import type { ModelCondition } from '../sql/schema-model.js';
import { createRule } from './types.js';

export default createRule({
  id: 'set-not-null-on-existing',
  description:
    'ALTER COLUMN ... SET NOT NULL on an existing table scans the whole table under an ACCESS EXCLUSIVE lock, unless a validated CHECK (col IS NOT NULL) already proves it (PostgreSQL 12+).',
  severity: 'warning',
  direction: 'up',
  messages: {
    scan:
      'SET NOT NULL on {{column}} scans every row of {{table}} to check for NULLs while holding an ACCESS EXCLUSIVE lock: reads and writes wait for the whole scan.',
    scanBefore12:
      'SET NOT NULL on {{column}} scans every row of {{table}} while holding an ACCESS EXCLUSIVE lock, and before PostgreSQL 12 no constraint can spare that scan.',
  },
  help:
    'On PostgreSQL 12+: ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c in a later migration (no write lock); then SET NOT NULL (no scan) and DROP CONSTRAINT c.',
  check(ctx) {
    const alter = alterTableCommands(ctx.stmt.node);
    if (!alter?.table || isCreatedIn(ctx.createdTables, alter.table)) return;
    if (!alter.cmds.some((cmd) => cmd.subtype === 'AT_SetNotNull')) return;
    const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
    const table = alter.table.schema ? `${alter.table.schema}.${alter.table.name}` : alter.table.name;
    const ref = alter.table.schema ? { schema: alter.table.schema, name: alter.table.name } : { name: alter.table.name };
    // What this file did before the statement; earlier migrations are the engine's part (the `unless` below).
    const local = SchemaModel.of(...statementsBefore(ctx.facts.sql, ctx.stmt).map(modelEvents));
    let from = 0;
    for (const cmd of alter.cmds) {
      if (cmd.subtype !== 'AT_SetNotNull') continue;
      const column = String(cmd.name ?? '');
      const range = keywordRange(tokens, ['SET', 'NOT', 'NULL'], from) ?? statementRange(ctx.facts.sql, ctx.stmt);
      from = range.end;
      if (ctx.facts.pgVersion < 12) {
        ctx.report({ messageId: 'scanBefore12', data: { column, table }, ...range });
        continue;
      }
      const proof: ModelCondition = { op: 'not-null-proven', table: ref, column };
      if (local.holds(proof)) continue;
      ctx.report({ messageId: 'scan', data: { column, table }, ...range, unless: proof });
    }
  },
});
