import { alterTableCommands, as, codeTokens, keywordRange, statementRange, statementsBefore, walk } from '../sql/ast.js';
import { isCreatedIn } from '../sql/facts.js';
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
    const proven = provenNotNull(ctx.facts.sql, ctx.stmt, alter.table.name.toLowerCase());
    let from = 0;
    for (const cmd of alter.cmds) {
      if (cmd.subtype !== 'AT_SetNotNull') continue;
      const column = String(cmd.name ?? '');
      const range = keywordRange(tokens, ['SET', 'NOT', 'NULL'], from) ?? statementRange(ctx.facts.sql, ctx.stmt);
      from = range.end;
      if (ctx.facts.pgVersion >= 12 && proven.has(column.toLowerCase())) continue;
      ctx.report({ messageId: ctx.facts.pgVersion >= 12 ? 'scan' : 'scanBefore12', data: { column, table }, ...range });
    }
  },
});

/**
 * Columns of the table that an earlier CHECK (col IS NOT NULL) covers: with it validated, PostgreSQL 12+ skips
 * the scan. A column added earlier in the file gets no exemption: the table's existing rows are still scanned.
 */
function provenNotNull(sql: Parameters<typeof statementsBefore>[0], stmt: Parameters<typeof statementsBefore>[1], table: string): Set<string> {
  const proven = new Set<string>();
  for (const s of statementsBefore(sql, stmt)) {
    const alter = alterTableCommands(s.node);
    if (!alter?.table || alter.table.name.toLowerCase() !== table) continue;
    for (const cmd of alter.cmds) {
      if (cmd.subtype !== 'AT_AddConstraint') continue;
      const c = as(cmd.def, 'Constraint');
      if (c?.contype !== 'CONSTR_CHECK') continue;
      walk(c.raw_expr, (v) => {
        if (v.kind !== 'NullTest' || v.body.nulltesttype !== 'IS_NOT_NULL') return;
        const ref = as<{ fields?: unknown[] }>(v.body.arg, 'ColumnRef');
        const last = ref?.fields?.[ref.fields.length - 1];
        const name = as<{ sval?: string }>(last, 'String')?.sval;
        if (name) proven.add(name.toLowerCase());
      });
    }
  }
  return proven;
}
