import { nodeOf, firstUnprotectedStatement, rangeVarName, rangeVarOf, setsTimeout, statementsBefore, stringList, unprotectedRange } from '../sql/ast.js';
import type { QualifiedName } from '../sql/ast.js';
import { createdTableKeys, isCreatedIn } from '../sql/facts.js';
import type { Statement } from '../sql/parser.js';
import { createRule } from './types.js';

type Body = Record<string, unknown>;

/** ALTER TABLE subcommands that take only SHARE UPDATE EXCLUSIVE: they do not block reads or writes. */
const LIGHT_ALTER = new Set(['AT_ValidateConstraint', 'AT_SetStatistics', 'AT_SetOptions', 'AT_ResetOptions', 'AT_ClusterOn', 'AT_DropCluster', 'AT_SetRelOptions', 'AT_ResetRelOptions']);

const RENAMES_TABLE = new Set(['OBJECT_TABLE', 'OBJECT_COLUMN', 'OBJECT_TABCONSTRAINT', 'OBJECT_TRIGGER']);

/**
 * The table a statement locks strongly enough to block reads or writes (SHARE or stronger), or undefined.
 * `table` is undefined for a lock whose table cannot be named (DROP INDEX, REINDEX INDEX).
 */
function heavyLock(stmt: Statement): { table?: QualifiedName } | undefined {
  const n = stmt.node as unknown as Record<string, Body | undefined>;
  const b = n[stmt.kind];
  if (!b) return undefined;
  const rv = (v: unknown) => rangeVarName(rangeVarOf(v));
  switch (stmt.kind) {
    case 'AlterTableStmt': {
      if (b.objtype !== 'OBJECT_TABLE') return undefined;
      const cmds = (Array.isArray(b.cmds) ? b.cmds : []).map((c) => nodeOf(c, 'AlterTableCmd'));
      const heavy = cmds.some((c) => c && !LIGHT_ALTER.has(c.subtype ?? '') &&
        !(c.subtype === 'AT_DetachPartition' && nodeOf(c.def, 'PartitionCmd')?.concurrent));
      return heavy ? { table: rv(b.relation) } : undefined;
    }
    case 'IndexStmt':
      return b.concurrent === true ? undefined : { table: rv(b.relation) };
    case 'CreateTrigStmt':
    case 'ClusterStmt':
      return { table: rv(b.relation) };
    case 'RenameStmt':
      // Renaming a table, its columns, constraints or triggers takes ACCESS EXCLUSIVE; an index rename does not.
      return b.relation && RENAMES_TABLE.has(String(b.renameType)) ? { table: rv(b.relation) } : undefined;
    case 'LockStmt':
    case 'TruncateStmt': {
      // SHARE (5) and stronger block writes; the weaker lock modes only conflict with DDL.
      if (stmt.kind === 'LockStmt' && typeof b.mode === 'number' && b.mode < 5) return undefined;
      const first = Array.isArray(b.relations) ? b.relations[0] : undefined;
      return { table: rv(first) };
    }
    case 'DropStmt':
      if (b.removeType === 'OBJECT_TABLE') {
        const parts = stringList(nodeOf((b.objects as unknown[] | undefined)?.[0], 'List')?.items);
        return parts.length ? { table: { name: parts[parts.length - 1]!, schema: parts.length > 1 ? parts[parts.length - 2] : undefined } } : undefined;
      }
      return b.removeType === 'OBJECT_INDEX' && b.concurrent !== true ? {} : undefined;
    case 'VacuumStmt': {
      const full = (Array.isArray(b.options) ? b.options : []).some((o) => nodeOf(o, 'DefElem')?.defname === 'full');
      const first = Array.isArray(b.rels) ? nodeOf(b.rels[0], 'VacuumRelation')?.relation : undefined;
      return full ? { table: rv(first) } : undefined;
    }
    case 'ReindexStmt': {
      const concurrent = (Array.isArray(b.params) ? b.params : []).some((p) => nodeOf(p, 'DefElem')?.defname === 'concurrently');
      return concurrent ? undefined : { table: b.relation ? rv(b.relation) : undefined };
    }
    case 'RefreshMatViewStmt':
      return b.concurrent === true ? undefined : { table: rv(b.relation) };
    default:
      return undefined;
  }
}

/** The statement takes a heavy lock on a table that existed before the file (tables created above are empty). */
function locksExisting(stmt: Statement, created: ReadonlySet<string>): boolean {
  const lock = heavyLock(stmt);
  if (!lock) return false;
  return !lock.table || !isCreatedIn(created, lock.table);
}

export default createRule({
  id: 'require-lock-timeout',
  description:
    'A migration that takes a heavy lock on an existing table without first setting lock_timeout can queue behind a long query and block every other query on the table while it waits.',
  severity: 'warning',
  direction: 'up',
  messages: {
    missing:
      'This statement needs a lock that blocks reads or writes on an existing table, and no lock_timeout is set before it: if a long transaction holds the table, this migration waits forever and every query that arrives after it queues behind it, taking the service down.',
    localOutsideTransaction:
      'This statement needs a lock that blocks reads or writes on an existing table, and the SET LOCAL lock_timeout above does not cover it: this migration runs outside a transaction (statement by statement), so SET LOCAL ends with its own statement (PostgreSQL only warns "SET LOCAL can only be used in transaction blocks"). If a long transaction holds the table, this statement waits forever and every query after it queues behind it. Use SET lock_timeout (no LOCAL) in such a migration.',
  },
  help:
    "Start the migration with SET lock_timeout = '5s'; (and retry the deploy if it times out) so a blocked migration fails fast instead of stalling the table.",
  check(ctx) {
    if (ctx.origin.kind !== 'top') return;
    // One finding per file: the first statement that needed the timeout, when none was set before it.
    const { sql, inTransaction } = ctx.facts;
    if (firstUnprotectedStatement(sql, 'require-lock-timeout', 'lock_timeout', locksExisting, createdTableKeys, inTransaction) !== ctx.stmt) return;
    // Say why a SET LOCAL above did not count: outside a transaction it lasts no longer than its own statement.
    const local = !inTransaction && statementsBefore(sql, ctx.stmt).some((s) => setsTimeout(s, 'lock_timeout') === 'local');
    ctx.report({ messageId: local ? 'localOutsideTransaction' : 'missing', ...unprotectedRange(sql, ctx.stmt) });
  },
});
