import { openTransactionBefore, statementRange, transactionKind, codeTokens } from '../sql/ast.js';
import { isTransactional } from '../sql/facts.js';
import { createRule } from './types.js';

export default createRule({
  id: 'transaction-nesting',
  description:
    'Explicit BEGIN / COMMIT in a migration: svc-migrate manages the transaction itself, so an explicit one takes the migration out of the transaction that protects its tracking row, and a nested or stray one does not do what it says.',
  severity: 'warning',
  direction: 'both',
  messages: {
    explicit:
      'svc-migrate runs each migration and its tracking row in one transaction; this explicit BEGIN makes it run the file statement by statement instead, so a failure after COMMIT leaves the migration applied but marked dirty.',
    nested:
      'BEGIN inside an open transaction does not nest: PostgreSQL only warns, and the first COMMIT ends both, so statements after it run outside any transaction.',
    stray:
      'This {{keyword}} has no BEGIN before it in the file: there is no transaction to end, and PostgreSQL only warns.',
  },
  help: 'Remove BEGIN and COMMIT: svc-migrate already runs a migration in one transaction (or, when it holds CONCURRENTLY, statement by statement).',
  check(ctx) {
    if (ctx.origin.kind !== 'top') return;
    const kind = transactionKind(ctx.stmt);
    if (kind !== 'begin' && kind !== 'end') return;
    const open = openTransactionBefore(ctx.facts.sql, ctx.stmt);
    const range = statementRange(ctx.facts.sql, ctx.stmt);
    const keyword = codeTokens(ctx.facts.sql, ctx.stmt)[0];
    const narrow = keyword ? { start: keyword.start, end: keyword.end } : range;
    if (kind === 'begin') {
      // Next to CONCURRENTLY & co. the file runs statement by statement anyway, and a block groups what can be grouped.
      const needsNoTransaction = ctx.facts.sql.statements.some((s) => s.kind !== 'TransactionStmt' && !isTransactional(s, ctx.facts.pgVersion));
      if (open) ctx.report({ messageId: 'nested', ...narrow });
      else if (!needsNoTransaction) ctx.report({ messageId: 'explicit', ...narrow });
    } else if (!open) {
      ctx.report({ messageId: 'stray', data: { keyword: keyword?.text.toUpperCase() ?? 'COMMIT' }, ...narrow });
    }
  },
});
