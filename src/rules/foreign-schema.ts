/**
 * foreign-schema: a service's migration that writes into another service's schema. Each service owns its
 * schema; a write from outside is invisible to the owner's migrations, breaks their rollbacks, and couples
 * deploy order between services.
 */
import { nodeOf, rangeVarOf, stringList } from '../sql/ast.js';
import type { IntoClause } from '../sql/ast-types.js';
import { tableWrites } from '../sql/facts.js';
import { findName, statementTokens } from '../sql/tokens.js';
import type { ParsedSql, Statement } from '../sql/parser.js';
import { createRule } from './types.js';

interface Target {
  schema: string;
  object: string;
  /** Where to report; computed only for a foreign schema (locating a name lexes the statement). */
  range(): { start: number; end: number };
}

export default createRule({
  id: 'foreign-schema',
  description: "A service's migration that writes into another service's schema.",
  severity: 'error',
  direction: 'both',
  messages: {
    foreign:
      '{{object}} belongs to schema {{schema}}, which is owned by another service: changing it from {{service}} bypasses that service\'s migrations, so its history, rollbacks and deploy order no longer describe its own schema.',
  },
  help: "Make the change in a migration of the service that owns {{schema}}, and declare a cross_service_dependencies entry if this service needs it first. Writes to your own schema ({{own}}) or shared schemas (public) are fine.",
  check({ stmt, facts, report }) {
    for (const t of targets(stmt, facts.sql)) {
      if (t.schema === facts.serviceSchema || !facts.allServiceSchemas.has(t.schema)) continue;
      report({ messageId: 'foreign', data: { object: t.object, schema: t.schema, service: facts.service, own: facts.serviceSchema }, ...t.range() });
    }
  },
});

/** Schema-qualified things a statement changes: tables (see tableWrites) and objects created/dropped in a schema. */
function targets(stmt: Statement, sql: ParsedSql): Target[] {
  const out: Target[] = [];
  // Names first; where a name is written only for a foreign schema. The located list has the same entries in
  // the same order, and locating every write of every statement was this rule's main cost.
  tableWrites(stmt).forEach((w, i) => {
    if (!w.schema) return;
    const located = () => tableWrites(stmt, sql)[i] ?? w;
    out.push({ schema: w.schema, object: `${w.schema}.${w.name}`, range: () => ({ start: located().start, end: located().end }) });
  });
  const qualified = (parts: string[]): void => {
    if (parts.length < 2) return;
    const schema = parts[parts.length - 2]!.toLowerCase();
    out.push({ schema, object: parts.join('.').toLowerCase(), range: () => findName(statementTokens(sql, stmt), parts) ?? { start: stmt.start, end: stmt.end } });
  };
  const schemaOnly = (name: string): void => {
    out.push({ schema: name.toLowerCase(), object: `schema ${name.toLowerCase()}`, range: () => findName(statementTokens(sql, stmt), [name]) ?? { start: stmt.start, end: stmt.end } });
  };
  const rv = (x: unknown): void => {
    const body = rangeVarOf(x);
    if (body?.schemaname && body.relname) qualified([body.schemaname, body.relname]);
  };
  const node = stmt.node as unknown as Record<string, Record<string, unknown> | undefined>;
  const b = node[stmt.kind];
  if (!b) return out;
  switch (stmt.kind) {
    case 'CreateSchemaStmt':
      if (typeof b.schemaname === 'string') schemaOnly(b.schemaname);
      break;
    case 'ViewStmt':
      rv(b.view);
      break;
    case 'CreateSeqStmt':
    case 'AlterSeqStmt':
      rv(b.sequence);
      break;
    case 'CreateTableAsStmt':
      if (b.objtype === 'OBJECT_MATVIEW') rv((b.into as IntoClause | undefined)?.rel);
      break;
    case 'CreateFunctionStmt':
      qualified(stringList(b.funcname));
      break;
    case 'CreateEnumStmt':
      qualified(stringList(b.typeName));
      break;
    case 'CompositeTypeStmt':
      rv(b.typevar);
      break;
    case 'DefineStmt':
      qualified(stringList(b.defnames));
      break;
    case 'DropStmt':
      if (b.removeType === 'OBJECT_TABLE') break; // counted by tableWrites
      for (const o of Array.isArray(b.objects) ? b.objects : []) {
        if (b.removeType === 'OBJECT_SCHEMA') {
          const name = stringList([o])[0];
          if (name) schemaOnly(name);
        } else if (b.removeType !== 'OBJECT_TRIGGER' && b.removeType !== 'OBJECT_RULE' && b.removeType !== 'OBJECT_POLICY') {
          const items = nodeOf(o, 'List')?.items;
          const parts = items ? stringList(items) : stringList(nodeOf(o, 'ObjectWithArgs')?.objname);
          qualified(parts);
        }
      }
      break;
    default:
      break;
  }
  return out;
}
