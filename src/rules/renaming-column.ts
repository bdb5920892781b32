import { fromKeywordToEnd, nodeOf, rangeVarName } from '../sql/ast.js';
import { isCreatedIn } from '../sql/facts.js';
import { createRule } from './types.js';

export default createRule({
  id: 'renaming-column',
  description:
    'Renaming a column of an existing table breaks every running instance of the application that still uses the old name.',
  severity: 'warning',
  direction: 'up',
  messages: {
    rename:
      'Renaming column {{column}} to {{newName}} breaks the application code that is still running during the deploy: every query that names {{column}} fails until all instances run the new code.',
  },
  help:
    'Expand and contract: add the new column, write to both, backfill, move readers, and drop the old column in a later release (or keep the old name visible through a view).',
  check(ctx) {
    const r = nodeOf(ctx.stmt.node, 'RenameStmt');
    if (!r || r.renameType !== 'OBJECT_COLUMN' || r.relationType !== 'OBJECT_TABLE') return;
    const table = rangeVarName(r.relation);
    if (!table || isCreatedIn(ctx.createdTables, table)) return;
    ctx.report({
      messageId: 'rename',
      data: { column: String(r.subname ?? ''), newName: String(r.newname ?? '') },
      ...fromKeywordToEnd(ctx.facts.sql, ctx.stmt, 'RENAME'),
    });
  },
});
