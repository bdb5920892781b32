import { codeTokens, columnDefinitions, isKeyColumn, statementRange, typeNameOf, typeNameRange } from '../sql/ast.js';
import { createRule } from './types.js';

const SMALL = new Set(['int2', 'smallint', 'smallserial', 'serial2']);
export default createRule({
  id: 'prefer-bigint-over-smallint',
  description:
    'A smallint (int2 / smallserial) primary key, identity or id column runs out at 32,767, and widening it later rewrites the table and every index on it.',
  severity: 'warning',
  direction: 'up',
  messages: {
    smallint:
      'Column {{column}} is a 16-bit {{type}} key: it overflows at 32,767 rows, and changing it to bigint later rewrites the table under an ACCESS EXCLUSIVE lock.',
  },
  help: 'Use bigint (or bigint GENERATED ... AS IDENTITY) for primary keys and id columns.',
  check(ctx) {
    for (const col of columnDefinitions(ctx.stmt.node)) {
      const type = typeNameOf(col.def.typeName);
      if (!type || !type.builtin || type.array || !SMALL.has(type.name) || !isKeyColumn(col)) continue;
      const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
      const range = typeNameRange(tokens, col.def.typeName?.location) ?? statementRange(ctx.facts.sql, ctx.stmt);
      ctx.report({ messageId: 'smallint', data: { column: String(col.def.colname ?? ''), type: ctx.facts.sql.lines.slice(range.start, range.end) }, ...range });
    }
  },
});
