/**
 * destructive-operation: DROP TABLE/SCHEMA/COLUMN/DATABASE and TRUNCATE in an up migration destroy data that
 * no down migration can bring back. An error where an environment the migration runs in forbids destructive
 * operations (`allow_destructive_operations: false`), a warning elsewhere. A table that this migration created
 * (earlier in the file, not in a function body) holds no data from before it, so dropping, truncating it or
 * dropping one of its columns loses nothing and passes.
 */
import type { QualifiedName } from '../sql/ast.js';
import { createdTableKeys, destructiveOperations, tableKey, tablesCreatedForCertain } from '../sql/facts.js';
import type { DestructiveKind } from '../sql/facts.js';
import type { ParsedSql, Statement } from '../sql/parser.js';
import { createRule } from './types.js';
import type { RuleContext } from './types.js';

const WHAT: Record<Exclude<DestructiveKind, 'delete'>, string> = {
  'drop-table': 'DROP TABLE {{target}} deletes the table and every row in it',
  'drop-schema': 'DROP SCHEMA {{target}} deletes the schema with everything in it',
  'drop-column': 'DROP COLUMN {{target}} deletes the column and its value in every row',
  'drop-database': 'DROP DATABASE {{target}} deletes the whole database',
  truncate: 'TRUNCATE {{target}} deletes every row of the table',
};

export default createRule({
  id: 'destructive-operation',
  description: 'DROP TABLE/SCHEMA/COLUMN/DATABASE or TRUNCATE in an up migration: an error where an environment the migration runs in forbids destructive operations, else a warning.',
  severity: 'warning',
  direction: 'up',
  // Where an environment forbids the statement, svc-migrate.json cannot turn the error off (see `binding`).
  runsWhenOff: true,
  messages: {
    forbidden: '{{what}}; environments.json forbids destructive operations in {{environments}} (allow_destructive_operations: false), and the down migration cannot bring the data back.',
    destructive: '{{what}}; the data is gone for good once this runs — the down migration cannot bring it back, and code still deployed that reads it will fail.',
  },
  help: 'Stop using the data first and remove it in a later migration once a backup exists (expand/contract); or rename it (e.g. `ALTER TABLE t RENAME TO t_deprecated`) and drop it later. Where it is intended, enable allow_destructive_operations for the environment (an ignore comment silences the warning, never the error of an environment that forbids it).',
  check({ stmt, origin, facts, createdTables, tempTables, report }) {
    // A function body runs later (if ever), not as part of this migration.
    if (origin.container === 'function') return;
    for (const op of destructiveOperations(stmt, facts.sql)) {
      if (op.kind === 'delete') continue;
      // Rows of a table created above were written by this migration, in this run: nothing that existed is lost.
      if (op.table && createdHere({ facts, stmt, createdTables, tempTables }, op.table)) continue;
      const what = WHAT[op.kind].replace('{{target}}', op.target);
      if (facts.destructiveForbiddenIn.length === 0) {
        report({ messageId: 'destructive', data: { what }, start: op.start, end: op.end });
      } else {
        report({ messageId: 'forbidden', data: { what, environments: forbiddingEnvironments(facts.destructiveForbiddenIn) }, start: op.start, end: op.end, severity: 'error', binding: true });
      }
    }
  },
});

/**
 * True when the table was created earlier in this migration, so it holds no rows from before it. The name must
 * match exactly (a bare `users` is not `app.users`: search_path could resolve it to another table, and this
 * silences an error), and a CREATE ... IF NOT EXISTS proves nothing: when the table already existed it did
 * nothing, and the drop then hits old data.
 */
function createdHere(ctx: Pick<RuleContext, 'facts' | 'stmt' | 'createdTables' | 'tempTables'>, table: QualifiedName): boolean {
  const key = tableKey(table);
  if (ctx.tempTables?.has(key)) return true;
  if (!ctx.createdTables.has(key)) return false;
  return !conditionallyCreatedBefore(ctx.facts.sql, ctx.stmt).has(key);
}

/** Keys of the tables that a top-level CREATE TABLE [AS] ... IF NOT EXISTS above `stmt` names. */
function conditionallyCreatedBefore(sql: ParsedSql, stmt: Statement): Set<string> {
  const out = new Set<string>();
  for (const s of sql.statements) {
    if (s.start >= stmt.start) break;
    // A statement creates its tables either for certain or (IF NOT EXISTS) conditionally, all of them alike.
    if (tablesCreatedForCertain(s).length === 0) for (const key of createdTableKeys(s)) out.add(key);
  }
  return out;
}

/** "production", "staging and production", "a, b and c". */
function forbiddingEnvironments(names: readonly string[]): string {
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}
