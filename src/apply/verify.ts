/**
 * `verify`: proves every down migration undoes its up migration, on a throwaway database. For each migration in
 * plan order: snapshot, up, snapshot, down, snapshot — which must equal the first — then up again so that the
 * migrations after it find their prerequisites. The database is created for the run and dropped after it (a
 * fresh in-memory PGlite when no server is given), so the target database is never touched.
 */
import type { Progress, ProgressTask } from '../core/progress.js';
import { randomBytes } from 'node:crypto';
import type { Finding } from '../core/types.js';
import { UsageError } from '../core/types.js';
import type { Migration, Repo, Service } from '../repo/types.js';
import { openDatabase } from './db/open.js';
import type { Database } from './db/types.js';
import { compareIds, planUp, type PlanStep } from './plan.js';
import { failureExtras, failureFinding, failureWhere, type FailureDetail } from './failure.js';
import { applyMigration, fileIsTransactional, type Log } from './run.js';
import { diffSnapshots, snapshotSchema } from './snapshot.js';
import { checksumOf, ensureTracking, quoteIdent } from './tracking.js';
import { redactUrl } from './url.js';
import { readMigrationBytes } from '../repo/read.js';

export type VerifyStatus = 'ok' | 'mismatch' | 'up-failed' | 'down-failed' | 'reapply-failed' | 'no-down' | 'skipped';

export interface VerifyOutcome {
  service: string;
  id: string;
  name: string;
  status: VerifyStatus;
  /** Objects the up migration added, removed or changed (what the down must undo). */
  changes: number;
  /** After-down against before-up, when they differ (diffSnapshots lines). */
  diff?: string[];
  error?: string;
  /** Where in its file a failed up or down stopped, with PostgreSQL's DETAIL, HINT and CONTEXT. */
  where?: FailureDetail;
}

export interface VerifyOptions {
  repo: Repo;
  env: string;
  /**
   * Services to check (default all). Only their migrations and the ones these need (`depends_on` and
   * cross-service prerequisites, transitively) run; the prerequisites are applied, not checked.
   */
  services?: string[];
  /**
   * A server to create the throwaway database on (`postgres://...`; the database named in it is only used to
   * connect). Undefined or `pglite:...`: a fresh in-memory PGlite.
   */
  databaseUrl?: string;
  /** Progress, one line per migration. */
  out?: Log;
  /** Where the migration being verified is shown while it runs (`Verifying: ...`). */
  progress?: Progress;
}

export interface VerifyResult {
  /** Where it ran, password-free: `embedded PostgreSQL 18.x (PGlite, in memory)` or the temporary database's URL. */
  database: string;
  outcomes: VerifyOutcome[];
  /** `rollback-mismatch` (and `migration-failed`, `missing-down`) findings, errors. */
  findings: Finding[];
}

/** Longest diff printed in a finding; the outcome keeps all of it. */
const MAX_DIFF_LINES = 20;

/** Runs `verify` on a throwaway database that it creates and drops. */
export async function verifyRollbacks(opts: VerifyOptions): Promise<VerifyResult> {
  const scratch = await openScratch(opts.repo, opts.databaseUrl);
  opts.out?.(`verify on ${scratch.label}`);
  try {
    const result = await verifyOn(scratch.db, opts);
    return { database: scratch.label, ...result };
  } finally {
    await scratch.dispose();
  }
}

/**
 * The up → down → up cycle on an open, empty database (exported for tests that bring their own). Stops at the
 * first migration whose up fails (the ones after it would fail for want of it); they are reported `skipped`.
 */
export async function verifyOn(db: Database, opts: VerifyOptions): Promise<Omit<VerifyResult, 'database'>> {
  const { repo, env } = opts;
  const out = opts.out ?? (() => undefined);
  const checked = opts.services && opts.services.length > 0 ? new Set(opts.services) : undefined;
  // Every service is planned so that cross-service prerequisites are known; only what the checked ones need runs.
  const plan = planUp(repo, env, new Map());
  const steps = checked ? neededSteps(plan.steps, checked) : plan.steps;
  const outcomes: VerifyOutcome[] = [];
  const findings: Finding[] = [];
  const tracked = new Set<string>();
  const quiet: Log = () => undefined;
  /** The first migration whose up failed: what every later one is skipped for. */
  let stopped: string | undefined;
  const total = steps.filter((s) => !checked || checked.has(s.service)).length;
  let done = 0;

  let task: ProgressTask | undefined;
  for (const step of steps) {
    // One task a step, ended when the next starts: the step's many exits need no bookkeeping of their own.
    task?.end();
    const service = repo.services.find((s) => s.name === step.service) as Service;
    const migration = service.migrations.find((m) => m.id === step.id && m.folder === step.folder) as Migration;
    const check = !checked || checked.has(step.service);
    task = opts.progress?.start(check ? `Verifying: ${label(step)} (up, down, up)` : `Applying prerequisite: ${label(step)}`);
    const base = { service: step.service, id: step.id, name: step.name, changes: 0 };
    if (stopped) {
      if (check) outcomes.push({ ...base, status: 'skipped', error: `not run: ${stopped} failed before it` });
      continue;
    }
    if (check) out(`[${++done}/${total}] ${label(step)} ...`);
    if (!tracked.has(service.name)) {
      await ensureTracking(db, service);
      tracked.add(service.name);
    }
    const pgVersion = repo.config?.pg_version ?? 15;
    const up = await readMigration(migration, 'up', pgVersion);
    const run = (direction: 'up' | 'down', sql: string, transactional: boolean) =>
      applyMigration(db, { service, migration, env, direction, sql, transactional, checksum: up.checksum }, quiet);

    const before = check ? await snapshotSchema(db) : undefined;
    const first = await run('up', up.sql, up.transactional);
    if (!first.ok) {
      findings.push(failureFinding(step.service, step.id, `${label(step)}: the up migration failed on an empty database: ${first.error}`, first.where));
      outcomes.push({ ...base, status: 'up-failed', error: first.error, ...(first.where ? { where: first.where } : {}) });
      out(`${label(step)}: up failed: ${first.error}`);
      stopped = label(step);
      continue;
    }
    if (!check || !before) continue;
    const afterUp = await snapshotSchema(db);
    const changes = diffSnapshots(before, afterUp).length;

    if (!migration.down) {
      findings.push(at(step, step.file, 'missing-down', `${label(step)} has no down file, so it cannot be rolled back.`));
      outcomes.push({ ...base, changes, status: 'no-down' });
      out(`${label(step)}: no down file`);
      continue;
    }
    const downFile = step.downFile ?? migration.down.file;
    const down = await readMigration(migration, 'down', pgVersion);
    const reverted = await run('down', down.sql, down.transactional);
    if (!reverted.ok) {
      const where = reverted.where?.line !== undefined ? reverted.where : undefined;
      findings.push({
        ...at(step, downFile, 'rollback-mismatch', [`${label(step)}: the down migration failed right after the up: ${reverted.error}`, ...failureExtras(reverted.where ?? {})].join('\n')),
        ...(where ? { line: where.line, column: where.column } : {}),
      });
      outcomes.push({ ...base, changes, status: 'down-failed', error: reverted.error, ...(reverted.where ? { where: reverted.where } : {}) });
      out(`${label(step)}: down failed: ${reverted.error}`);
      // The failed down was rolled back with its transaction: the migration is still applied; carry on.
      continue;
    }
    const diff = diffSnapshots(before, await snapshotSchema(db));
    const again = await run('up', up.sql, up.transactional);
    if (diff.length > 0) {
      findings.push(at(step, downFile, 'rollback-mismatch', mismatchMessage(step, diff)));
      outcomes.push({ ...base, changes, status: 'mismatch', diff });
      out(`${label(step)}: schema after down differs from before up:\n${diff.map((l) => `  ${l}`).join('\n')}`);
    }
    if (!again.ok) {
      findings.push(
        at(step, downFile, 'rollback-mismatch', `${label(step)}: the up migration failed when applied again after its down: ${again.error}`),
      );
      if (diff.length === 0) outcomes.push({ ...base, changes, status: 'reapply-failed', error: again.error });
      out(`${label(step)}: up failed after down: ${again.error}`);
      stopped = label(step);
      continue;
    }
    if (diff.length === 0) {
      outcomes.push({ ...base, changes, status: 'ok' });
      out(`${label(step)}: ok`);
    }
  }
  task?.end();
  for (const b of plan.blocked) {
    if (checked && !checked.has(b.service)) continue;
    const m = repo.services.find((s) => s.name === b.service)?.migrations.find((x) => x.id === b.id);
    outcomes.push({ service: b.service, id: b.id, name: m?.name ?? '', changes: 0, status: 'skipped', error: `cannot run: ${b.reason}` });
  }
  return { outcomes, findings };
}

/**
 * The steps the checked services need, in plan order: their own, and transitively every step these depend on
 * (`depends_on` in the service, cross-service prerequisites). A broken migration elsewhere that none of them
 * needs never runs, so it cannot fail them.
 */
export function neededSteps(steps: readonly PlanStep[], checked: ReadonlySet<string>): PlanStep[] {
  const need = new Set<PlanStep>();
  const find = (service: string, id: string) => steps.find((s) => s.service === service && compareIds(s.id, id) === 0);
  const visit = (step: PlanStep | undefined): void => {
    if (!step || need.has(step)) return;
    need.add(step);
    for (const id of step.dependsOn) visit(find(step.service, id));
    for (const ref of step.crossService) visit(find(ref.service, ref.id));
  };
  for (const step of steps) if (checked.has(step.service)) visit(step);
  return steps.filter((s) => need.has(s));
}

function label(step: PlanStep): string {
  return `${step.service} ${step.id} ${step.name}`;
}

function mismatchMessage(step: PlanStep, diff: string[]): string {
  const shown = diff.slice(0, MAX_DIFF_LINES);
  const more = diff.length > shown.length ? `\n… and ${diff.length - shown.length} more` : '';
  return `${label(step)}: the schema after the down migration differs from the schema before the up migration (+ left behind, - missing, ~ changed):\n${shown.join('\n')}${more}`;
}

function at(step: PlanStep, file: string, rule: string, message: string): Finding {
  return { rule, severity: 'error', message, file, line: 1, column: 1, service: step.service, migration: step.id };
}

async function readMigration(m: Migration, direction: 'up' | 'down', pgVersion: number): Promise<{ sql: string; transactional: boolean; checksum: string }> {
  const file = direction === 'up' ? m.up : m.down;
  if (!file) throw new Error(`${m.service} ${m.id} has no ${direction} file`);
  const bytes = readMigrationBytes(file);
  const sql = bytes.toString('utf8');
  return { sql, transactional: (await fileIsTransactional(sql, pgVersion)) && !file.noTransaction, checksum: checksumOf(bytes) };
}

interface Scratch {
  db: Database;
  label: string;
  dispose(): Promise<void>;
}

/** A throwaway database: a temporary one on the given server, or an in-memory PGlite. */
async function openScratch(repo: Repo, url: string | undefined): Promise<Scratch> {
  if (url === undefined || url === '' || url.startsWith('pglite:')) {
    const db = await openDatabase(undefined, { repo });
    return { db, label: db.label, dispose: () => db.close() };
  }
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new UsageError(`verify needs a postgres:// server URL or none (embedded); got ${redactUrl(url)}.`);
  }
  const name = scratchName(new Date());
  const admin = await openDatabase(url);
  try {
    await removeStaleScratches(admin, new Date());
    await admin.exec(`CREATE DATABASE ${name}`);
  } catch (e) {
    await admin.close();
    throw new UsageError(`verify could not create its temporary database on ${redactUrl(url)}: ${(e as Error).message}`);
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  let db: Database;
  try {
    db = await openDatabase(target.toString());
  } catch (e) {
    await dropDatabase(admin, name);
    await admin.close();
    throw e;
  }
  return {
    db,
    label: redactUrl(target.toString()),
    async dispose() {
      await db.close();
      await dropDatabase(admin, name);
      await admin.close();
    },
  };
}

/**
 * `svcm_verify_<unix seconds>_<random>`: the name says when it was made, so that a verify that was killed before
 * it could drop its database is cleaned up by the next one (`removeStaleScratches`).
 */
export function scratchName(now: Date): string {
  return `svcm_verify_${Math.floor(now.getTime() / 1000)}_${randomBytes(6).toString('hex')}`;
}

/** A verify connects to its database right after creating it; one unconnected for this long was left behind. */
const STALE_AFTER_MS = 10 * 60_000;

/**
 * Drops the throwaway databases of earlier verify runs that died before dropping them: named by `scratchName`,
 * made more than STALE_AFTER_MS ago, and with nobody connected (a running verify always is). A plain DROP, not
 * FORCE: a database someone connected to in the meantime stays. Never fails the run.
 */
export async function removeStaleScratches(admin: Database, now: Date): Promise<string[]> {
  const found = await admin
    .query<{ name: string }>(
      `SELECT d.datname AS name FROM pg_catalog.pg_database d
        WHERE d.datname ~ '^svcm_verify_[0-9]+_[0-9a-f]{12}$'
          AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity a WHERE a.datname = d.datname)`,
    )
    .catch(() => ({ rows: [] as { name: string }[] }));
  const removed: string[] = [];
  for (const { name } of found.rows) {
    const made = Number(name.split('_')[2]) * 1000;
    if (now.getTime() - made < STALE_AFTER_MS) continue;
    try {
      await admin.exec(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
      removed.push(name);
    } catch {
      // In use again, or not ours to drop (another role's): left alone.
    }
  }
  return removed;
}

async function dropDatabase(admin: Database, name: string): Promise<void> {
  // FORCE (PostgreSQL 13+) ends sessions a failed migration may have left; older servers get the plain form.
  await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => admin.exec(`DROP DATABASE IF EXISTS ${name}`).catch(() => undefined));
}

/** Text output of `verify`: a header, then per migration `ok` or what went wrong with the diff. */
export function formatVerifyText(result: VerifyResult): string {
  const lines = [`verify on ${result.database}`];
  for (const o of result.outcomes) {
    const head = `${o.service} ${o.id} ${o.name}`;
    switch (o.status) {
      case 'ok':
        lines.push(`${head}: ok`);
        break;
      case 'mismatch':
        lines.push(`${head}: schema after down differs from before up`);
        for (const l of o.diff ?? []) lines.push(`  ${l}`);
        break;
      case 'no-down':
        lines.push(`${head}: no down file`);
        break;
      case 'skipped':
        lines.push(`${head}: skipped (${o.error ?? 'an earlier migration failed'})`);
        break;
      default: {
        // The cause in full: PostgreSQL's message, where in the file, DETAIL, HINT, CONTEXT.
        lines.push(`${head}: ${o.status.replace('-', ' ')}: ${o.error ?? ''}`);
        const where = o.where ? failureWhere(o.where) : undefined;
        for (const l of [...(where ? [`in ${where}`] : []), ...failureExtras(o.where ?? {})]) lines.push(`  ${l}`);
      }
    }
  }
  lines.push(verifySummary(result.outcomes));
  return lines.join('\n') + '\n';
}

/** The last line of `verify`: failures, and apart from them what was verified, skipped, or has no down file. */
export function verifySummary(outcomes: readonly VerifyOutcome[]): string {
  const count = (...statuses: VerifyStatus[]) => outcomes.filter((o) => statuses.includes(o.status)).length;
  const failed = count('mismatch', 'up-failed', 'down-failed', 'reapply-failed');
  const parts = [`${count('ok')} verified`];
  const skipped = count('skipped');
  const noDown = count('no-down');
  if (skipped > 0) parts.push(`${skipped} skipped`);
  if (noDown > 0) parts.push(`${noDown} without a down file`);
  if (failed === 0 && parts.length === 1) return `${outcomes.length} migration(s) verified`;
  return `${failed} of ${outcomes.length} migration(s) failed verification; ${parts.join(', ')}`;
}
