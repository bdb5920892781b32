import { nodeOf, codeTokens, keywordRange, optionOn, statementRange } from '../sql/ast.js';
import { createRule } from './types.js';

export default createRule({
  id: 'reindex-not-concurrent',
  description:
    'REINDEX without CONCURRENTLY blocks writes to the table (and reads that use the index) for the whole rebuild; PostgreSQL 12+ can rebuild concurrently.',
  severity: 'warning',
  direction: 'up',
  minPgVersion: 12,
  messages: {
    notConcurrent:
      'REINDEX without CONCURRENTLY locks out writes to the table, and queries that would use the index, until the rebuild finishes.',
  },
  help: 'Write REINDEX ... CONCURRENTLY (PostgreSQL 12+); svc-migrate then runs the migration outside a transaction.',
  check(ctx) {
    const r = nodeOf(ctx.stmt.node, 'ReindexStmt');
    if (!r || r.kind === 'REINDEX_OBJECT_SYSTEM') return;
    // Judged by the option's value: `REINDEX (CONCURRENTLY false)` rebuilds with the blocking lock.
    if (optionOn(r.params, 'concurrently')) return;
    const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
    const range = keywordRange(tokens, ['REINDEX']) ?? statementRange(ctx.facts.sql, ctx.stmt);
    // Include the object kind (`REINDEX TABLE`) when it directly follows.
    const next = tokens.find((t) => t.start > range.start);
    const end = next && /^(TABLE|INDEX|SCHEMA|DATABASE)$/i.test(next.text) ? next.end : range.end;
    ctx.report({ messageId: 'notConcurrent', start: range.start, end });
  },
});
