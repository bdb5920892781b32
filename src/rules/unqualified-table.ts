/**
 * unqualified-table: a table named without its schema is resolved through search_path at run time. The tool's
 * session, psql, a restore and the application can all have different search paths, so the same migration
 * creates or changes a table in `public` on one database and in the service's schema on another.
 */
import { nodeOf, quoteIdent, stringList } from '../sql/ast.js';
import { nameRange, relationName } from '../sql/facts.js';
import { findName, statementTokens } from '../sql/tokens.js';
import type { Token } from '../sql/tokens.js';
import type { CommonTableExpr, WithClause } from '../sql/ast-types.js';
import { createRule } from './types.js';

type Body = Record<string, unknown>;

/** DROP of these object types names relations, which live in a schema. */
const DROPPED_RELATIONS = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_SEQUENCE', 'OBJECT_INDEX', 'OBJECT_FOREIGN_TABLE']);

export default createRule({
  id: 'unqualified-table',
  description: 'A table named without its schema (CREATE/ALTER/DROP/INSERT/UPDATE/DELETE/FROM/JOIN/REFERENCES/INDEX ON); CTE names are not tables.',
  severity: 'warning',
  direction: 'both',
  messages: {
    unqualified:
      '{{table}} is not schema-qualified, so PostgreSQL looks it up through search_path, which differs between the migration session, psql and the application: the statement can create or change an object (table, index, sequence...) in another schema (usually public) than the one the service reads.',
  },
  help: 'Qualify the name with the service schema: {{suggestion}}.',
  check({ stmt, facts, tempTables, report }) {
    const relations: Body[] = [];
    collect(stmt.node, undefined, false, false, relations);
    const seen = new Set<number>();
    for (const rv of relations) {
      const q = relationName(rv);
      if (!q || q.schema || q.temporary) continue;
      if (tempTables?.has(q.name)) continue;
      // System catalogs (pg_class, pg_namespace...) are always found first, whatever the search_path.
      if (q.name.startsWith('pg_')) continue;
      if (q.location !== undefined && seen.has(q.location)) continue;
      if (q.location !== undefined) seen.add(q.location);
      const range = nameRange(q, facts.sql, stmt);
      report({ messageId: 'unqualified', data: { table: quoteIdent(q.name), suggestion: `${facts.serviceSchema}.${quoteIdent(q.name)}` }, start: range.start, end: range.end });
    }
    // DROP lists carry names, not RangeVars, and no locations.
    const drop = nodeOf(stmt.node, 'DropStmt');
    if (drop && DROPPED_RELATIONS.has(drop.removeType ?? '')) {
      // Lexed only for a bare name: most DROPs in down files name schema.table.
      let tokens: Token[] | undefined;
      let from = 0;
      for (const o of drop.objects ?? []) {
        const parts = stringList(nodeOf(o, 'List')?.items);
        if (parts.length !== 1) continue;
        const name = parts[0]!;
        if (tempTables?.has(name) || name.startsWith('pg_')) continue;
        tokens ??= statementTokens(facts.sql, stmt);
        const range = findName(tokens, parts, from);
        if (range) from = tokens.findIndex((t) => t.start >= range.end);
        if (from < 0) from = tokens.length;
        report({ messageId: 'unqualified', data: { table: quoteIdent(name), suggestion: `${facts.serviceSchema}.${quoteIdent(name)}` }, start: range?.start ?? stmt.start, end: range?.end ?? stmt.end });
      }
    }
  },
});

/** CTE names visible at a point of the tree: the WITH lists of the enclosing queries, innermost first. */
interface CteScope {
  names: ReadonlySet<string>;
  parent: CteScope | undefined;
}

function inScope(scope: CteScope | undefined, name: string): boolean {
  for (let s = scope; s; s = s.parent) if (s.names.has(name)) return true;
  return false;
}

/** Statements whose `relation` is the table they modify. */
const DML = new Set(['InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt']);

/**
 * Gathers the RangeVar bodies (wrapped `{RangeVar: {...}}` in lists, bare in `relation` fields) that name a table,
 * leaving out the ones that resolve to a CTE. As in PostgreSQL (parse_cte.c), a WITH list's names are visible in
 * the query that owns it and that query's subqueries, and inside the list a CTE sees the CTEs before it (under
 * RECURSIVE, every CTE of the list, itself included); an inner WITH hides only inside its own query. A target of
 * INSERT/UPDATE/DELETE/MERGE and the new table of SELECT INTO are never a CTE (setTargetTable ignores CTEs), and
 * `FOR UPDATE OF x` names a FROM item, not a table. Tables inside CREATE SCHEMA ... CREATE TABLE belong to that
 * schema, so they are skipped.
 */
function collect(node: unknown, scope: CteScope | undefined, dml: boolean, inSchema: boolean, out: Body[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, scope, false, inSchema, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as Body;
  if (typeof obj.relname === 'string') {
    if (!inSchema && (typeof obj.schemaname === 'string' || !inScope(scope, obj.relname))) out.push(obj);
    return;
  }
  let inner = scope;
  const withClause = obj.withClause as WithClause | undefined;
  if (withClause !== null && typeof withClause === 'object') {
    const names = new Set<string>();
    const recursive = withClause.recursive === true;
    const ctes: CommonTableExpr[] = [];
    for (const c of Array.isArray(withClause.ctes) ? withClause.ctes : []) {
      const cte = nodeOf(c, 'CommonTableExpr');
      if (!cte) continue;
      ctes.push(cte);
      if (recursive && typeof cte.ctename === 'string') names.add(cte.ctename);
    }
    inner = { names, parent: scope };
    for (const cte of ctes) {
      // The set grows as the list is read, so each CTE sees only the ones before it (all of them when recursive).
      collect(cte.ctequery, inner, false, inSchema, out);
      if (typeof cte.ctename === 'string') names.add(cte.ctename);
    }
  }
  // for-in, not Object.entries: the same keys in the same order (parser output has no inherited keys) without an
  // array of pairs per AST node, which showed in profiles at 10,000 migrations.
  for (const key in obj) {
    if (key === 'withClause' || key === 'lockedRels') continue;
    const value = obj[key];
    if (value === null || typeof value !== 'object') continue;
    const target = (dml && key === 'relation') || key === 'intoClause' || key === 'into';
    // Node kinds are the only capitalised keys: test the first letter before the set (this loop is hot).
    const upper = key.charCodeAt(0) <= 90;
    collect(value, target ? undefined : inner, upper && DML.has(key), inSchema || (upper && key === 'CreateSchemaStmt'), out);
  }
}
