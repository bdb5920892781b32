import { nodeOf, codeTokens, rangeVarName, statementRange } from '../sql/ast.js';
import { isCreatedIn } from '../sql/facts.js';
import { createRule } from './types.js';

/** LOCKMODE numbers of the parser: 7 EXCLUSIVE, 8 ACCESS EXCLUSIVE (the default of LOCK TABLE). */
const MODES: Record<number, string> = { 7: 'EXCLUSIVE', 8: 'ACCESS EXCLUSIVE' };

export default createRule({
  id: 'lock-table',
  description: 'An explicit LOCK TABLE in EXCLUSIVE or ACCESS EXCLUSIVE mode blocks other sessions on that table until the migration\'s transaction ends.',
  severity: 'warning',
  direction: 'up',
  messages: {
    lock:
      'LOCK TABLE in {{mode}} mode blocks {{blocked}} on {{table}} for the rest of the migration, not just for one statement, and queues every query behind it while it waits for the lock.',
  },
  help:
    'Take no explicit lock: each statement takes the lock it needs for as short as possible. If you really need one, take the weakest mode that works (e.g. SHARE ROW EXCLUSIVE) and set lock_timeout first.',
  check(ctx) {
    const l = nodeOf(ctx.stmt.node, 'LockStmt');
    if (!l || !MODES[l.mode ?? 8]) return;
    const tables = (l.relations ?? []).map((r) => rangeVarName(nodeOf(r, 'RangeVar')));
    if (tables.length > 0 && tables.every((t) => t && isCreatedIn(ctx.createdTables, t))) return;
    const mode = MODES[l.mode ?? 8]!;
    const names = tables.filter((t) => t !== undefined).map((t) => (t.schema ? `${t.schema}.${t.name}` : t.name));
    const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
    const whole = statementRange(ctx.facts.sql, ctx.stmt);
    ctx.report({
      messageId: 'lock',
      data: { mode, table: names.join(', '), blocked: mode === 'EXCLUSIVE' ? 'every write' : 'every read and write' },
      start: tokens[0]?.start ?? whole.start,
      end: whole.end,
    });
  },
});
