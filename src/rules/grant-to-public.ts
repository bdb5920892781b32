import { nodeOf, codeTokens } from '../sql/ast.js';
import { createRule } from './types.js';

const WRITE = new Set(['insert', 'update', 'delete', 'truncate', 'references', 'trigger', 'maintain']);

export default createRule({
  id: 'grant-to-public',
  description: 'GRANT ... TO PUBLIC on tables or sequences gives every role in the database, present and future, access to the data.',
  severity: 'info',
  direction: 'up',
  messages: {
    read:
      'GRANT {{privileges}} TO PUBLIC lets every role in the database, including ones created later for other services or tools, read {{objects}}.',
    write:
      'GRANT {{privileges}} TO PUBLIC lets every role in the database, including ones created later for other services or tools, change the data of {{objects}}.',
  },
  help: 'Grant to the roles that need access (GRANT SELECT ON ... TO app_reader), or to a group role they are members of.',
  check(ctx) {
    const g = nodeOf(ctx.stmt.node, 'GrantStmt');
    if (!g?.is_grant || (g.objtype !== 'OBJECT_TABLE' && g.objtype !== 'OBJECT_SEQUENCE')) return;
    const publicRole = (g.grantees ?? []).map((r) => nodeOf(r, 'RoleSpec')).find((r) => r?.roletype === 'ROLESPEC_PUBLIC');
    if (!publicRole) return;
    // No privilege list means ALL PRIVILEGES.
    const privileges = (g.privileges ?? []).map((p) => String(nodeOf(p, 'AccessPriv')?.priv_name ?? 'all'));
    const all = privileges.length === 0;
    const writes = g.objtype === 'OBJECT_TABLE' && (all || privileges.some((p) => p === 'all' || WRITE.has(p)));
    const objects = g.targtype === 'ACL_TARGET_ALL_IN_SCHEMA'
      ? `every ${g.objtype === 'OBJECT_TABLE' ? 'table' : 'sequence'} of the schema`
      : (g.objects ?? []).map((o) => {
        const rv = nodeOf(o, 'RangeVar');
        return rv?.relname ? (rv.schemaname ? `${rv.schemaname}.${rv.relname}` : rv.relname) : '?';
      }).join(', ');
    const location = publicRole.location ?? ctx.stmt.start;
    const token = codeTokens(ctx.facts.sql, ctx.stmt).find((t) => t.start === location);
    ctx.report({
      messageId: writes ? 'write' : 'read',
      severity: writes ? 'warning' : 'info',
      data: { privileges: all ? 'ALL' : privileges.map((p) => p.toUpperCase()).join(', '), objects },
      start: location,
      end: token?.end ?? location + 6,
    });
  },
});
