import { nodeOf, codeTokens, keywordRange, statementRange } from '../sql/ast.js';
import { createRule } from './types.js';

export default createRule({
  id: 'require-enum-value-ordering',
  description: 'ALTER TYPE ... ADD VALUE without BEFORE or AFTER appends the value at the end of the enum, which decides how it sorts and compares.',
  severity: 'info',
  direction: 'up',
  messages: {
    unordered:
      "ADD VALUE '{{value}}' without BEFORE or AFTER puts it after every existing value: ORDER BY, <, > and min()/max() on the column use that position, and enum values can never be reordered or removed afterwards.",
  },
  help: "Say where the value belongs: ALTER TYPE ... ADD VALUE 'new' BEFORE 'existing' (or AFTER); if the end is right, accept it with an ignore comment.",
  check(ctx) {
    const e = nodeOf(ctx.stmt.node, 'AlterEnumStmt');
    if (e?.newVal === undefined || e.oldVal !== undefined || e.newValNeighbor !== undefined) return;
    const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
    const range = keywordRange(tokens, ['ADD', 'VALUE']) ?? statementRange(ctx.facts.sql, ctx.stmt);
    ctx.report({ messageId: 'unordered', data: { value: e.newVal }, ...range });
  },
});
