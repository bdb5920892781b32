import { alterTableCommands, nodeOf, codeTokens, columnConstraints, findToken, statementRange } from '../sql/ast.js';
import type { Constraint } from '../sql/ast-types.js';
import { isCreatedIn } from '../sql/facts.js';
import { createRule } from './types.js';

export default createRule({
  id: 'adding-unique-constraint',
  description:
    'Adding a UNIQUE or EXCLUDE constraint to an existing table builds its index while holding an ACCESS EXCLUSIVE lock, unless the constraint reuses an index built concurrently (USING INDEX).',
  severity: 'warning',
  direction: 'up',
  messages: {
    unique:
      'Adding a UNIQUE constraint to the existing table {{table}} builds a unique index while holding an ACCESS EXCLUSIVE lock: reads and writes wait for the whole build.',
    exclusion:
      'Adding an EXCLUDE constraint to the existing table {{table}} builds its index while holding an ACCESS EXCLUSIVE lock: reads and writes wait for the whole build.',
  },
  help:
    'CREATE UNIQUE INDEX CONCURRENTLY first (in its own migration), then ALTER TABLE ... ADD CONSTRAINT name UNIQUE USING INDEX index_name. EXCLUDE constraints have no USING INDEX form: schedule them for a maintenance window.',
  check(ctx) {
    const alter = alterTableCommands(ctx.stmt.node);
    if (!alter?.table || isCreatedIn(ctx.createdTables, alter.table)) return;
    const table = alter.table.schema ? `${alter.table.schema}.${alter.table.name}` : alter.table.name;
    const constraints: Constraint[] = [];
    for (const cmd of alter.cmds) {
      if (cmd.subtype === 'AT_AddConstraint') {
        const c = nodeOf(cmd.def, 'Constraint');
        if (c) constraints.push(c);
      } else if (cmd.subtype === 'AT_AddColumn') {
        const def = nodeOf(cmd.def, 'ColumnDef');
        if (def) constraints.push(...columnConstraints(def));
      }
    }
    for (const c of constraints) {
      const unique = c.contype === 'CONSTR_UNIQUE' && !c.indexname;
      const exclusion = c.contype === 'CONSTR_EXCLUSION';
      if (!unique && !exclusion) continue;
      const loc = typeof c.location === 'number' ? c.location : 0;
      // Lexed only for a statement that reports (most ALTER TABLEs add no constraint).
      const keyword = findToken(codeTokens(ctx.facts.sql, ctx.stmt), unique ? 'UNIQUE' : 'EXCLUDE', loc);
      const range = keyword ? { start: loc || keyword.start, end: keyword.end } : statementRange(ctx.facts.sql, ctx.stmt);
      ctx.report({ messageId: unique ? 'unique' : 'exclusion', data: { table }, ...range });
    }
  },
});
