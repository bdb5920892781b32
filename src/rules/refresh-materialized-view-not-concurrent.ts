import { nodeOf, codeTokens, keywordRange, rangeVarName, statementRange, statementsBefore } from '../sql/ast.js';
import { createRule } from './types.js';

export default createRule({
  id: 'refresh-materialized-view-not-concurrent',
  description:
    'REFRESH MATERIALIZED VIEW without CONCURRENTLY holds an ACCESS EXCLUSIVE lock on the view for the whole refresh: every query that reads it waits.',
  severity: 'warning',
  direction: 'up',
  messages: {
    notConcurrent:
      'REFRESH MATERIALIZED VIEW {{view}} without CONCURRENTLY locks the view in ACCESS EXCLUSIVE mode while its query reruns: every read of the view waits until the refresh finishes.',
  },
  help: 'Write REFRESH MATERIALIZED VIEW CONCURRENTLY (the view needs a unique index on plain columns), or refresh outside the deploy.',
  check(ctx) {
    const r = nodeOf(ctx.stmt.node, 'RefreshMatViewStmt');
    if (!r || r.concurrent === true || r.skipData === true) return;
    const view = rangeVarName(r.relation);
    if (!view) return;
    // A view created in this migration is read by no one yet.
    const createdHere = statementsBefore(ctx.facts.sql, ctx.stmt).some((s) => {
      const c = nodeOf(s.node, 'CreateTableAsStmt');
      return c?.objtype === 'OBJECT_MATVIEW' && rangeVarName(c.into?.rel)?.name.toLowerCase() === view.name.toLowerCase();
    });
    if (createdHere) return;
    const range = keywordRange(codeTokens(ctx.facts.sql, ctx.stmt), ['REFRESH', 'MATERIALIZED', 'VIEW']) ?? statementRange(ctx.facts.sql, ctx.stmt);
    ctx.report({ messageId: 'notConcurrent', data: { view: view.schema ? `${view.schema}.${view.name}` : view.name }, ...range });
  },
});
