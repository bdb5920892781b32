import { codeTokens, columnTypes, statementRange, typeNameOf, typeNameRange } from '../sql/ast.js';
import { createRule } from './types.js';

export default createRule({
  id: 'prefer-text-field',
  description:
    'A varchar(n) column puts a length limit in the type: changing the limit later is an ALTER COLUMN ... TYPE that takes an ACCESS EXCLUSIVE lock (and rewrites the table when it shrinks).',
  severity: 'warning',
  direction: 'up',
  messages: {
    varchar:
      'Column {{column}} is {{type}} with a length limit: raising or lowering it later takes an ACCESS EXCLUSIVE lock on the table, and lowering it rewrites the table.',
  },
  help: 'Use text (or varchar without a length) and enforce the limit with a CHECK (char_length(col) <= n) constraint, which can be replaced with NOT VALID + VALIDATE without blocking.',
  check(ctx) {
    // CREATE TABLE, ADD COLUMN and ALTER COLUMN ... TYPE: each one puts the limit into the type.
    for (const col of columnTypes(ctx.stmt.node)) {
      const type = typeNameOf(col.typeName);
      if (!type || !type.builtin || type.name !== 'varchar' || type.typmods === 0) continue;
      const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
      const range = typeNameRange(tokens, col.typeName.location as number | undefined) ?? statementRange(ctx.facts.sql, ctx.stmt);
      ctx.report({ messageId: 'varchar', data: { column: col.column, type: ctx.facts.sql.lines.slice(range.start, range.end) }, ...range });
    }
  },
});
