/**
 * Replaying a repository's migrations on a scratch database to see the schema they produce: `diff` replays the
 * base and the head revisions, `drift` the migrations a live database has applied. One embedded database serves
 * every replay of a run (starting PGlite costs most of a second), emptied in between.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Migration, Repo, Service } from '../repo/types.js';
import type { Database } from './db/types.js';
import { planUp, type PlanStep } from './plan.js';
import { quickRunInfo } from './quick-run-info.js';
import { analyzeFile, applyMigration } from './run.js';
import { checksumOf, ensureTracking } from './tracking.js';

/** A migration that failed during a replay: the schema shown is the one up to it. */
export interface ReplayFailure {
  service: string;
  migration: string;
  file: string;
  error: string;
}

/**
 * Empties the database: every extension (but plpgsql) and non-system schema is dropped, `public` made anew, and
 * the roles a replay created (above the bootstrap oids) dropped, so that the next replay's CREATE ROLE works.
 * Only ever run on the scratch database.
 */
export async function resetDatabase(db: Database): Promise<void> {
  await db.exec(`DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' LOOP
    EXECUTE format('DROP EXTENSION IF EXISTS %I CASCADE', r.extname);
  END LOOP;
  FOR r IN SELECT nspname FROM pg_namespace
            WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND nspname NOT LIKE 'pg\\_%' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', r.nspname);
  END LOOP;
  FOR r IN SELECT rolname FROM pg_roles WHERE oid >= 16384 AND rolname <> current_user LOOP
    EXECUTE format('DROP OWNED BY %I CASCADE', r.rolname);
    EXECUTE format('DROP ROLE %I', r.rolname);
  END LOOP;
END $$;
CREATE SCHEMA public;
COMMENT ON SCHEMA public IS 'standard public schema';
GRANT ALL ON SCHEMA public TO public;`);
}

/** The steps `up` would take on an empty database for `env`, limited to `include` when given. */
export function replaySteps(repo: Repo, env: string, include?: (step: PlanStep) => boolean): PlanStep[] {
  const steps = planUp(repo, env, new Map()).steps;
  return include ? steps.filter(include) : steps;
}

function migrationOf(repo: Repo, step: PlanStep): { service: Service; migration: Migration } {
  const service = repo.services.find((s) => s.name === step.service) as Service;
  const migration = service.migrations.find((m) => m.id === step.id && m.folder === step.folder) as Migration;
  return { service, migration };
}

/**
 * A digest of what a replay would run (each step's service, id and up file bytes): two replays with the same
 * signature produce the same schema, so `diff` runs each distinct one once.
 */
export async function replaySignature(repo: Repo, steps: readonly PlanStep[]): Promise<string> {
  const hash = createHash('sha256');
  for (const step of steps) {
    const { migration } = migrationOf(repo, step);
    const bytes = migration.up ? await readFile(migration.up.abs).catch(() => Buffer.from('unreadable')) : Buffer.alloc(0);
    hash.update(`${step.service}\0${step.folder}\0${step.id}\0${checksumOf(bytes)}\n`);
  }
  return hash.digest('hex');
}

/**
 * Applies `steps` (from `replaySteps`) to `db` as `up` would, with the tracking tables. Stops at the first failure
 * (the migrations after it would fail for want of it) and returns it; hooks never run.
 */
export async function replay(db: Database, repo: Repo, env: string, steps: readonly PlanStep[]): Promise<ReplayFailure | undefined> {
  const tracked = new Set<string>();
  const pgVersion = repo.config?.pg_version ?? 15;
  for (const step of steps) {
    const { service, migration } = migrationOf(repo, step);
    if (!tracked.has(service.name)) {
      await ensureTracking(db, service);
      tracked.add(service.name);
    }
    if (!migration.up) continue;
    let bytes: Buffer;
    try {
      bytes = await readFile(migration.up.abs);
    } catch (e) {
      return { service: step.service, migration: step.id, file: step.file, error: `cannot read the file: ${(e as Error).message}` };
    }
    const sql = bytes.toString('utf8');
    // The quick scan settles most files without starting the parser (a WebAssembly module).
    const info = quickRunInfo(sql, pgVersion) ?? (await analyzeFile(sql, pgVersion));
    const ctx = { service, migration, env, direction: 'up' as const, sql, transactional: info.transactional, parsed: info.parsed, checksum: checksumOf(bytes) };
    const outcome = await applyMigration(db, ctx, () => undefined);
    if (!outcome.ok) return { service: step.service, migration: step.id, file: step.file, error: outcome.error };
  }
  return undefined;
}
