import { alterTableCommands, codeTokens, findToken, statementRange, statementsAfter } from '../sql/ast.js';
import { createRule } from './types.js';

export default createRule({
  id: 'disable-trigger',
  description:
    'ALTER TABLE ... DISABLE TRIGGER ALL switches off the internal triggers that enforce foreign keys, and a trigger disabled without being re-enabled in the same migration stays off for the application.',
  severity: 'warning',
  direction: 'up',
  messages: {
    all:
      'DISABLE TRIGGER ALL also disables the system triggers that enforce foreign keys on {{table}}: rows written meanwhile are never checked, so orphans slip in silently (and it needs superuser).',
    notReenabled:
      'Trigger {{trigger}} on {{table}} is disabled and not enabled again in this migration: the application runs without it after the deploy.',
  },
  help:
    'Disable only the trigger you must (DISABLE TRIGGER name) and ENABLE it again in the same migration; for bulk loads prefer batching over switching off integrity checks.',
  check(ctx) {
    const alter = alterTableCommands(ctx.stmt.node);
    if (!alter?.table || !alter.cmds.some((cmd) => String(cmd.subtype ?? '').startsWith('AT_DisableTrig'))) return;
    const table = alter.table.schema ? `${alter.table.schema}.${alter.table.name}` : alter.table.name;
    const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
    const enabledLater = enabledAfter(ctx.facts.sql, ctx.stmt, alter.table.name.toLowerCase());
    let from = 0;
    for (const cmd of alter.cmds) {
      const subtype = String(cmd.subtype ?? '');
      if (!subtype.startsWith('AT_DisableTrig')) continue;
      const disable = findToken(tokens, 'DISABLE', from);
      const end = disable ? tokens[tokens.indexOf(disable) + 2] : undefined;
      const range = disable ? { start: disable.start, end: (end ?? disable).end } : statementRange(ctx.facts.sql, ctx.stmt);
      from = range.end;
      if (subtype === 'AT_DisableTrigAll') {
        ctx.report({ messageId: 'all', data: { table }, ...range });
        continue;
      }
      const trigger = subtype === 'AT_DisableTrig' ? String(cmd.name ?? '').toLowerCase() : 'USER';
      if (enabledLater.has(trigger) || enabledLater.has('*')) continue;
      ctx.report({ messageId: 'notReenabled', data: { trigger: subtype === 'AT_DisableTrig' ? String(cmd.name) : 'USER (every user trigger)', table }, ...range });
    }
  },
});

/** Triggers of the table enabled again later in the file ('*' for ENABLE TRIGGER ALL / USER). */
function enabledAfter(sql: Parameters<typeof statementsAfter>[0], stmt: Parameters<typeof statementsAfter>[1], table: string): Set<string> {
  const out = new Set<string>();
  for (const s of statementsAfter(sql, stmt)) {
    const alter = alterTableCommands(s.node);
    if (!alter?.table || alter.table.name.toLowerCase() !== table) continue;
    for (const cmd of alter.cmds) {
      const subtype = String(cmd.subtype ?? '');
      if (subtype === 'AT_EnableTrigAll' || subtype === 'AT_EnableTrigUser') out.add('*');
      else if (subtype.startsWith('AT_EnableTrig') || subtype.startsWith('AT_EnableAlwaysTrig') || subtype.startsWith('AT_EnableReplicaTrig')) {
        out.add(String(cmd.name ?? '').toLowerCase());
      }
    }
  }
  return out;
}
