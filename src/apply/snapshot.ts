/**
 * A comparable picture of a database schema, read from pg_catalog (information_schema hides indexes,
 * functions' bodies and enum order). `verify` takes one before a migration's up and one after its down: they
 * must be equal. The same SQL runs on a real server and on PGlite.
 */
import type { Database } from './db/types.js';

/**
 * Every object as `"<kind> <qualified name>" -> description`. Two snapshots are equal when their maps are.
 * Plain object so that it serializes to JSON as is.
 */
export interface SchemaSnapshot {
  objects: Record<string, string>;
}

/** svc-migrate's own tables in `public` (and their sequences, indexes, constraints) are not part of a service's schema. */
const TRACKING = /_(schema_migrations|migration_performance)(_|$)/;

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** `n` is the pg_namespace alias of the query. */
function schemaFilter(schemas: readonly string[] | undefined): string {
  if (schemas && schemas.length > 0) return `n.nspname IN (${schemas.map(quoteLiteral).join(', ')})`;
  return `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'`;
}

/** Objects created by CREATE EXTENSION belong to the extension, which is listed on its own. */
function notFromExtension(catalog: string, oid: string): string {
  return `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;
}

interface Row {
  kind: string;
  name: string;
  /** The table it belongs to, for filtering out the tracking tables. */
  owner?: string | null;
  detail: string | null;
}

function queries(schemas: readonly string[] | undefined): string[] {
  const where = schemaFilter(schemas);
  return [
    `SELECT 'schema' AS kind, n.nspname AS name, n.nspname AS owner, '' AS detail
       FROM pg_namespace n WHERE ${where} AND ${notFromExtension('pg_namespace', 'n.oid')}`,
    `SELECT 'extension' AS kind, e.extname AS name, NULL AS owner, e.extversion AS detail FROM pg_extension e
      WHERE e.extname <> 'plpgsql'`,
    `SELECT CASE c.relkind WHEN 'p' THEN 'partitioned table' ELSE 'table' END AS kind,
            n.nspname || '.' || c.relname AS name, c.relname AS owner,
            CASE WHEN c.relrowsecurity THEN 'row level security' ELSE '' END AS detail
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND ${where} AND ${notFromExtension('pg_class', 'c.oid')}`,
    `SELECT 'column' AS kind, n.nspname || '.' || c.relname || '.' || a.attname AS name, c.relname AS owner,
            format_type(a.atttypid, a.atttypmod)
              || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
              || CASE WHEN a.attidentity::text <> '' THEN ' identity ' || a.attidentity::text ELSE '' END
              || CASE WHEN a.attgenerated::text <> '' THEN ' generated ' || coalesce(pg_get_expr(ad.adbin, ad.adrelid), '')
                      WHEN ad.adbin IS NOT NULL THEN ' default ' || pg_get_expr(ad.adbin, ad.adrelid) ELSE '' END
              || CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation
                      THEN ' collate ' || (SELECT collname FROM pg_collation WHERE oid = a.attcollation) ELSE '' END
              AS detail
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped AND ${where}
        AND ${notFromExtension('pg_class', 'c.oid')}`,
    `SELECT 'constraint' AS kind, n.nspname || '.' || c.relname || '.' || con.conname AS name, c.relname AS owner,
            pg_get_constraintdef(con.oid) AS detail
       FROM pg_constraint con
       JOIN pg_class c ON c.oid = con.conrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${where}`,
    `SELECT 'index' AS kind, n.nspname || '.' || i.relname AS name, c.relname AS owner,
            pg_get_indexdef(x.indexrelid) AS detail
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class c ON c.oid = x.indrelid
       JOIN pg_namespace n ON n.oid = i.relnamespace
      WHERE ${where} AND ${notFromExtension('pg_class', 'c.oid')}`,
    `SELECT 'sequence' AS kind, n.nspname || '.' || c.relname AS name, c.relname AS owner,
            format_type(s.seqtypid, NULL) || ' start ' || s.seqstart || ' increment ' || s.seqincrement
              || ' min ' || s.seqmin || ' max ' || s.seqmax || CASE WHEN s.seqcycle THEN ' cycle' ELSE '' END AS detail
       FROM pg_sequence s
       JOIN pg_class c ON c.oid = s.seqrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${where} AND ${notFromExtension('pg_class', 'c.oid')}`,
    `SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END AS kind,
            n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS name,
            NULL AS owner,
            coalesce(pg_get_function_result(p.oid), '') || ' md5 '
              || md5(CASE WHEN p.prokind IN ('f', 'p') THEN pg_get_functiondef(p.oid) ELSE coalesce(p.prosrc, '') END)
              AS detail
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE ${where} AND ${notFromExtension('pg_proc', 'p.oid')}`,
    `SELECT CASE c.relkind WHEN 'm' THEN 'materialized view' ELSE 'view' END AS kind,
            n.nspname || '.' || c.relname AS name, c.relname AS owner,
            btrim(regexp_replace(pg_get_viewdef(c.oid, true), '\\s+', ' ', 'g')) AS detail
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('v', 'm') AND ${where} AND ${notFromExtension('pg_class', 'c.oid')}`,
    `SELECT 'enum' AS kind, n.nspname || '.' || t.typname AS name, NULL AS owner,
            (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
               FROM pg_enum e WHERE e.enumtypid = t.oid) AS detail
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE t.typtype = 'e' AND ${where} AND ${notFromExtension('pg_type', 't.oid')}`,
    `SELECT 'domain' AS kind, n.nspname || '.' || t.typname AS name, NULL AS owner,
            format_type(t.typbasetype, t.typtypmod) || CASE WHEN t.typnotnull THEN ' not null' ELSE '' END
              || coalesce(' default ' || t.typdefault, '')
              || coalesce((SELECT ' ' || string_agg(pg_get_constraintdef(con.oid), ' ' ORDER BY con.conname)
                             FROM pg_constraint con WHERE con.contypid = t.oid), '') AS detail
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE t.typtype = 'd' AND ${where} AND ${notFromExtension('pg_type', 't.oid')}`,
    `SELECT 'type' AS kind, n.nspname || '.' || t.typname AS name, NULL AS owner,
            (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
               FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) AS detail
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_class c ON c.oid = t.typrelid
      WHERE t.typtype = 'c' AND c.relkind = 'c' AND ${where} AND ${notFromExtension('pg_type', 't.oid')}`,
    `SELECT 'trigger' AS kind, n.nspname || '.' || c.relname || '.' || tg.tgname AS name, c.relname AS owner,
            pg_get_triggerdef(tg.oid) AS detail
       FROM pg_trigger tg
       JOIN pg_class c ON c.oid = tg.tgrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT tg.tgisinternal AND ${where}`,
    `SELECT 'policy' AS kind, n.nspname || '.' || c.relname || '.' || pol.polname AS name, c.relname AS owner,
            pol.polcmd::text || ' ' || coalesce(pg_get_expr(pol.polqual, pol.polrelid), '')
              || coalesce(' check ' || pg_get_expr(pol.polwithcheck, pol.polrelid), '') AS detail
       FROM pg_policy pol
       JOIN pg_class c ON c.oid = pol.polrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${where}`,
  ];
}

/**
 * Reads the schema objects of the given schemas (default: every non-system schema), leaving out svc-migrate's
 * tracking tables. Works on `pg` and PGlite alike.
 */
export async function snapshotSchema(db: Database, schemas?: string[]): Promise<SchemaSnapshot> {
  const objects: Record<string, string> = {};
  for (const sql of queries(schemas)) {
    const { rows } = await db.query<Row>(sql);
    for (const row of rows) {
      if (row.owner && row.name.startsWith('public.') && TRACKING.test(row.owner)) continue;
      if (row.kind === 'extension' && schemas && schemas.length > 0) continue;
      objects[`${row.kind} ${row.name}`] = row.detail ?? '';
    }
  }
  return { objects: sortKeys(objects) };
}

function sortKeys(objects: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(objects).sort()) out[key] = objects[key] as string;
  return out;
}

/** A column's description follows its name (`- column s.t.c text`); other objects' after a colon. */
function describe(key: string, detail: string): string {
  if (detail === '') return key;
  return key.startsWith('column ') ? `${key} ${detail}` : `${key}: ${detail}`;
}

/**
 * What changed from `before` to `after`, one readable line per object: `+ index s.users_email_idx: CREATE
 * INDEX ...` (added), `- column s.users.bio text` (removed), `~ column s.users.bio: text -> character
 * varying(20)` (changed). Sorted by object; empty when the schemas are equal.
 */
export function diffSnapshots(before: SchemaSnapshot, after: SchemaSnapshot): string[] {
  const lines: string[] = [];
  const keys = [...new Set([...Object.keys(before.objects), ...Object.keys(after.objects)])].sort();
  for (const key of keys) {
    const a = before.objects[key];
    const b = after.objects[key];
    if (a === undefined && b !== undefined) lines.push(`+ ${describe(key, b)}`);
    else if (a !== undefined && b === undefined) lines.push(`- ${describe(key, a)}`);
    else if (a !== b) lines.push(`~ ${key}: ${a} -> ${b}`);
  }
  return lines;
}
