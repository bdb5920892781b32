import { nodeOf, codeTokens, findToken, statementRange } from '../sql/ast.js';
import { createRule } from './types.js';

export default createRule({
  id: 'ban-create-domain-with-constraint',
  description:
    'A domain with a CHECK constraint cannot be changed online later: altering the constraint re-checks every column of the domain in every table under lock.',
  severity: 'info',
  direction: 'up',
  messages: {
    check:
      'This domain carries a CHECK constraint: changing it later means ALTER DOMAIN, which re-checks every column that uses the domain in every table while locking them, with no concurrent alternative.',
  },
  help: 'Declare the domain without CHECK and put CHECK constraints on the table columns, where NOT VALID + VALIDATE CONSTRAINT can change them without blocking.',
  check(ctx) {
    const d = nodeOf(ctx.stmt.node, 'CreateDomainStmt');
    if (!d) return;
    const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
    for (const raw of d.constraints ?? []) {
      const c = nodeOf(raw, 'Constraint');
      if (c?.contype !== 'CONSTR_CHECK') continue;
      const loc = c.location ?? 0;
      const check = findToken(tokens, 'CHECK', loc);
      ctx.report({ messageId: 'check', ...(check ? { start: loc || check.start, end: check.end } : statementRange(ctx.facts.sql, ctx.stmt)) });
    }
  },
});
