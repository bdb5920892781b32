/**
 * `baseline`: records as applied, without running them, the migrations a database already has — those the source
 * tool's own tracking table says are applied, or every migration up to `--version`. It writes only svc-migrate's
 * tracking rows (with the checksums `up` and `status` compare against); the schema and the tool's table stay as
 * they are. Planning is pure given what was read; `recordBaseline` in tracking.ts is the one write.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/types.js';
import { compareIds, sameNumber } from '../graph/ids.js';
import { orderService } from '../graph/order.js';
import { repeatableId } from '../repo/formats/flyway.js';
import { deployedIds, parsePlan, type Plan } from '../repo/formats/sqitch.js';
import { readMigrationBytes } from '../repo/read.js';
import type { Migration, MigrationFormat, Service } from '../repo/types.js';
import type { Database } from './db/types.js';
import { checksumOf, readApplied, recordBaseline, type BaselineRow } from './tracking.js';

/** What the source tool's table says: applied ids, or (golang-migrate) one version up to which all are applied. */
export interface SourceState {
  /** The table read, as the tool names it. */
  table: string;
  /** Ids the tool records as applied (in its own spelling: dbmate and diesel versions, prisma folder names...). */
  applied: string[];
  /** golang-migrate keeps only the latest version; Flyway a baseline version: everything up to it is applied. */
  upTo?: string;
  /** golang-migrate's dirty flag: a failed migration the tool left half-done. */
  dirty?: boolean;
}

/** The tracking table each tool keeps, resolved through the search_path as the tool itself does. */
const SOURCE_TABLES: Partial<Record<MigrationFormat, string>> = {
  'golang-migrate': 'schema_migrations',
  dbmate: 'schema_migrations',
  goose: 'goose_db_version',
  flyway: 'flyway_schema_history',
  sqitch: 'sqitch.changes',
  diesel: '__diesel_schema_migrations',
  prisma: '_prisma_migrations',
};

async function tableExists(db: Database, table: string): Promise<boolean> {
  const r = await db.query<{ found: boolean }>('SELECT to_regclass($1) IS NOT NULL AS found', [table]);
  return r.rows[0]?.found === true;
}

async function column(db: Database, sql: string, params: unknown[] = []): Promise<string[]> {
  const r = await db.query<{ v: string | number | null }>(sql, params);
  return r.rows.filter((x) => x.v !== null).map((x) => String(x.v));
}

/** The plan of a sqitch service (empty when it cannot be read: the loader reported that). */
function sqitchPlan(service: Service): Plan {
  try {
    return parsePlan(readFileSync(path.join(service.abs, 'sqitch.plan'), 'utf8'));
  } catch {
    return { changes: [] };
  }
}

/** Reads the source tool's tracking table of `service`; undefined when the tool keeps none or it does not exist. */
export async function readSourceState(db: Database, service: Service): Promise<SourceState | undefined> {
  const format = service.format ?? 'native';
  const table = SOURCE_TABLES[format];
  if (!table || !(await tableExists(db, table))) return undefined;
  switch (format) {
    case 'golang-migrate':
    case 'dbmate': {
      // Both tools call it schema_migrations; golang-migrate's has one row with a dirty flag.
      const cols = await column(db, `SELECT attname AS v FROM pg_attribute WHERE attrelid = to_regclass('schema_migrations') AND attnum > 0 AND NOT attisdropped`);
      if (cols.includes('dirty')) {
        const r = await db.query<{ version: string; dirty: boolean }>('SELECT version::text AS version, dirty FROM schema_migrations LIMIT 1');
        const row = r.rows[0];
        return { table, applied: [], ...(row ? { upTo: row.version, dirty: row.dirty === true } : {}) };
      }
      return { table, applied: await column(db, 'SELECT version::text AS v FROM schema_migrations') };
    }
    case 'goose':
      // goose appends a row per up and per down: a version is applied when its latest row says so.
      return {
        table,
        applied: await column(
          db,
          `SELECT version_id::text AS v FROM (SELECT DISTINCT ON (version_id) version_id, is_applied FROM goose_db_version ORDER BY version_id, id DESC) x
            WHERE is_applied AND version_id <> 0`,
        ),
      };
    case 'flyway':
      return flywayState(db, table);
    case 'sqitch': {
      const plan = sqitchPlan(service);
      const names = await column(db, 'SELECT change AS v FROM sqitch.changes WHERE project = $1', [plan.project ?? service.name]);
      return { table, applied: deployedIds(plan, names) };
    }
    case 'diesel':
      return { table, applied: await column(db, 'SELECT version::text AS v FROM __diesel_schema_migrations') };
    case 'prisma':
      return {
        table,
        applied: await column(db, 'SELECT migration_name AS v FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL'),
      };
    default:
      return undefined;
  }
}

/** flyway_schema_history: the latest successful row of each version decides (an undo un-applies it). */
async function flywayState(db: Database, table: string): Promise<SourceState> {
  const r = await db.query<{ version: string | null; description: string; type: string }>(
    `SELECT DISTINCT ON (coalesce(version, 'R__' || description)) version, description, type
       FROM flyway_schema_history WHERE success ORDER BY coalesce(version, 'R__' || description), installed_rank DESC`,
  );
  const state: SourceState = { table, applied: [] };
  for (const row of r.rows) {
    if (row.type === 'BASELINE' && row.version) state.upTo = row.version;
    else if (row.type.startsWith('UNDO') || row.type === 'DELETE') continue;
    else if (row.type === 'SCHEMA') continue;
    else state.applied.push(row.version ?? repeatableId(row.description));
  }
  return state;
}

/** The migration of `service` an id given on the command line names: as written, else by number (`5` -> `000005`). */
export function resolveId(service: Service, id: string): string {
  const ids = [...new Set(service.migrations.map((m) => m.id))];
  if (ids.includes(id)) return id;
  const byNumber = /^\d+$/.test(id) ? ids.filter((x) => /^\d+$/.test(x) && sameNumber(x, id)) : [];
  if (byNumber.length === 1) return byNumber[0]!;
  throw new UsageError(`--version ${id}: ${service.name} has no migration ${id} (its ids run from ${ids[0] ?? 'none'} to ${ids.at(-1) ?? 'none'}).`);
}

/** The tool's spelling of an id and ours: goose records `1` for `00001_x.sql`. */
function sameId(a: string, b: string): boolean {
  return a === b || (/^\d+$/.test(a) && /^\d+$/.test(b) && sameNumber(a, b));
}

/** True when the source state counts `m` as applied. golang-migrate's version is compared with the leading digits. */
function appliedBySource(service: Service, m: Migration, state: SourceState): boolean {
  if (state.applied.some((id) => sameId(id, m.id))) return true;
  if (state.upTo === undefined) return false;
  if (service.format === 'golang-migrate') {
    const digits = /^\d+/.exec(m.id)?.[0];
    return digits !== undefined && compareIds(digits, state.upTo) <= 0;
  }
  return !m.id.startsWith('R__') && compareIds(m.id, state.upTo, service.idOrder) <= 0;
}

export interface BaselinePlan {
  service: string;
  /** Where the applied set came from: the source table, or `--version`. */
  source: string;
  /** To record, in apply order. */
  rows: BaselineRow[];
  /** Ids the source table lists that have no migration file here (reported, not recorded). */
  unknown: string[];
}

/**
 * Which migrations to record: with `version`, every migration of the environment's apply order up to it (in the
 * service's id order); else those the source tool's table lists. Throws UsageError when neither is available.
 */
export function planBaseline(service: Service, env: string, input: { version?: string; state?: SourceState }): BaselinePlan {
  const order = orderService(service, env);
  let chosen: Migration[];
  let source: string;
  let unknown: string[] = [];
  if (input.version !== undefined) {
    const to = resolveId(service, input.version);
    chosen = order.filter((m) => compareIds(m.id, to, service.idOrder) <= 0);
    source = `--version ${to}`;
  } else if (input.state) {
    const state = input.state;
    if (state.dirty) {
      throw new UsageError(`${state.table} says version ${state.upTo} is dirty: the source tool left a migration half-done. Repair the database and clear the flag first.`);
    }
    chosen = order.filter((m) => appliedBySource(service, m, state));
    source = state.table;
    unknown = state.applied.filter((id) => !service.migrations.some((m) => sameId(id, m.id)));
  } else {
    const table = SOURCE_TABLES[service.format ?? 'native'];
    throw new UsageError(
      table
        ? `${service.name}: the database has no ${table} table to read; say how far it is with --version ID.`
        : `${service.name} is in svc-migrate's own format, which keeps no other table to read; say how far the database is with --version ID.`,
    );
  }
  const rows = chosen.map((m) => ({ version: m.id, name: m.name, checksum: checksumOf(readMigrationBytes(m.up!)) }));
  return { service: service.name, source, rows, unknown };
}

export interface BaselineResult extends BaselinePlan {
  /** Versions recorded now; the others already had a row. */
  recorded: string[];
}

/** Reads the state, plans and records. Call it under the service's lock, after the preflight let it through. */
export async function runBaseline(db: Database, service: Service, env: string, opts: { version?: string; dryRun?: boolean }): Promise<BaselineResult> {
  const state = opts.version === undefined ? await readSourceState(db, service) : undefined;
  const plan = planBaseline(service, env, { version: opts.version, state });
  if (opts.dryRun) {
    const have = new Set((await readApplied(db, service)).map((r) => r.version));
    return { ...plan, recorded: plan.rows.map((r) => r.version).filter((v) => !have.has(v)) };
  }
  return { ...plan, recorded: await recordBaseline(db, service, plan.rows, env) };
}
