import { alterTableCommands, nodeOf, columnConstraints, firstUnprotectedStatement, rangeVarName, rangeVarOf, setsTimeout, statementsBefore, typeNameOf, unprotectedRange } from '../sql/ast.js';
import type { QualifiedName } from '../sql/ast.js';
import { perRowCall } from '../sql/defaults.js';
import { createdTableKeys, isCreatedIn } from '../sql/facts.js';
import type { Statement } from '../sql/parser.js';
import { createRule } from './types.js';

type Body = Record<string, unknown>;

const SERIAL = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);

/**
 * The table a statement rewrites, scans or indexes while holding a lock that blocks reads or writes: work that
 * grows with the table. Concurrent operations are left out on purpose: a statement_timeout would cancel them
 * half way and leave an invalid index behind.
 */
function longUnderLock(stmt: Statement): QualifiedName | undefined {
  const n = stmt.node as unknown as Record<string, Body | undefined>;
  const rv = (v: unknown) => rangeVarName(rangeVarOf(v));
  const alter = alterTableCommands(stmt.node);
  if (alter) {
    const slow = alter.cmds.some((cmd) => {
      switch (cmd.subtype) {
        case 'AT_AlterColumnType':
        case 'AT_SetNotNull':
          return true;
        case 'AT_AddConstraint': {
          const c = nodeOf(cmd.def, 'Constraint');
          if (!c) return false;
          if (c.contype === 'CONSTR_UNIQUE' || c.contype === 'CONSTR_PRIMARY') return !c.indexname;
          if (c.contype === 'CONSTR_EXCLUSION') return true;
          return (c.contype === 'CONSTR_CHECK' || c.contype === 'CONSTR_FOREIGN') && c.skip_validation !== true;
        }
        case 'AT_AddColumn': {
          const def = nodeOf(cmd.def, 'ColumnDef');
          if (!def) return false;
          const type = typeNameOf(def.typeName);
          if (type && SERIAL.has(type.name)) return true;
          return columnConstraints(def).some((c) =>
            c.contype === 'CONSTR_IDENTITY' || (c.contype === 'CONSTR_GENERATED' && c.generated_kind !== 'v') ||
            c.contype === 'CONSTR_PRIMARY' || c.contype === 'CONSTR_UNIQUE' ||
            (c.contype === 'CONSTR_DEFAULT' && perRowCall(c.raw_expr) !== undefined));
        }
        default:
          return false;
      }
    });
    return slow ? alter.table : undefined;
  }
  const b = n[stmt.kind];
  if (!b) return undefined;
  switch (stmt.kind) {
    case 'IndexStmt':
      return b.concurrent === true ? undefined : rv(b.relation);
    case 'ClusterStmt':
      return rv(b.relation) ?? { name: '' };
    case 'RefreshMatViewStmt':
      return b.concurrent === true || b.skipData === true ? undefined : rv(b.relation);
    case 'VacuumStmt': {
      const full = (Array.isArray(b.options) ? b.options : []).some((o) => nodeOf(o, 'DefElem')?.defname === 'full');
      const first = Array.isArray(b.rels) ? nodeOf(b.rels[0], 'VacuumRelation')?.relation : undefined;
      return full ? (rv(first) ?? { name: '' }) : undefined;
    }
    default:
      return undefined;
  }
}

/** The statement does long work under lock on a table that existed before the file. */
function slowOnExisting(stmt: Statement, created: ReadonlySet<string>): boolean {
  const table = longUnderLock(stmt);
  if (!table) return false;
  return table.name === '' || !isCreatedIn(created, table);
}

export default createRule({
  id: 'require-statement-timeout',
  description:
    'A migration that rewrites, scans or indexes an existing table while holding a blocking lock, without a statement_timeout set before it, can keep the table blocked for as long as the work takes.',
  severity: 'info',
  direction: 'up',
  messages: {
    missing:
      'This statement rewrites, scans or indexes an existing table while holding a lock that blocks reads or writes, and no statement_timeout is set before it: on a table bigger than expected the service stays blocked until someone cancels the migration by hand.',
    localOutsideTransaction:
      'This statement rewrites, scans or indexes an existing table while holding a lock that blocks reads or writes, and the SET LOCAL statement_timeout above does not cover it: this migration runs outside a transaction (statement by statement), so SET LOCAL ends with its own statement (PostgreSQL only warns "SET LOCAL can only be used in transaction blocks"). Use SET statement_timeout (no LOCAL) in such a migration.',
  },
  help:
    "Set SET statement_timeout = '1min'; (sized to the table) before it, so an unexpectedly slow migration fails and can be redone the safe way (concurrently, NOT VALID + VALIDATE, in batches) instead of blocking the service.",
  check(ctx) {
    if (ctx.origin.kind !== 'top') return;
    // One finding per file: the first statement that needed the timeout, when none was set before it.
    const { sql, inTransaction } = ctx.facts;
    if (firstUnprotectedStatement(sql, 'require-statement-timeout', 'statement_timeout', slowOnExisting, createdTableKeys, inTransaction) !== ctx.stmt) return;
    // Say why a SET LOCAL above did not count: outside a transaction it lasts no longer than its own statement.
    const local = !inTransaction && statementsBefore(sql, ctx.stmt).some((s) => setsTimeout(s, 'statement_timeout') === 'local');
    ctx.report({ messageId: local ? 'localOutsideTransaction' : 'missing', ...unprotectedRange(sql, ctx.stmt) });
  },
});
