/**
 * index-not-concurrent: CREATE INDEX without CONCURRENTLY holds a SHARE lock on the table for the whole build,
 * blocking every INSERT, UPDATE and DELETE — minutes on a large table. A table created in the same migration is
 * empty and unseen, so it needs no CONCURRENTLY.
 */
import { codeTokens, keywordRange, nodeOf } from '../sql/ast.js';
import { isCreatedIn, relationName } from '../sql/facts.js';
import { createRule } from './types.js';

export default createRule({
  id: 'index-not-concurrent',
  description: 'CREATE INDEX without CONCURRENTLY on a table that the same migration did not create.',
  severity: 'warning',
  direction: 'up',
  messages: {
    notConcurrent:
      'CREATE INDEX on {{table}} without CONCURRENTLY blocks all writes to the table (INSERT, UPDATE, DELETE) until the index is built, which on a large table is an outage.',
  },
  help: 'Write CREATE INDEX CONCURRENTLY (svc-migrate runs a migration holding it outside a transaction; keep it alone in its migration, and add IF NOT EXISTS so a retry after a failed build can proceed).',
  check({ stmt, origin, facts, createdTables, tempTables, report }) {
    if (stmt.kind !== 'IndexStmt' || origin.container === 'function') return;
    const body = nodeOf(stmt.node, 'IndexStmt');
    if (!body || body.concurrent) return;
    const rel = relationName(body.relation);
    if (!rel) return;
    // ON ONLY a partitioned table creates an invalid parent index instantly; the work happens per partition.
    if (body.relation?.inh !== true) return;
    if (isCreatedIn(createdTables, rel) || (!rel.schema && tempTables?.has(rel.name))) return;
    const tokens = codeTokens(facts.sql, stmt);
    const range = keywordRange(tokens, ['CREATE', 'UNIQUE', 'INDEX'], stmt.start);
    const index = tokens.find((t) => t.keyword === 'INDEX');
    report({
      messageId: 'notConcurrent',
      data: { table: rel.schema ? `${rel.schema}.${rel.name}` : rel.name },
      start: range?.start ?? stmt.start,
      end: index?.end ?? range?.end ?? stmt.end,
    });
  },
});
