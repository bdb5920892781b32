import { alterTableCommands, nodeOf, codeTokens, findToken, rangeVarName, statementRange } from '../sql/ast.js';
import { createRule } from './types.js';

export default createRule({
  id: 'rls-without-policy',
  description:
    'ENABLE ROW LEVEL SECURITY on a table with no CREATE POLICY for it in the same migration hides every row from every role but the owner.',
  severity: 'info',
  direction: 'up',
  messages: {
    noPolicy:
      'Row level security is enabled on {{table}} and this migration creates no policy for it: with no policy, every query by a non-owner role sees no rows and writes nothing, which looks like data loss to the application.',
  },
  help: 'Create the policies (CREATE POLICY ... ON the table) in the same migration as ENABLE ROW LEVEL SECURITY, or check that earlier migrations already did.',
  check(ctx) {
    const alter = alterTableCommands(ctx.stmt.node);
    if (!alter?.table) return;
    if (!alter.cmds.some((c) => c.subtype === 'AT_EnableRowSecurity' || c.subtype === 'AT_ForceRowSecurity')) return;
    const name = alter.table.name.toLowerCase();
    const schema = alter.table.schema?.toLowerCase();
    const hasPolicy = ctx.facts.sql.statements.some((s) => {
      const p = rangeVarName(nodeOf(s.node, 'CreatePolicyStmt')?.table);
      return p !== undefined && p.name.toLowerCase() === name && (!schema || !p.schema || p.schema.toLowerCase() === schema);
    });
    if (hasPolicy) return;
    const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
    const start = findToken(tokens, ['ENABLE', 'FORCE']);
    const end = start ? findToken(tokens, 'SECURITY', start.start) : undefined;
    const table = schema ? `${schema}.${alter.table.name}` : alter.table.name;
    ctx.report({ messageId: 'noPolicy', data: { table }, ...(start && end ? { start: start.start, end: end.end } : statementRange(ctx.facts.sql, ctx.stmt)) });
  },
});
