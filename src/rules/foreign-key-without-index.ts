import { alterTableCommands, nodeOf, codeTokens, columnConstraints, findToken, rangeVarName, statementRange, stringList } from '../sql/ast.js';
import type { QualifiedName } from '../sql/ast.js';
import type { Constraint } from '../sql/ast-types.js';
import type { ParsedSql } from '../sql/parser.js';
import { createRule } from './types.js';

export default createRule({
  id: 'foreign-key-without-index',
  description:
    'A new table whose foreign key columns get no index in the same migration makes every DELETE or key UPDATE on the referenced table scan it.',
  severity: 'info',
  direction: 'up',
  messages: {
    noIndex:
      'This migration creates no index that starts with the foreign key column(s) {{columns}} of {{table}}: until one exists, every DELETE (or key UPDATE) on {{target}} scans {{table}} for referencing rows while holding its locks, slower and longer as the table fills.',
  },
  help: 'Create an index whose leading columns are the foreign key columns in the same migration as the table (CREATE INDEX ... ON table (fk_column)); if a later migration already adds it, silence this with an ignore comment.',
  check(ctx) {
    const create = nodeOf(ctx.stmt.node, 'CreateStmt');
    if (!create) return;
    const table = rangeVarName(create.relation);
    if (!table || create.relation?.relpersistence === 't') return;
    const elts = Array.isArray(create.tableElts) ? create.tableElts : [];
    const fks: Array<{ columns: string[]; constraint: Constraint }> = [];
    for (const e of elts) {
      const def = nodeOf(e, 'ColumnDef');
      if (def) {
        for (const c of columnConstraints(def)) {
          if (c.contype === 'CONSTR_FOREIGN') fks.push({ columns: [String(def.colname)], constraint: c });
        }
      }
      const c = nodeOf(e, 'Constraint');
      if (c?.contype === 'CONSTR_FOREIGN') fks.push({ columns: stringList(c.fk_attrs), constraint: c });
    }
    if (fks.length === 0) return;
    const indexes = indexedColumnLists(ctx.facts.sql, table, elts);
    for (const fk of fks) {
      if (fk.columns.length === 0 || indexes.some((idx) => covers(idx, fk.columns))) continue;
      const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
      const loc = typeof fk.constraint.location === 'number' ? fk.constraint.location : ctx.stmt.start;
      const keyword = findToken(tokens, ['REFERENCES', 'KEY'], loc);
      const target = rangeVarName(fk.constraint.pktable);
      ctx.report({
        messageId: 'noIndex',
        data: {
          columns: fk.columns.join(', '),
          table: name(table),
          target: target ? name(target) : 'the referenced table',
        },
        ...(keyword ? { start: loc, end: keyword.end } : statementRange(ctx.facts.sql, ctx.stmt)),
      });
    }
  },
});

function name(q: QualifiedName): string {
  return q.schema ? `${q.schema}.${q.name}` : q.name;
}

/** A usable index: its leading plain columns, and the columns a partial index's predicate requires NOT NULL. */
interface IndexColumns {
  columns: string[];
  notNullOn: string[];
}

/**
 * The leading columns of an index cover the foreign key when they are its columns, in any order. A partial
 * index still serves the check's lookup when its predicate only excludes rows whose foreign key is NULL (a NULL
 * key never references anything, so such rows are never looked up).
 */
function covers(index: IndexColumns, fk: string[]): boolean {
  if (index.columns.length < fk.length) return false;
  const lead = new Set(index.columns.slice(0, fk.length));
  return fk.every((c) => lead.has(c)) && index.notNullOn.every((c) => fk.includes(c));
}

/**
 * The columns of a predicate made only of `col IS NOT NULL` tests joined by AND; undefined for any other
 * predicate (which may exclude rows the foreign key check needs).
 */
function notNullColumns(where: unknown): string[] | undefined {
  const test = nodeOf(where, 'NullTest');
  if (test) {
    const ref = nodeOf(test.arg, 'ColumnRef');
    const column = ref ? stringList(ref.fields).at(-1) : undefined;
    return test.nulltesttype === 'IS_NOT_NULL' && column ? [column] : undefined;
  }
  const and = nodeOf(where, 'BoolExpr');
  if (and?.boolop !== 'AND_EXPR') return undefined;
  const out: string[] = [];
  for (const arg of and.args ?? []) {
    const cols = notNullColumns(arg);
    if (!cols) return undefined;
    out.push(...cols);
  }
  return out;
}

/**
 * Column lists of the b-tree indexes the table gets in this file: its primary key and unique constraints, and
 * CREATE INDEX / ALTER TABLE ... ADD PRIMARY KEY / UNIQUE on it anywhere in the file. Expression indexes, and
 * partial indexes whose predicate is more than NOT NULL tests, are left out: they do not serve the lookup.
 */
function indexedColumnLists(sql: ParsedSql, table: QualifiedName, elts: unknown[]): IndexColumns[] {
  const out: IndexColumns[] = [];
  const sameTable = (q: QualifiedName | undefined) =>
    q !== undefined && q.name.toLowerCase() === table.name.toLowerCase() && (!q.schema || !table.schema || q.schema.toLowerCase() === table.schema.toLowerCase());
  const keyed = (c: Constraint | undefined) => c && (c.contype === 'CONSTR_PRIMARY' || c.contype === 'CONSTR_UNIQUE');
  for (const e of elts) {
    const def = nodeOf(e, 'ColumnDef');
    if (def && columnConstraints(def).some(keyed)) out.push({ columns: [String(def.colname)], notNullOn: [] });
    const c = nodeOf(e, 'Constraint');
    if (keyed(c)) out.push({ columns: stringList(c!.keys), notNullOn: [] });
  }
  for (const s of sql.statements) {
    const idx = nodeOf(s.node, 'IndexStmt');
    const notNullOn = idx?.whereClause === undefined ? [] : notNullColumns(idx.whereClause);
    if (idx && notNullOn && sameTable(rangeVarName(idx.relation)) && (idx.accessMethod ?? 'btree') === 'btree') {
      const cols: string[] = [];
      for (const p of Array.isArray(idx.indexParams) ? idx.indexParams : []) {
        const elem = nodeOf(p, 'IndexElem');
        if (!elem?.name) break; // an expression ends the usable prefix
        cols.push(elem.name);
      }
      if (cols.length) out.push({ columns: cols, notNullOn });
    }
    const alter = alterTableCommands(s.node);
    if (alter && sameTable(alter.table)) {
      for (const cmd of alter.cmds) {
        const c = cmd.subtype === 'AT_AddConstraint' ? nodeOf(cmd.def, 'Constraint') : undefined;
        if (keyed(c) && Array.isArray(c!.keys)) out.push({ columns: stringList(c!.keys), notNullOn: [] });
      }
    }
  }
  return out;
}
