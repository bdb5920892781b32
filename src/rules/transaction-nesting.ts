import { nodeOf, openTransactionBefore, statementRange, transactionKind, codeTokens } from '../sql/ast.js';
import type { Statement } from '../sql/parser.js';
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
      else if (!needsNoTransaction && !wholeFileBlock(ctx.facts.sql.statements)) ctx.report({ messageId: 'explicit', ...narrow });
    } else if (!open) {
      ctx.report({ messageId: 'stray', data: { keyword: keyword?.text.toUpperCase() ?? 'COMMIT' }, ...narrow });
    }
  },
});

/**
 * A file that is one `BEGIN; ... COMMIT;` and nothing else (sqitch's style, and many hand-run scripts): the file is
 * atomic by itself. svc-migrate runs it statement by statement (dirty mark, the block, clean mark), so a failure
 * inside rolls the whole block back and leaves the version marked dirty with nothing half applied; the only thing
 * lost against the tool's own transaction is that the tracking row is written after the COMMIT. Not worth a
 * finding per file on such a history (157 on chef-server).
 */
function wholeFileBlock(statements: readonly Statement[]): boolean {
  if (statements.length < 2 || transactionKind(statements[0]!) !== 'begin') return false;
  const last = nodeOf(statements[statements.length - 1]!.node, 'TransactionStmt');
  if (last?.kind !== 'TRANS_STMT_COMMIT') return false;
  // SAVEPOINT / RELEASE inside are fine; another BEGIN, COMMIT or ROLLBACK is not one block.
  return statements.slice(1, -1).every((s) => { const k = transactionKind(s); return k === undefined || k === 'other'; });
}
