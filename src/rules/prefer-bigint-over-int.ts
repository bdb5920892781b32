import { codeTokens, columnDefinitions, isKeyColumn, statementRange, typeNameOf, typeNameRange } from '../sql/ast.js';
import { createRule } from './types.js';

const INT = new Set(['int4', 'int', 'integer', 'serial', 'serial4']);

export default createRule({
  id: 'prefer-bigint-over-int',
  description:
    'An integer (int4 / serial) primary key, identity or id column runs out at 2,147,483,647, and widening it later rewrites the table and every index on it.',
  severity: 'warning',
  direction: 'up',
  messages: {
    int:
      'Column {{column}} is a 32-bit {{type}} key: it overflows at 2,147,483,647 rows, and changing it to bigint later rewrites the table under an ACCESS EXCLUSIVE lock.',
  },
  help: 'Use bigint (or bigserial / bigint GENERATED ... AS IDENTITY) for primary keys and id columns; the extra 4 bytes are cheaper than the migration.',
  check(ctx) {
    for (const col of columnDefinitions(ctx.stmt.node)) {
      const type = typeNameOf(col.def.typeName);
      if (!type || !type.builtin || type.array || !INT.has(type.name) || !isKeyColumn(col)) continue;
      const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
      const range = typeNameRange(tokens, col.def.typeName?.location) ?? statementRange(ctx.facts.sql, ctx.stmt);
      ctx.report({ messageId: 'int', data: { column: String(col.def.colname ?? ''), type: ctx.facts.sql.lines.slice(range.start, range.end) }, ...range });
    }
  },
});
