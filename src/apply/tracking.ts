/**
 * The per-service tracking tables of spec section 4:
 * - `public.<snake>_schema_migrations`: one row per applied (or dirty) migration;
 * - `public.<snake>_migration_performance`: one row per attempt, failed ones too. Beyond the spec's columns it
 *   has `id bigserial primary key` so attempts keep their order and can be referenced.
 * The checksum is the SHA-256 (hex) of the up file's bytes, exactly as on disk.
 */
import { createHash } from 'node:crypto';
import { trackingTableNames } from '../repo/tracking-names.js';
import type { Direction, Service } from '../repo/types.js';
import type { Database } from './db/types.js';
import { quoteLiteral, withoutNul } from './literal.js';

/** A row of `<snake>_schema_migrations`. */
export interface AppliedRow {
  version: string;
  name: string | null;
  environment: string | null;
  checksum: string | null;
  appliedAt: Date | null;
  executionTimeMs: number | null;
  dirty: boolean;
}

/** One attempt, as logged in `<snake>_migration_performance`. */
export interface AttemptRow {
  migrationId: string;
  direction: Direction;
  executionTimeMs: number;
  environment: string;
  success: boolean;
  error?: string;
}

/** A PostgreSQL identifier in double quotes, inner quotes doubled. */
export function quoteIdent(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}

/** `public."<snake>_schema_migrations"` and `public."<snake>_migration_performance"`, quoted. */
export function trackingTables(service: Pick<Service, 'snake'>): { migrations: string; performance: string } {
  const names = trackingTableNames(service.snake);
  return { migrations: `public.${quoteIdent(names.migrations)}`, performance: `public.${quoteIdent(names.performance)}` };
}

/** SHA-256 (hex) of a file's bytes: the checksum stored for an applied migration. */
export function checksumOf(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Creates both tracking tables if they do not exist. Call it under the service's lock (concurrent CREATEs race). */
export async function ensureTracking(db: Database, service: Pick<Service, 'snake'>): Promise<void> {
  const t = trackingTables(service);
  await db.exec(`
CREATE TABLE IF NOT EXISTS ${t.migrations} (
  version text PRIMARY KEY,
  name text,
  environment text,
  checksum text,
  applied_at timestamptz,
  execution_time_ms double precision,
  dirty boolean NOT NULL DEFAULT false
);
CREATE TABLE IF NOT EXISTS ${t.performance} (
  id bigserial PRIMARY KEY,
  migration_id text NOT NULL,
  direction text NOT NULL,
  execution_time_ms double precision,
  executed_at timestamptz NOT NULL DEFAULT now(),
  environment text,
  success boolean NOT NULL,
  error text
);`);
}

/** True when the service's tracking table exists (status must not create tables). */
export async function trackingExists(db: Database, service: Pick<Service, 'snake'>): Promise<boolean> {
  const r = await db.query<{ found: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS found`, [
    trackingTables(service).migrations,
  ]);
  return r.rows[0]?.found === true;
}

interface AppliedDbRow {
  version: string;
  name: string | null;
  environment: string | null;
  checksum: string | null;
  applied_at: Date | string | null;
  execution_time_ms: number | null;
  dirty: boolean | null;
}

const APPLIED_COLUMNS = 'version, name, environment, checksum, applied_at, execution_time_ms, dirty';

function toAppliedRow(row: AppliedDbRow): AppliedRow {
  return {
    version: row.version,
    name: row.name,
    environment: row.environment,
    checksum: row.checksum,
    appliedAt: row.applied_at === null ? null : new Date(row.applied_at),
    executionTimeMs: row.execution_time_ms === null ? null : Number(row.execution_time_ms),
    dirty: row.dirty === true,
  };
}

function byVersion(rows: AppliedRow[]): AppliedRow[] {
  return rows.sort((a, b) => compareVersions(a.version, b.version));
}

/** Rows of the service's tracking table, by version; empty when the table does not exist yet. */
export async function readApplied(db: Database, service: Pick<Service, 'snake'>): Promise<AppliedRow[]> {
  if (!(await trackingExists(db, service))) return [];
  return readTrackedRows(db, service);
}

/** Rows of the service's tracking table, by version, when the table is known to exist (after `ensureTracking`). */
export async function readTrackedRows(db: Database, service: Pick<Service, 'snake'>): Promise<AppliedRow[]> {
  const r = await db.query<AppliedDbRow>(`SELECT ${APPLIED_COLUMNS} FROM ${trackingTables(service).migrations}`);
  return byVersion(r.rows.map(toAppliedRow));
}

/**
 * `readApplied` of many services in two round trips, whatever their number: which tracking tables exist, then
 * the rows of all of them in one query. Keyed by `snake`; a service without a table gets an empty list.
 */
export async function readAppliedMany(db: Database, services: readonly Pick<Service, 'snake'>[]): Promise<Map<string, AppliedRow[]>> {
  const out = new Map<string, AppliedRow[]>();
  const snakes = [...new Set(services.map((s) => s.snake))];
  for (const snake of snakes) out.set(snake, []);
  if (snakes.length === 0) return out;
  const tables = snakes.map((snake) => trackingTables({ snake }).migrations);
  // Literals rather than an array parameter: both drivers read them the same way.
  const values = tables.map((t, i) => `(${i}, ${quoteLiteral(t)})`).join(', ');
  const found = await db.query<{ i: number; found: boolean }>(
    `SELECT i, to_regclass(t) IS NOT NULL AS found FROM (VALUES ${values}) AS x(i, t)`,
  );
  const existing = found.rows.filter((r) => r.found === true).map((r) => Number(r.i));
  if (existing.length === 0) return out;
  const union = existing.map((i) => `SELECT ${i} AS svc_index, ${APPLIED_COLUMNS} FROM ${tables[i]}`).join('\nUNION ALL\n');
  const r = await db.query<AppliedDbRow & { svc_index: number }>(union);
  for (const row of r.rows) out.get(snakes[Number(row.svc_index)]!)!.push(toAppliedRow(row));
  for (const rows of out.values()) byVersion(rows);
  return out;
}

/** Logs one attempt. Never throws: a failing log must not hide the migration's own outcome. */
export async function logAttempt(db: Database, service: Pick<Service, 'snake'>, a: AttemptRow): Promise<void> {
  try {
    await insertAttempt(db, service, a);
  } catch {
    // The connection may be gone (that is often why the migration failed); the caller reports the failure.
  }
}

/** Inserts one attempt row; throws on failure (inside a transaction a swallowed error would void the COMMIT). */
async function insertAttempt(db: Database, service: Pick<Service, 'snake'>, a: AttemptRow): Promise<void> {
  await db.query(
    `INSERT INTO ${trackingTables(service).performance}
       (migration_id, direction, execution_time_ms, executed_at, environment, success, error)
     VALUES ($1, $2, $3, now(), $4, $5, $6)`,
    // PostgreSQL text cannot hold NUL; an error message is free text and might.
    [a.migrationId, a.direction, a.executionTimeMs, a.environment, a.success, a.error === undefined ? null : withoutNul(a.error)],
  );
}

/**
 * Records a reverted migration inside the caller's transaction: its tracking row removed, its successful down
 * attempt logged. Throws on failure, so that the caller rolls back instead of committing a half record.
 */
export async function recordReverted(db: Database, service: Pick<Service, 'snake'>, a: Omit<AttemptRow, 'direction' | 'success'>): Promise<void> {
  await db.query(`DELETE FROM ${trackingTables(service).migrations} WHERE version = $1`, [a.migrationId]);
  await insertAttempt(db, service, { ...a, direction: 'down', success: true });
}

/** Attempts of a service, oldest first (for status and tests). */
export async function readAttempts(db: Database, service: Pick<Service, 'snake'>): Promise<(AttemptRow & { executedAt: Date })[]> {
  if (!(await trackingExists(db, service))) return [];
  const r = await db.query<{
    migration_id: string;
    direction: Direction;
    execution_time_ms: number;
    executed_at: Date | string;
    environment: string;
    success: boolean;
    error: string | null;
  }>(`SELECT migration_id, direction, execution_time_ms, executed_at, environment, success, error
        FROM ${trackingTables(service).performance} ORDER BY id`);
  return r.rows.map((row) => ({
    migrationId: row.migration_id,
    direction: row.direction,
    executionTimeMs: Number(row.execution_time_ms),
    executedAt: new Date(row.executed_at),
    environment: row.environment,
    success: row.success,
    ...(row.error === null ? {} : { error: row.error }),
  }));
}

/** Numeric order of versions (ids are digits; wider ids with the same value fall back to text order). */
export function compareVersions(a: string, b: string): number {
  const na = BigInt(/^\d+/.exec(a)?.[0] ?? '0');
  const nb = BigInt(/^\d+/.exec(b)?.[0] ?? '0');
  if (na !== nb) return na < nb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export type ForceAction = 'cleaned' | 'inserted' | 'removed' | 'unchanged';

/**
 * `force`: after a human repaired the database, records the truth about one version.
 * - default (`--clean`): the version counts as applied and clean — a dirty row is marked clean, a missing row is
 *   inserted (with the given checksum) as applied;
 * - `remove`: the row is deleted, so `up` runs the migration again (the human undid what it had done).
 * Runs under the caller's lock.
 */
export async function forceVersion(
  db: Database,
  service: Pick<Service, 'snake'>,
  version: string,
  opts: { remove?: boolean; name?: string; environment: string; checksum?: string },
): Promise<ForceAction> {
  await ensureTracking(db, service);
  const t = trackingTables(service);
  if (opts.remove) {
    const r = await db.query(`DELETE FROM ${t.migrations} WHERE version = $1`, [version]);
    return (r.rowCount ?? 0) > 0 ? 'removed' : 'unchanged';
  }
  const existing = await db.query<{ dirty: boolean }>(`SELECT dirty FROM ${t.migrations} WHERE version = $1`, [version]);
  if (existing.rows.length > 0) {
    if (existing.rows[0]!.dirty !== true) return 'unchanged';
    await db.query(`UPDATE ${t.migrations} SET dirty = false WHERE version = $1`, [version]);
    return 'cleaned';
  }
  await db.query(
    `INSERT INTO ${t.migrations} (version, name, environment, checksum, applied_at, execution_time_ms, dirty)
     VALUES ($1, $2, $3, $4, now(), 0, false)`,
    [version, opts.name ?? null, opts.environment, opts.checksum ?? null],
  );
  return 'inserted';
}
