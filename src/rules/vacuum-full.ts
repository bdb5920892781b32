import { nodeOf, optionOn, rangeVarName } from '../sql/ast.js';
import { isCreatedIn } from '../sql/facts.js';
import { createRule } from './types.js';

export default createRule({
  id: 'vacuum-full',
  description: 'VACUUM FULL rewrites the table into a new file while holding an ACCESS EXCLUSIVE lock: the table is unreadable and unwritable for the whole rewrite.',
  severity: 'warning',
  direction: 'up',
  messages: {
    full:
      'VACUUM FULL rewrites {{table}} while holding an ACCESS EXCLUSIVE lock: every read and write waits for the whole rewrite, and it needs free disk space for a full copy.',
  },
  help: 'Leave space reclamation to autovacuum, or use pg_repack / pg_squeeze, which rebuild the table online; never run VACUUM FULL from a deploy.',
  check(ctx) {
    const v = nodeOf(ctx.stmt.node, 'VacuumStmt');
    if (!v || v.is_vacuumcmd !== true) return;
    const on = optionOn(v.options, 'full');
    if (!on) return;
    const full = { location: on.location ?? ctx.stmt.start };
    const tables = (v.rels ?? []).map((r) => rangeVarName(nodeOf(r, 'VacuumRelation')?.relation));
    if (tables.length > 0 && tables.every((t) => t && isCreatedIn(ctx.createdTables, t))) return;
    const names = tables.filter((t) => t !== undefined).map((t) => (t.schema ? `${t.schema}.${t.name}` : t.name));
    ctx.report({ messageId: 'full', data: { table: names.length ? names.join(', ') : 'every table of the database' }, start: full.location, end: full.location + 4 });
  },
});

