/**
 * unqualified-table: a table named without its schema is resolved through search_path at run time. The tool's
 * session, psql, a restore and the application can all have different search paths, so the same migration
 * creates or changes a table in `public` on one database and in the service's schema on another.
 */
import { as, stringList } from '../sql/ast.js';
import { nameRange, relationName } from '../sql/facts.js';
import { findName, statementTokens } from '../sql/tokens.js';
import type { Token } from '../sql/tokens.js';
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
    const ctes = new Set<string>();
    const relations: Body[] = [];
    collect(stmt.node, false, ctes, relations);
    const seen = new Set<number>();
    for (const rv of relations) {
      const q = relationName(rv);
      if (!q || q.schema || q.temporary) continue;
      if (ctes.has(q.name) || tempTables?.has(q.name)) continue;
      // System catalogs (pg_class, pg_namespace...) are always found first, whatever the search_path.
      if (q.name.startsWith('pg_')) continue;
      if (q.location !== undefined && seen.has(q.location)) continue;
      if (q.location !== undefined) seen.add(q.location);
      const range = nameRange(q, facts.sql, stmt);
      report({ messageId: 'unqualified', data: { table: q.name, suggestion: `${facts.serviceSchema}.${q.name}` }, start: range.start, end: range.end });
    }
    // DROP lists carry names, not RangeVars, and no locations.
    const drop = as<{ removeType?: string; objects?: unknown[] }>(stmt.node, 'DropStmt');
    if (drop && DROPPED_RELATIONS.has(drop.removeType ?? '')) {
      // Lexed only for a bare name: most DROPs in down files name schema.table.
      let tokens: Token[] | undefined;
      let from = 0;
      for (const o of drop.objects ?? []) {
        const parts = stringList(as<{ items?: unknown }>(o, 'List')?.items);
        if (parts.length !== 1) continue;
        const name = parts[0]!;
        if (tempTables?.has(name.toLowerCase()) || name.startsWith('pg_')) continue;
        tokens ??= statementTokens(facts.sql, stmt);
        const range = findName(tokens, parts, from);
        if (range) from = tokens.findIndex((t) => t.start >= range.end);
        if (from < 0) from = tokens.length;
        report({ messageId: 'unqualified', data: { table: name, suggestion: `${facts.serviceSchema}.${name}` }, start: range?.start ?? stmt.start, end: range?.end ?? stmt.end });
      }
    }
  },
});

/**
 * Gathers RangeVar bodies (wrapped `{RangeVar: {...}}` in lists, bare in `relation` fields) and CTE names.
 * Tables inside CREATE SCHEMA ... CREATE TABLE belong to that schema, so they are skipped.
 */
function collect(node: unknown, inSchema: boolean, ctes: Set<string>, out: Body[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, inSchema, ctes, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as Body;
  if (typeof obj.relname === 'string') {
    if (!inSchema) out.push(obj);
    return;
  }
  // for-in, not Object.entries: the same keys in the same order (parser output has no inherited keys) without an
  // array of pairs per AST node, which showed in profiles at 10,000 migrations.
  for (const key in obj) {
    const value = obj[key];
    if (value === null || typeof value !== 'object') continue;
    if (key === 'CommonTableExpr') {
      const name = (value as Body).ctename;
      if (typeof name === 'string') ctes.add(name.toLowerCase());
    }
    collect(value, inSchema || key === 'CreateSchemaStmt', ctes, out);
  }
}
