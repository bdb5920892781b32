/**
 * not-null-without-default: ADD COLUMN ... NOT NULL without a DEFAULT fails on any table that holds a row
 * ("column contains null values"), so the migration that passed on an empty development database breaks in
 * production.
 */
import { codeTokens, columnConstraints, keywordRange, nodeOf } from '../sql/ast.js';
import { isNullConstant } from '../sql/defaults.js';
import { alterOfExistingTable, tableEmptiedBefore } from '../sql/facts.js';
import { createRule } from './types.js';

export default createRule({
  id: 'not-null-without-default',
  description: 'ADD COLUMN ... NOT NULL with no DEFAULT on an existing table.',
  severity: 'error',
  direction: 'up',
  messages: {
    noDefault:
      'Column {{column}} is added as NOT NULL with no DEFAULT: on a table that holds any row PostgreSQL rejects it (existing rows would be NULL), so the migration fails in production while passing on an empty database.',
    nullDefault:
      'Column {{column}} is added as NOT NULL with DEFAULT NULL, which is no default: existing rows get NULL, so on a table that holds any row PostgreSQL rejects it, and the migration fails in production while passing on an empty database.',
  },
  help: 'Add a DEFAULT (constant defaults are instant since PostgreSQL 11), or add the column as NULL, backfill it in batches, then add a CHECK (col IS NOT NULL) NOT VALID constraint, VALIDATE it, and SET NOT NULL.',
  check({ stmt, origin, facts, createdTables, report }) {
    if (origin.container === 'function') return;
    const alter = alterOfExistingTable(stmt, createdTables);
    if (!alter) return;
    // `DELETE FROM t;` or `TRUNCATE t;` earlier in the migration: no row is there to be NULL (lemmy, langfuse).
    if (origin.kind === 'top' && tableEmptiedBefore(facts.sql, stmt, alter.table)) return;
    for (const cmd of alter.cmds) {
      const col = cmd.subtype === 'AT_AddColumn' ? nodeOf(cmd.def, 'ColumnDef') : undefined;
      if (!col) continue;
      const constraints = columnConstraints(col);
      const notNull = constraints.find((k) => k.contype === 'CONSTR_NOTNULL' || k.contype === 'CONSTR_PRIMARY');
      // Identity and generated columns fill every existing row themselves. DEFAULT NULL (or NULL::type) fills
      // existing rows with NULL, which NOT NULL then rejects: it is no default.
      const nullDefault = constraints.some((k) => k.contype === 'CONSTR_DEFAULT' && isNullConstant(k.raw_expr));
      const filled = constraints.some((k) => (k.contype === 'CONSTR_DEFAULT' && !isNullConstant(k.raw_expr)) || k.contype === 'CONSTR_IDENTITY' || k.contype === 'CONSTR_GENERATED');
      if (!notNull || filled) continue;
      const tokens = codeTokens(facts.sql, stmt);
      const at = notNull.location ?? col.location ?? stmt.start;
      const range = keywordRange(tokens, notNull.contype === 'CONSTR_PRIMARY' ? ['PRIMARY', 'KEY'] : ['NOT', 'NULL'], at);
      report({
        messageId: nullDefault ? 'nullDefault' : 'noDefault',
        data: { column: String(col.colname ?? '?') },
        start: col.location ?? at,
        end: range?.end ?? at,
      });
    }
  },
});
