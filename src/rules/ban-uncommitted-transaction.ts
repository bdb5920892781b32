import { codeTokens, statementRange, statementsAfter, transactionKind } from '../sql/ast.js';
import { createRule } from './types.js';

export default createRule({
  id: 'ban-uncommitted-transaction',
  description: 'A BEGIN with no COMMIT (or ROLLBACK) after it leaves the migration\'s transaction open at the end of the file.',
  severity: 'warning',
  direction: 'both',
  messages: {
    uncommitted:
      'This transaction is never committed in the file: its changes and locks stay pending until the connection closes, and then they are rolled back although the migration is recorded as applied.',
  },
  help: 'End the transaction with COMMIT; or, better, remove BEGIN entirely and let svc-migrate manage the transaction.',
  check(ctx) {
    if (ctx.origin.kind !== 'top' || transactionKind(ctx.stmt) !== 'begin') return;
    // The last BEGIN decides; a later BEGIN reports for itself.
    for (const s of statementsAfter(ctx.facts.sql, ctx.stmt)) {
      const kind = transactionKind(s);
      if (kind === 'end' || kind === 'begin') return;
    }
    const first = codeTokens(ctx.facts.sql, ctx.stmt)[0];
    ctx.report({ messageId: 'uncommitted', ...(first ? { start: first.start, end: first.end } : statementRange(ctx.facts.sql, ctx.stmt)) });
  },
});
