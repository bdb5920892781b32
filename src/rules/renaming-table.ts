import { fromKeywordToEnd, nodeOf, rangeVarName } from '../sql/ast.js';
import { isCreatedIn } from '../sql/facts.js';
import { createRule } from './types.js';

export default createRule({
  id: 'renaming-table',
  description: 'Renaming an existing table breaks every running instance of the application that still uses the old name.',
  severity: 'warning',
  direction: 'up',
  messages: {
    rename:
      'Renaming table {{table}} to {{newName}} breaks the application code that is still running during the deploy: every query that names {{table}} fails until all instances run the new code.',
  },
  help:
    'Create the new table (or rename and leave a view with the old name, CREATE VIEW old AS SELECT * FROM new, until every reader moved), then drop the old name in a later release.',
  check(ctx) {
    const r = nodeOf(ctx.stmt.node, 'RenameStmt');
    if (!r || r.renameType !== 'OBJECT_TABLE') return;
    const table = rangeVarName(r.relation);
    if (!table || isCreatedIn(ctx.createdTables, table)) return;
    ctx.report({
      messageId: 'rename',
      data: { table: table.schema ? `${table.schema}.${table.name}` : table.name, newName: String(r.newname ?? '') },
      ...fromKeywordToEnd(ctx.facts.sql, ctx.stmt, 'RENAME'),
    });
  },
});
