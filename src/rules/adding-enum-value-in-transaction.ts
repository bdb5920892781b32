import { as, codeTokens, keywordRange, nodesOf, openTransactionBefore, statementRange } from '../sql/ast.js';
import type { ParsedSql, Statement } from '../sql/parser.js';
import { createRule } from './types.js';

export default createRule({
  id: 'adding-enum-value-in-transaction',
  description:
    'ALTER TYPE ... ADD VALUE cannot run in a transaction block before PostgreSQL 12, and from 12 on the new value cannot be used until the transaction that added it commits.',
  severity: 'warning',
  direction: 'up',
  messages: {
    beforePg12:
      'Before PostgreSQL 12, ALTER TYPE ... ADD VALUE cannot run inside a transaction block (BEGIN ... COMMIT or a DO block): the migration fails.',
    usedInTransaction:
      "The enum value '{{value}}' is added earlier in this migration, which runs in one transaction: PostgreSQL refuses to use a new enum value before the transaction that added it commits (unsafe use of new value), so the migration fails.",
  },
  help: 'Add the enum value in a migration of its own and use it in a later migration.',
  check(ctx) {
    const sql = ctx.facts.sql;
    const added = as<{ newVal?: string; oldVal?: string }>(ctx.stmt.node, 'AlterEnumStmt');
    if (added?.newVal !== undefined && added.oldVal === undefined) {
      if (ctx.facts.pgVersion < 12 && (ctx.origin.kind === 'plpgsql' || openTransactionBefore(sql, ctx.stmt))) {
        const range = keywordRange(codeTokens(sql, ctx.stmt), ['ADD', 'VALUE']) ?? statementRange(sql, ctx.stmt);
        ctx.report({ messageId: 'beforePg12', ...range });
      }
      return;
    }
    // From 12 on: a later statement of the same transaction that mentions a value added above.
    if (ctx.facts.pgVersion < 12 || !ctx.facts.inTransaction) return;
    const values = valuesAddedBefore(sql, ctx.stmt);
    if (values.size === 0) return;
    const seen = new Set<string>();
    for (const constant of nodesOf(ctx.stmt.node, 'A_Const')) {
      const value = (constant.sval as { sval?: string } | undefined)?.sval;
      const location = constant.location;
      if (value === undefined || !values.has(value) || seen.has(value) || typeof location !== 'number') continue;
      seen.add(value);
      const token = codeTokens(sql, ctx.stmt).find((t) => t.start === location);
      ctx.report({ messageId: 'usedInTransaction', data: { value }, start: location, end: token?.end ?? location + 1 });
    }
  },
});

const addedCache = new WeakMap<ParsedSql, Array<{ start: number; value: string }>>();

/** Enum values that ALTER TYPE ... ADD VALUE statements above `stmt` add (one scan of the file, cached). */
function valuesAddedBefore(sql: ParsedSql, stmt: Statement): Set<string> {
  let added = addedCache.get(sql);
  if (!added) {
    added = [];
    for (const s of sql.statements) {
      const e = as<{ newVal?: string; oldVal?: string }>(s.node, 'AlterEnumStmt');
      if (e?.newVal !== undefined && e.oldVal === undefined) added.push({ start: s.start, value: e.newVal });
    }
    addedCache.set(sql, added);
  }
  return new Set(added.filter((a) => a.start < stmt.start).map((a) => a.value));
}
