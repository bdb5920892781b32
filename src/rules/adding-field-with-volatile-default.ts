import { codeTokens, callRange, columnConstraints, columnDefinitions, keywordRange, statementRange, typeNameOf, typeNameRange } from '../sql/ast.js';
import { functionsDeclaredBefore, isNullConstant, perRowCall } from '../sql/defaults.js';
import { isCreatedIn } from '../sql/facts.js';
import { createRule } from './types.js';

const SERIAL = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);

export default createRule({
  id: 'adding-field-with-volatile-default',
  description:
    'ADD COLUMN on an existing table with a value PostgreSQL must compute per row (a volatile default, serial, identity, a stored generated column, or any default before PostgreSQL 11) rewrites the table.',
  severity: 'warning',
  direction: 'up',
  messages: {
    volatile:
      'Adding column {{column}} with the volatile default {{fn}}() rewrites the whole table under an ACCESS EXCLUSIVE lock: every read and write waits until it finishes.',
    possiblyVolatile:
      'Adding column {{column}} with a default that calls {{fn}}(): svc-migrate cannot see how that function was declared, and a function is VOLATILE unless CREATE FUNCTION says IMMUTABLE or STABLE. If it is volatile, PostgreSQL computes it for every existing row and rewrites the whole table under an ACCESS EXCLUSIVE lock.',
    serial:
      'Adding the {{type}} column {{column}} fills every existing row from a sequence: the whole table is rewritten under an ACCESS EXCLUSIVE lock.',
    identity:
      'Adding the identity column {{column}} fills every existing row from a sequence: the whole table is rewritten under an ACCESS EXCLUSIVE lock.',
    generated:
      'Adding the stored generated column {{column}} computes it for every existing row: the whole table is rewritten under an ACCESS EXCLUSIVE lock.',
    anyDefault:
      'Before PostgreSQL 11 any DEFAULT on ADD COLUMN ({{column}}) rewrites the whole table under an ACCESS EXCLUSIVE lock.',
  },
  help:
    'Add the column without a default (or with a constant one), then ALTER COLUMN ... SET DEFAULT for new rows and backfill existing rows in small batches.',
  check(ctx) {
    const sql = ctx.facts.sql;
    for (const col of columnDefinitions(ctx.stmt.node)) {
      if (col.via !== 'add' || !col.table || isCreatedIn(ctx.createdTables, col.table)) continue;
      // Tokens and the fallback range only when reporting: lexing every ALTER TABLE showed in profiles.
      const tokens = () => codeTokens(sql, ctx.stmt);
      const column = String(col.def.colname ?? '');
      const fallback = () => statementRange(sql, ctx.stmt);
      const type = typeNameOf(col.def.typeName);
      if (type && SERIAL.has(type.name)) {
        const r = typeNameRange(tokens(), col.def.typeName?.location) ?? fallback();
        ctx.report({ messageId: 'serial', data: { column, type: type.name }, ...r });
        continue;
      }
      for (const c of columnConstraints(col.def)) {
        const loc = typeof c.location === 'number' ? c.location : undefined;
        if (c.contype === 'CONSTR_IDENTITY') {
          ctx.report({ messageId: 'identity', data: { column }, ...(keywordRange(tokens(), ['GENERATED'], loc ?? 0) ?? fallback()) });
        } else if (c.contype === 'CONSTR_GENERATED' && c.generated_kind !== 'v') {
          ctx.report({ messageId: 'generated', data: { column }, ...(keywordRange(tokens(), ['GENERATED'], loc ?? 0) ?? fallback()) });
        } else if (c.contype === 'CONSTR_DEFAULT') {
          const call = perRowCall(c.raw_expr, functionsDeclaredBefore(sql, ctx.stmt));
          if (call?.volatility === 'volatile') {
            ctx.report({ messageId: 'volatile', data: { column, fn: call.fn }, ...(callRange(tokens(), call.location) ?? fallback()) });
          } else if (ctx.facts.pgVersion < 11 && !isNullConstant(c.raw_expr)) {
            ctx.report({ messageId: 'anyDefault', data: { column }, ...(keywordRange(tokens(), ['DEFAULT'], loc ?? 0) ?? fallback()) });
          } else if (call) {
            ctx.report({ messageId: 'possiblyVolatile', data: { column, fn: call.fn }, ...(callRange(tokens(), call.location) ?? fallback()) });
          }
        }
      }
    }
  },
});
