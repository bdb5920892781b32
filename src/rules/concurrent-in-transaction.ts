import { codeTokens, findToken, openTransactionBefore, statementRange } from '../sql/ast.js';
import { isTransactional } from '../sql/facts.js';
import type { Statement } from '../sql/parser.js';
import { createRule } from './types.js';

export default createRule({
  id: 'concurrent-in-transaction',
  description:
    'A statement that PostgreSQL refuses inside a transaction block (CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY, VACUUM, ...) placed inside an explicit BEGIN ... COMMIT or a DO block fails when the migration runs.',
  severity: 'error',
  direction: 'both',
  messages: {
    inBlock:
      '{{what}} cannot run inside a transaction block, and this one sits between BEGIN and COMMIT: PostgreSQL rejects it and the migration fails half applied.',
    inDoBlock:
      '{{what}} cannot run inside a DO block or function, which always runs in a transaction: the migration fails.',
    inFunction:
      '{{what}} cannot run inside a function, which always runs in a transaction: every call of the function fails.',
  },
  help:
    'Put the statement at the top level of the migration, outside BEGIN ... COMMIT (svc-migrate runs such a file statement by statement); better, give it a migration of its own.',
  check(ctx) {
    const stmt = ctx.stmt;
    if (stmt.kind === 'TransactionStmt' || stmt.kind === 'AlterEnumStmt') return;
    if (isTransactional(stmt, ctx.facts.pgVersion)) return;
    let messageId: string;
    if (ctx.origin.kind === 'plpgsql') messageId = ctx.origin.container === 'function' ? 'inFunction' : 'inDoBlock';
    else if (openTransactionBefore(ctx.facts.sql, stmt)) messageId = 'inBlock';
    else return;
    const tokens = codeTokens(ctx.facts.sql, stmt);
    const keyword = findToken(tokens, 'CONCURRENTLY');
    const range = keyword ? { start: keyword.start, end: keyword.end } : statementRange(ctx.facts.sql, stmt);
    ctx.report({ messageId, data: { what: describe(stmt, tokens.map((t) => t.text.toUpperCase())) }, ...range });
  },
});

/** A short name for the statement, for the message: 'CREATE INDEX CONCURRENTLY', 'VACUUM'. */
function describe(stmt: Statement, words: string[]): string {
  switch (stmt.kind) {
    case 'IndexStmt':
      return 'CREATE INDEX CONCURRENTLY';
    case 'DropStmt':
      return 'DROP INDEX CONCURRENTLY';
    case 'ReindexStmt':
      return 'REINDEX CONCURRENTLY';
    case 'AlterTableStmt':
      return 'DETACH PARTITION CONCURRENTLY';
    default:
      return words.slice(0, 2).join(' ') || stmt.kind;
  }
}
