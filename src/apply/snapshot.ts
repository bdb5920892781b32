/**
 * A comparable picture of a database schema, read from pg_catalog (information_schema hides indexes,
 * functions' bodies and enum order). `verify` takes one before a migration's up and one after its down; `diff`
 * one per side; `drift` one of the live database and one of its replayed migrations. The same SQL runs on a
 * real server (PostgreSQL 12+) and on PGlite (PostgreSQL 18): only what both versions print alike is compared
 * (PostgreSQL 18's NOT NULL constraints are left to the column's `not null`).
 * The comparison itself is src/core/schema-diff.ts.
 */
import type { ObjectKind, SchemaObject, SchemaSnapshot } from '../core/schema-diff.js';
import { changeLine, compareSnapshots } from '../core/schema-diff.js';
import { quoteLiteral } from './literal.js';
import type { Database } from './db/types.js';

export type { SchemaSnapshot };

/** svc-migrate's own tables in `public` (and their sequences, indexes, constraints) are not part of a service's schema. */
const TRACKING = /_(schema_migrations|migration_performance)(_|$)/;

/** `n` is the pg_namespace alias of the query. */
function schemaFilter(schemas: readonly string[] | undefined): string {
  if (schemas && schemas.length > 0) return `n.nspname IN (${schemas.map(quoteLiteral).join(', ')})`;
  return `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'`;
}

/** Objects created by CREATE EXTENSION belong to the extension, which is listed on its own. */
function notFromExtension(catalog: string, oid: string): string {
  return `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;
}

/** The comment on an object, as an attribute. */
function comment(oid: string, catalog: string): string {
  return `'comment', obj_description(${oid}, '${catalog}')`;
}

interface Row {
  kind: ObjectKind;
  name: string;
  schema: string | null;
  /** The qualified table it belongs to. */
  tbl: string | null;
  /** The bare name of that table (or of the relation itself), for leaving out the tracking tables. */
  owner: string | null;
  /** json_build_object(...)::text of the properties; nulls are dropped. */
  attrs: string;
  /** A column's attnum. */
  pos: number | null;
}

const QUALIFIED_TABLE = `n.nspname || '.' || c.relname`;

/** Tables and what their definition holds: columns, constraints, indexes. */
function relationQueries(where: string): string[] {
  return [
    `SELECT 'table' AS kind, ${QUALIFIED_TABLE} AS name, n.nspname AS schema, NULL AS tbl, c.relname AS owner,
            json_build_object('partitioned', CASE WHEN c.relkind = 'p' THEN 'yes' END,
              'row level security', CASE WHEN c.relrowsecurity THEN 'enabled' END,
              'force row level security', CASE WHEN c.relforcerowsecurity THEN 'yes' END,
              ${comment('c.oid', 'pg_class')})::text AS attrs, NULL::int AS pos
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND ${where} AND ${notFromExtension('pg_class', 'c.oid')}`,
    `SELECT 'column' AS kind, ${QUALIFIED_TABLE} || '.' || a.attname AS name, n.nspname AS schema,
            ${QUALIFIED_TABLE} AS tbl, c.relname AS owner,
            json_build_object('type', format_type(a.atttypid, a.atttypmod),
              'not null', CASE WHEN a.attnotnull THEN 'yes' END,
              'default', CASE WHEN a.attgenerated::text = '' THEN pg_get_expr(ad.adbin, ad.adrelid) END,
              'identity', CASE a.attidentity::text WHEN 'a' THEN 'always' WHEN 'd' THEN 'by default' END,
              'generated', CASE WHEN a.attgenerated::text <> '' THEN pg_get_expr(ad.adbin, ad.adrelid) END,
              'collation', CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation
                THEN (SELECT collname FROM pg_collation WHERE oid = a.attcollation) END,
              'comment', col_description(c.oid, a.attnum))::text AS attrs, a.attnum::int AS pos
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped AND ${where}
        AND ${notFromExtension('pg_class', 'c.oid')}`,
    // contype 'n' (PostgreSQL 18's NOT NULL constraints) is the column's `not null`, which older servers lack.
    `SELECT 'constraint' AS kind, ${QUALIFIED_TABLE} || '.' || con.conname AS name, n.nspname AS schema,
            ${QUALIFIED_TABLE} AS tbl, c.relname AS owner,
            json_build_object('type', CASE con.contype WHEN 'p' THEN 'primary key' WHEN 'u' THEN 'unique' WHEN 'c' THEN 'check'
                WHEN 'f' THEN 'foreign key' WHEN 'x' THEN 'exclusion' WHEN 't' THEN 'trigger' ELSE con.contype::text END,
              'definition', pg_get_constraintdef(con.oid),
              'columns', (SELECT string_agg(quote_ident(att.attname), ', ' ORDER BY k.i) FROM unnest(con.conkey) WITH ORDINALITY k(attnum, i)
                          JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = k.attnum),
              'references', CASE WHEN con.contype = 'f' THEN (SELECT rn.nspname || '.' || rc.relname FROM pg_class rc
                          JOIN pg_namespace rn ON rn.oid = rc.relnamespace WHERE rc.oid = con.confrelid) END,
              'referenced columns', (SELECT string_agg(quote_ident(att.attname), ', ' ORDER BY k.i) FROM unnest(con.confkey) WITH ORDINALITY k(attnum, i)
                          JOIN pg_attribute att ON att.attrelid = con.confrelid AND att.attnum = k.attnum),
              'on update', CASE WHEN con.contype = 'f' THEN ${fkAction('con.confupdtype')} END,
              'on delete', CASE WHEN con.contype = 'f' THEN ${fkAction('con.confdeltype')} END,
              'deferrable', CASE WHEN con.condeferred THEN 'initially deferred' WHEN con.condeferrable THEN 'yes' END,
              'validated', CASE WHEN NOT con.convalidated THEN 'no' END,
              ${comment('con.oid', 'pg_constraint')})::text AS attrs, NULL::int AS pos
       FROM pg_constraint con
       JOIN pg_class c ON c.oid = con.conrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE con.contype <> 'n' AND ${where}`,
    `SELECT 'index' AS kind, n.nspname || '.' || i.relname AS name, n.nspname AS schema,
            ${QUALIFIED_TABLE} AS tbl, c.relname AS owner,
            json_build_object('definition', pg_get_indexdef(x.indexrelid),
              'method', am.amname,
              'columns', (SELECT string_agg(pg_get_indexdef(x.indexrelid, k, true), ', ' ORDER BY k)
                            FROM generate_series(1, x.indnkeyatts) k),
              'include', (SELECT string_agg(pg_get_indexdef(x.indexrelid, k, true), ', ' ORDER BY k)
                            FROM generate_series(x.indnkeyatts + 1, x.indnatts) k),
              'unique', CASE WHEN x.indisunique THEN 'yes' END,
              'predicate', pg_get_expr(x.indpred, x.indrelid, true),
              ${comment('i.oid', 'pg_class')})::text AS attrs, NULL::int AS pos
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class c ON c.oid = x.indrelid
       JOIN pg_am am ON am.oid = i.relam
       JOIN pg_namespace n ON n.oid = i.relnamespace
      WHERE ${where} AND ${notFromExtension('pg_class', 'c.oid')}`,
  ];
}

/** Sequences, views, triggers and policies. */
function dependentQueries(where: string): string[] {
  return [
    // Identity columns' sequences are the column's `identity`; a serial's (deptype 'a') belongs to its table.
    `SELECT 'sequence' AS kind, ${QUALIFIED_TABLE} AS name, n.nspname AS schema,
            (SELECT tn.nspname || '.' || tc.relname FROM pg_depend d JOIN pg_class tc ON tc.oid = d.refobjid
               JOIN pg_namespace tn ON tn.oid = tc.relnamespace
              WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'a'
              LIMIT 1) AS tbl, c.relname AS owner,
            json_build_object('type', format_type(s.seqtypid, NULL), 'start', s.seqstart::text, 'increment', s.seqincrement::text,
              'min', s.seqmin::text, 'max', s.seqmax::text, 'cycle', CASE WHEN s.seqcycle THEN 'yes' END,
              ${comment('c.oid', 'pg_class')})::text AS attrs, NULL::int AS pos
       FROM pg_sequence s
       JOIN pg_class c ON c.oid = s.seqrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${where} AND ${notFromExtension('pg_class', 'c.oid')}
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'i')`,
    `SELECT CASE c.relkind WHEN 'm' THEN 'materialized view' ELSE 'view' END AS kind,
            ${QUALIFIED_TABLE} AS name, n.nspname AS schema, NULL AS tbl, c.relname AS owner,
            json_build_object('definition', btrim(regexp_replace(pg_get_viewdef(c.oid, true), '\\s+', ' ', 'g')),
              ${comment('c.oid', 'pg_class')})::text AS attrs, NULL::int AS pos
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('v', 'm') AND ${where} AND ${notFromExtension('pg_class', 'c.oid')}`,
    `SELECT 'trigger' AS kind, ${QUALIFIED_TABLE} || '.' || tg.tgname AS name, n.nspname AS schema,
            ${QUALIFIED_TABLE} AS tbl, c.relname AS owner,
            json_build_object('definition', pg_get_triggerdef(tg.oid),
              'enabled', CASE tg.tgenabled WHEN 'D' THEN 'disabled' WHEN 'R' THEN 'replica' WHEN 'A' THEN 'always' END,
              ${comment('tg.oid', 'pg_trigger')})::text AS attrs, NULL::int AS pos
       FROM pg_trigger tg
       JOIN pg_class c ON c.oid = tg.tgrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT tg.tgisinternal AND ${where}`,
    `SELECT 'policy' AS kind, ${QUALIFIED_TABLE} || '.' || pol.polname AS name, n.nspname AS schema,
            ${QUALIFIED_TABLE} AS tbl, c.relname AS owner,
            json_build_object('command', CASE pol.polcmd WHEN 'r' THEN 'select' WHEN 'a' THEN 'insert' WHEN 'w' THEN 'update'
                WHEN 'd' THEN 'delete' ELSE 'all' END,
              'permissive', CASE WHEN pol.polpermissive THEN 'permissive' ELSE 'restrictive' END,
              'roles', (SELECT string_agg(CASE WHEN r = 0 THEN 'public' ELSE pg_get_userbyid(r) END, ', ' ORDER BY 1)
                          FROM unnest(pol.polroles) r),
              'using', pg_get_expr(pol.polqual, pol.polrelid),
              'check', pg_get_expr(pol.polwithcheck, pol.polrelid),
              ${comment('pol.oid', 'pg_policy')})::text AS attrs, NULL::int AS pos
       FROM pg_policy pol
       JOIN pg_class c ON c.oid = pol.polrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${where}`,
  ];
}

function fkAction(column: string): string {
  return `CASE ${column} WHEN 'a' THEN 'no action' WHEN 'r' THEN 'restrict' WHEN 'c' THEN 'cascade' WHEN 'n' THEN 'set null' WHEN 'd' THEN 'set default' END`;
}

function otherQueries(where: string): string[] {
  return [
    `SELECT 'schema' AS kind, n.nspname AS name, n.nspname AS schema, NULL AS tbl, n.nspname AS owner,
            json_build_object(${comment('n.oid', 'pg_namespace')})::text AS attrs, NULL::int AS pos
       FROM pg_namespace n WHERE ${where} AND ${notFromExtension('pg_namespace', 'n.oid')}`,
    `SELECT 'extension' AS kind, e.extname AS name, NULL AS schema, NULL AS tbl, NULL AS owner,
            json_build_object('version', e.extversion, 'schema', (SELECT nspname FROM pg_namespace WHERE oid = e.extnamespace))::text AS attrs, NULL::int AS pos
       FROM pg_extension e WHERE e.extname <> 'plpgsql'`,
    // A routine's body is compared by digest: diff and drift say "body changed" rather than print two bodies.
    `SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END AS kind,
            n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS name,
            n.nspname AS schema, NULL AS tbl, NULL AS owner,
            json_build_object('returns', pg_get_function_result(p.oid),
              'language', l.lanname,
              'volatility', CASE p.provolatile WHEN 'i' THEN 'immutable' WHEN 's' THEN 'stable' END,
              'strict', CASE WHEN p.proisstrict THEN 'yes' END,
              'security definer', CASE WHEN p.prosecdef THEN 'yes' END,
              'body', md5(CASE WHEN p.prokind IN ('f', 'p') AND p.prosqlbody IS NOT NULL THEN pg_get_functiondef(p.oid) ELSE coalesce(p.prosrc, '') END),
              ${comment('p.oid', 'pg_proc')})::text AS attrs, NULL::int AS pos
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
      WHERE ${where} AND ${notFromExtension('pg_proc', 'p.oid')}`,
    `SELECT 'enum' AS kind, n.nspname || '.' || t.typname AS name, n.nspname AS schema, NULL AS tbl, NULL AS owner,
            json_build_object('values', (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
                FROM pg_enum e WHERE e.enumtypid = t.oid),
              ${comment('t.oid', 'pg_type')})::text AS attrs, NULL::int AS pos
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE t.typtype = 'e' AND ${where} AND ${notFromExtension('pg_type', 't.oid')}`,
    `SELECT 'domain' AS kind, n.nspname || '.' || t.typname AS name, n.nspname AS schema, NULL AS tbl, NULL AS owner,
            json_build_object('type', format_type(t.typbasetype, t.typtypmod), 'not null', CASE WHEN t.typnotnull THEN 'yes' END,
              'default', t.typdefault,
              'constraints', (SELECT string_agg(pg_get_constraintdef(con.oid), ' ' ORDER BY con.conname)
                 FROM pg_constraint con WHERE con.contypid = t.oid AND con.contype <> 'n'),
              ${comment('t.oid', 'pg_type')})::text AS attrs, NULL::int AS pos
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE t.typtype = 'd' AND ${where} AND ${notFromExtension('pg_type', 't.oid')}`,
    `SELECT 'type' AS kind, n.nspname || '.' || t.typname AS name, n.nspname AS schema, NULL AS tbl, NULL AS owner,
            json_build_object('attributes', (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
                FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped),
              ${comment('t.oid', 'pg_type')})::text AS attrs, NULL::int AS pos
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_class c ON c.oid = t.typrelid
      WHERE t.typtype = 'c' AND c.relkind = 'c' AND ${where} AND ${notFromExtension('pg_type', 't.oid')}`,
  ];
}

/** The properties of a row without the unset ones. */
function attributesOf(text: string): Record<string, string> {
  const parsed = JSON.parse(text) as Record<string, string | null>;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(parsed)) if (v !== null && v !== undefined) out[k] = String(v);
  return out;
}

/**
 * Reads the schema objects of the given schemas (default: every non-system schema), leaving out svc-migrate's
 * tracking tables; extensions are read only when no schema is named. Works on `pg` and PGlite alike.
 */
export async function snapshotSchema(db: Database, schemas?: string[]): Promise<SchemaSnapshot> {
  const where = schemaFilter(schemas);
  const named = schemas !== undefined && schemas.length > 0;
  const found: [string, SchemaObject][] = [];
  // One round trip: the queries are independent, and a round trip costs more than any of them on PGlite.
  const sql = [...otherQueries(where), ...relationQueries(where), ...dependentQueries(where)].map((q) => `(${q})`).join('\nUNION ALL\n');
  const { rows } = await db.query<Row>(sql);
  for (const row of rows) {
    if (row.owner && row.schema === 'public' && TRACKING.test(row.owner)) continue;
    if (row.kind === 'extension' && named) continue;
    const object: SchemaObject = {
      kind: row.kind,
      name: row.name,
      ...(row.schema === null ? {} : { schema: row.schema }),
      ...(row.tbl === null ? {} : { table: row.tbl }),
      attributes: attributesOf(row.attrs),
      ...(row.pos === null ? {} : { position: row.pos }),
    };
    found.push([`${row.kind} ${row.name}`, object]);
  }
  found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { objects: Object.fromEntries(found) };
}

/**
 * What changed from `before` to `after`, one readable line per object (see `changeLine`), sorted by object;
 * empty when the schemas are equal.
 */
export function diffSnapshots(before: SchemaSnapshot, after: SchemaSnapshot): string[] {
  return compareSnapshots(before, after).map(changeLine);
}
