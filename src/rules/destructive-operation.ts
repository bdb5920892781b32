/**
 * destructive-operation: DROP TABLE/SCHEMA/COLUMN/DATABASE and TRUNCATE in an up migration destroy data that
 * no down migration can bring back. An error where an environment the migration runs in forbids destructive
 * operations (`allow_destructive_operations: false`), a warning elsewhere.
 */
import { destructiveOperations } from '../sql/facts.js';
import type { DestructiveKind } from '../sql/facts.js';
import { createRule } from './types.js';

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
  messages: {
    forbidden: '{{what}}; {{environments}} forbid destructive operations (allow_destructive_operations: false), and the down migration cannot bring the data back.',
    destructive: '{{what}}; the data is gone for good once this runs — the down migration cannot bring it back, and code still deployed that reads it will fail.',
  },
  help: 'Stop using the data first and remove it in a later migration once a backup exists (expand/contract); or rename it (e.g. `ALTER TABLE t RENAME TO t_deprecated`) and drop it later. Where it is intended, enable allow_destructive_operations for the environment or add `-- svc-migrate-ignore destructive-operation`.',
  check({ stmt, origin, facts, report }) {
    // A function body runs later (if ever), not as part of this migration.
    if (origin.container === 'function') return;
    for (const op of destructiveOperations(stmt, facts.sql)) {
      if (op.kind === 'delete') continue;
      const what = WHAT[op.kind].replace('{{target}}', op.target);
      if (facts.destructiveAllowed) {
        report({ messageId: 'destructive', data: { what }, start: op.start, end: op.end });
      } else {
        const environments = facts.environments.length > 0 ? `the environments it runs in (${facts.environments.join(', ')})` : 'the environments it runs in';
        report({ messageId: 'forbidden', data: { what, environments }, start: op.start, end: op.end, severity: 'error' });
      }
    }
  },
});
