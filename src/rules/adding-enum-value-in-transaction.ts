import { nodeOf, codeTokens, keywordRange, nodesOf, openTransactionBefore, statementRange, stringList } from '../sql/ast.js';
import type { A_Const, TypeName } from '../sql/ast-types.js';
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
      "The enum value '{{value}}' is added to {{type}} earlier in this migration, which runs in one transaction: PostgreSQL refuses to use a new enum value before the transaction that added it commits (unsafe use of new value), so the migration fails.",
    maybeUsedInTransaction:
      "'{{value}}' equals an enum value added to {{type}} earlier in this migration, which runs in one transaction. If this literal meets a column or value of that enum type, PostgreSQL refuses it before the transaction that added the value commits (unsafe use of new value) and the migration fails; if it is plain text (a text column), nothing is wrong. svc-migrate cannot see the column's type: write '{{value}}'::{{type}} to make it certain, or ::text to say it is text.",
  },
  help: 'Add the enum value in a migration of its own and use it in a later migration.',
  check(ctx) {
    const sql = ctx.facts.sql;
    const added = nodeOf(ctx.stmt.node, 'AlterEnumStmt');
    if (added?.newVal !== undefined && added.oldVal === undefined) {
      if (ctx.facts.pgVersion < 12 && (ctx.origin.kind === 'plpgsql' || openTransactionBefore(sql, ctx.stmt))) {
        const range = keywordRange(codeTokens(sql, ctx.stmt), ['ADD', 'VALUE']) ?? statementRange(sql, ctx.stmt);
        ctx.report({ messageId: 'beforePg12', ...range });
      }
      return;
    }
    // From 12 on: a later statement of the same transaction that uses a value added above.
    if (ctx.facts.pgVersion < 12 || !ctx.facts.inTransaction) return;
    const values = valuesAddedBefore(sql, ctx.stmt);
    if (values.length === 0) return;
    for (const use of enumLiteralUses(ctx.stmt.node, values)) {
      const token = codeTokens(sql, ctx.stmt).find((t) => t.start === use.location);
      const range = { start: use.location, end: token?.end ?? use.location + 1 };
      if (use.type) ctx.report({ messageId: 'usedInTransaction', data: { value: use.value, type: use.type }, ...range });
      // Unproven: the same literal into a text column is fine, so this is a hint to check, not a failure.
      else ctx.report({ messageId: 'maybeUsedInTransaction', data: { value: use.value, type: use.candidates }, ...range, severity: 'info' });
    }
  },
});

interface AddedValue {
  start: number;
  value: string;
  /** The enum type, lower-cased name parts as written (`['app', 'mood']`). */
  type: string[];
}

interface LiteralUse {
  value: string;
  location: number;
  /** The enum type the literal provably is (a cast to it, or the DEFAULT of a column of it). */
  type?: string;
  /** Without a proof: the enum types the value was added to. */
  candidates: string;
}

/**
 * String literals equal to an added value. A literal cast to (or the DEFAULT of a column of) the enum type it was
 * added to is a use for sure; one cast to another type is none; an uncast one may be, depending on the type of
 * what it meets (an enum column, or a text one), which only the catalog knows.
 */
function enumLiteralUses(node: unknown, added: readonly AddedValue[]): LiteralUse[] {
  const typed = new Map<A_Const, string | null>();
  const typeOf = (typeName: TypeName | undefined, value: string): string | null => {
    const names = stringList(typeName?.names).map((n) => n.toLowerCase());
    const isArray = Array.isArray(typeName?.arrayBounds);
    const enumType = isArray ? undefined : added.find((a) => a.value === value && sameType(a.type, names));
    return enumType ? enumType.type.join('.') : null;
  };
  const literal = (expr: unknown) => {
    const c = nodeOf(expr, 'A_Const');
    return c?.sval?.sval !== undefined ? c : undefined;
  };
  for (const cast of nodesOf(node, 'TypeCast')) {
    const c = literal(cast.arg);
    if (c) typed.set(c, typeOf(cast.typeName, c.sval!.sval!));
  }
  for (const col of nodesOf(node, 'ColumnDef')) {
    for (const k of Array.isArray(col.constraints) ? col.constraints : []) {
      const con = nodeOf(k, 'Constraint');
      const c = con?.contype === 'CONSTR_DEFAULT' ? literal(con.raw_expr) : undefined;
      if (c) typed.set(c, typeOf(col.typeName, c.sval!.sval!));
    }
  }
  const out: LiteralUse[] = [];
  const seen = new Set<string>();
  for (const c of nodesOf(node, 'A_Const')) {
    const value = c.sval?.sval;
    const location = c.location;
    if (value === undefined || typeof location !== 'number') continue;
    const types = added.filter((a) => a.value === value);
    if (types.length === 0) continue;
    const type = typed.get(c);
    // Cast to another type (`'happy'::text`), or the default of a column of another type: not the enum.
    if (type === null) continue;
    const key = `${value}\0${type ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ value, location, type, candidates: [...new Set(types.map((a) => a.type.join('.')))].join(', ') });
  }
  return out;
}

/** The same type name: same last part, and same schema unless one side names none (the search_path decides). */
function sameType(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0 || a[a.length - 1] !== b[b.length - 1]) return false;
  return a.length === 1 || b.length === 1 || a[a.length - 2] === b[b.length - 2];
}

const addedCache = new WeakMap<ParsedSql, AddedValue[]>();

/** Enum values that ALTER TYPE ... ADD VALUE statements above `stmt` add, with their type (one scan, cached). */
function valuesAddedBefore(sql: ParsedSql, stmt: Statement): AddedValue[] {
  let added = addedCache.get(sql);
  if (!added) {
    added = [];
    for (const s of sql.statements) {
      const e = nodeOf(s.node, 'AlterEnumStmt');
      if (e?.newVal !== undefined && e.oldVal === undefined) {
        added.push({ start: s.start, value: e.newVal, type: stringList(e.typeName).map((n) => n.toLowerCase()) });
      }
    }
    addedCache.set(sql, added);
  }
  return added.filter((a) => a.start < stmt.start);
}
