import { alterTableCommands, nodeOf, codeTokens, keywordRange, statementRange, statementsBefore, stringList } from '../sql/ast.js';
import { createRule } from './types.js';

export default createRule({
  id: 'require-concurrent-index-deletion',
  description:
    'DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index\'s table: while it waits for running queries, every new query on the table queues behind it.',
  severity: 'warning',
  direction: 'up',
  messages: {
    notConcurrent:
      'DROP INDEX without CONCURRENTLY locks the whole table in ACCESS EXCLUSIVE mode: once it queues behind a long query, every read and write on the table waits too.',
  },
  help: 'Write DROP INDEX CONCURRENTLY IF EXISTS ... (svc-migrate then runs the migration outside a transaction; keep it to that one statement).',
  check(ctx) {
    const d = nodeOf(ctx.stmt.node, 'DropStmt');
    if (!d || d.removeType !== 'OBJECT_INDEX' || d.concurrent === true) return;
    // An index created earlier in the same file sits on a table no one else has seen yet.
    const createdHere = new Set<string>();
    for (const s of statementsBefore(ctx.facts.sql, ctx.stmt)) {
      const idx = nodeOf(s.node, 'IndexStmt');
      if (typeof idx?.idxname === 'string') createdHere.add(idx.idxname.toLowerCase());
    }
    const names = (Array.isArray(d.objects) ? d.objects : []).map((o) => stringList(nodeOf(o, 'List')?.items));
    // A table the same migration drops or alters locks it in ACCESS EXCLUSIVE mode anyway; indexes are matched to
    // it by the usual `<table>_...` naming, since DROP INDEX does not name the table.
    const lockedTables = ctx.facts.sql.statements.flatMap((s) => {
      const drop = nodeOf(s.node, 'DropStmt');
      if (drop?.removeType === 'OBJECT_TABLE') return (Array.isArray(drop.objects) ? drop.objects : []).map((o) => stringList(nodeOf(o, 'List')?.items).pop() ?? '');
      const alter = alterTableCommands(s.node);
      return alter?.table ? [alter.table.name] : [];
    }).filter((t) => t !== '').map((t) => t.toLowerCase());
    const covered = (name: string) => createdHere.has(name) || lockedTables.some((t) => name.startsWith(`${t}_`));
    if (names.length > 0 && names.every((n) => n.length > 0 && covered(n[n.length - 1]!.toLowerCase()))) return;
    const range = keywordRange(codeTokens(ctx.facts.sql, ctx.stmt), ['DROP', 'INDEX']) ?? statementRange(ctx.facts.sql, ctx.stmt);
    ctx.report({ messageId: 'notConcurrent', ...range });
  },
});
