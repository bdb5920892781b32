import { codeTokens, columnTypes, statementRange, typeNameOf, typeNameRange } from '../sql/ast.js';
import { createRule } from './types.js';

export default createRule({
  id: 'prefer-timestamptz',
  description:
    'timestamp (without time zone) stores wall-clock values whose meaning depends on the session time zone; converting the column to timestamptz later rewrites the table.',
  severity: 'warning',
  direction: 'up',
  messages: {
    timestamp:
      'Column {{column}} is timestamp without time zone: values are interpreted in whatever TimeZone each session has, and converting it to timestamptz later rewrites the table under an ACCESS EXCLUSIVE lock.',
  },
  help: 'Use timestamptz (timestamp with time zone): it stores an absolute instant and displays it in the session time zone.',
  check(ctx) {
    for (const t of columnTypes(ctx.stmt.node)) {
      const type = typeNameOf(t.typeName);
      if (!type || !type.builtin || type.name !== 'timestamp') continue;
      const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
      const range = typeNameRange(tokens, t.typeName.location as number | undefined) ?? statementRange(ctx.facts.sql, ctx.stmt);
      ctx.report({ messageId: 'timestamp', data: { column: t.column }, ...range });
    }
  },
});
