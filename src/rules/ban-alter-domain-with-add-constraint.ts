import { nodeOf, codeTokens, findToken, statementRange } from '../sql/ast.js';
import { createRule } from './types.js';

export default createRule({
  id: 'ban-alter-domain-with-add-constraint',
  description:
    'ALTER DOMAIN ... ADD CONSTRAINT checks every column of every table that uses the domain while holding locks on them, unless the constraint is added NOT VALID.',
  severity: 'warning',
  direction: 'up',
  messages: {
    addConstraint:
      'Adding a constraint to a domain scans every table column of that domain to check existing values, locking those tables against writes for the whole scan.',
  },
  help:
    'Add the constraint with NOT VALID (new values are checked at once), then run ALTER DOMAIN ... VALIDATE CONSTRAINT in a later migration; or constrain the columns with table CHECK constraints (NOT VALID + VALIDATE).',
  check(ctx) {
    const d = nodeOf(ctx.stmt.node, 'AlterDomainStmt');
    if (d?.subtype !== 'C') return;
    const c = nodeOf(d.def, 'Constraint');
    if (!c || c.skip_validation === true) return;
    const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
    const add = findToken(tokens, 'ADD');
    const kind = add ? findToken(tokens, ['CHECK', 'NOT'], add.start) : undefined;
    const range = add ? { start: add.start, end: (kind ?? add).end } : statementRange(ctx.facts.sql, ctx.stmt);
    ctx.report({ messageId: 'addConstraint', ...range });
  },
});
