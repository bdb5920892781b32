import { codeTokens, columnTypes, statementRange, stringList, typeNameRange } from '../sql/ast.js';
import { createRule } from './types.js';

export default createRule({
  id: 'ban-char-field',
  description:
    'char(n) pads every value with spaces to n characters, compares with surprising trailing-space rules and is no faster than text; fixing it later rewrites the table.',
  severity: 'warning',
  direction: 'up',
  messages: {
    char:
      'Column {{column}} is char(n): values are blank-padded and compared ignoring trailing spaces, and changing the type later rewrites the table under an ACCESS EXCLUSIVE lock.',
  },
  help: 'Use text (with a CHECK constraint on the length when one is needed) or varchar.',
  check(ctx) {
    for (const t of columnTypes(ctx.stmt.node)) {
      // `char(n)` / `character(n)` parse to pg_catalog.bpchar, and the type's own name `bpchar(n)` / `"bpchar"(n)`
      // to bpchar; the quoted single-byte "char" type is a different type.
      const names = stringList(t.typeName.names);
      const bpchar = names.length === 1 ? names[0] === 'bpchar' : names.length === 2 && names[0] === 'pg_catalog' && names[1] === 'bpchar';
      if (!bpchar) continue;
      const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
      const range = typeNameRange(tokens, t.typeName.location as number | undefined) ?? statementRange(ctx.facts.sql, ctx.stmt);
      ctx.report({ messageId: 'char', data: { column: t.column }, ...range });
    }
  },
});
