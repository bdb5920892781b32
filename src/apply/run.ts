/**
 * The executor of `up`: runs what the planner (plan.ts) says, one migration at a time, each in one transaction
 * with its tracking row, under the service's advisory lock, with the environment's safety switches enforced
 * before anything runs. The only place migrations are applied (rollback and verify call `applyMigration`).
 */
import { performance } from 'node:perf_hooks';
import type { Finding } from '../core/types.js';
import type { Progress } from '../core/progress.js';
import type { Direction, Migration, Repo, Service } from '../repo/types.js';
import { environmentSettings } from '../repo/environments.js';
import { ensureParser, parseSql, type ParsedSql } from '../sql/parser.js';
import { destructiveOperations, isTransactional, tableKey, tablesCreatedForCertain } from '../sql/facts.js';
import type { Database, ScriptError } from './db/types.js';
import { backupDatabase, defaultBackupDir } from './backup.js';
import { isConnectionLost } from './connection-lost.js';
import { runHooks } from './hooks.js';
import { inProgressMessage, lockHeldElsewhere, withServiceLocks } from './lock.js';
import { notifyWebhook, webhookUrl } from './notify.js';
import { planUp, type AppliedState, type PlanStep } from './plan.js';
import { quickRunInfo } from './quick-run-info.js';
import { readMigrationFile } from './read-file.js';
import { autoRollback } from './rollback.js';
import { filePosition, migrationScript, scriptOutcome, type MigrationScript } from './script.js';
import { checksumFindings } from './status.js';
import { checksumOf, ensureTracking, logAttempt, readAppliedMany, readTrackedRows, trackingTables, type AppliedRow } from './tracking.js';
import { describeWindow, inWindow, windowProblem } from './window.js';

export type Log = (line: string) => void;

export interface MigrationContext {
  service: Service;
  migration: Migration;
  env: string;
  direction: Direction;
  /** The file's text. */
  sql: string;
  /** False for a file holding a statement that cannot run in a transaction (see `fileIsTransactional`). */
  transactional: boolean;
  /** SHA-256 of the up file (stored on up; ignored on down). */
  checksum: string;
  /**
   * True when the file parsed without a syntax error (`analyzeFile`), or at least has every quote and comment
   * closed (`quickRunInfo`; PostgreSQL then rejects a syntax error before running anything). Only then does a
   * transactional migration go to the server as one script with its tracking statements (one round trip);
   * otherwise (or undefined) its statements are sent one round trip each, so that an unclosed quote in the file
   * cannot swallow them.
   */
  parsed?: boolean;
}

export type ApplyOutcome = { ok: true; ms: number } | { ok: false; ms: number; error: string };

/** golang-migrate's line for one migration: `1/u initial (54.183163ms)`. */
export function migrationLine(id: string, direction: Direction, name: string, ms: number): string {
  const version = /^\d+$/.test(id) ? BigInt(id).toString() : id;
  return `${version}/${direction === 'up' ? 'u' : 'd'} ${name} (${ms.toFixed(6)}ms)`;
}

/** How a migration file can run: in a transaction or not, and whether it parsed (see `MigrationContext`). */
export interface FileRunInfo {
  transactional: boolean;
  parsed: boolean;
}

/** Parses the file once and tells how it can run (pgVersion: the project's pg_version, for transaction rules). */
export async function analyzeFile(sql: string, pgVersion = 15): Promise<FileRunInfo> {
  await ensureParser();
  return runInfo(parseSql(sql), pgVersion);
}

function runInfo(parsed: ParsedSql, pgVersion: number): FileRunInfo {
  // A file the parser rejects runs in a transaction: PostgreSQL rejects it too, and nothing remains.
  if (parsed.error) return { transactional: true, parsed: false };
  return { transactional: parsed.statements.every((s) => isTransactional(s, pgVersion)), parsed: true };
}

/** The SQL settings a migration runs in: the project's pg_version for transaction rules. */
export async function fileIsTransactional(sql: string, pgVersion = 15): Promise<boolean> {
  return (await analyzeFile(sql, pgVersion)).transactional;
}

/** The file's statements as separate texts (for running outside a transaction, one at a time). */
async function splitStatements(sql: string): Promise<string[]> {
  await ensureParser();
  const parsed = parseSql(sql);
  if (parsed.error) return [sql];
  const bytes = Buffer.from(sql, 'utf8');
  return parsed.statements.map((s) => bytes.subarray(s.start, s.end).toString('utf8'));
}

function messageOf(e: unknown): string {
  if (e instanceof Error) {
    const pos = (e as { position?: string }).position;
    return pos ? `${e.message} (at character ${pos})` : e.message;
  }
  return String(e);
}

/**
 * Applies (or reverts, `direction: 'down'`) one migration and records it.
 * - transactional: `BEGIN; <file>; <tracking row insert (up) / delete (down)>; <attempt log>; COMMIT` — in one
 *   round trip (one simple-protocol script, `migrationScript`) when `ctx.parsed`, else statement by statement;
 *   on failure everything is rolled back and the failed attempt is logged in a separate statement;
 * - not transactional: the tracking row is marked dirty first, the statements run one by one, then the row is
 *   marked clean (up) or deleted (down); a failure leaves it dirty.
 * Logs `1/u name (ms)` on success. Never throws for a failing migration.
 */
export async function applyMigration(db: Database, ctx: MigrationContext, log: Log): Promise<ApplyOutcome> {
  const t = trackingTables(ctx.service);
  const { migration: m, env, direction } = ctx;
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const recordUp = (ms: number, dirty: boolean) =>
    db.query(
      `INSERT INTO ${t.migrations} (version, name, environment, checksum, applied_at, execution_time_ms, dirty)
       VALUES ($1, $2, $3, $4, now(), $5, $6)
       ON CONFLICT (version) DO UPDATE SET name = EXCLUDED.name, environment = EXCLUDED.environment,
         checksum = EXCLUDED.checksum, applied_at = EXCLUDED.applied_at,
         execution_time_ms = EXCLUDED.execution_time_ms, dirty = EXCLUDED.dirty`,
      [m.id, m.name, env, ctx.checksum, ms, dirty],
    );
  const attempt = (ms: number, success: boolean, error?: string) =>
    logAttempt(db, ctx.service, { migrationId: m.id, direction, executionTimeMs: ms, environment: env, success, error });

  if (ctx.transactional && ctx.parsed === true) return applyInOneRoundTrip(db, ctx, log, started);

  if (ctx.transactional) {
    let committing = false;
    try {
      await db.exec('BEGIN');
      await db.exec(ctx.sql);
      const ms = elapsed();
      if (direction === 'up') await recordUp(ms, false);
      else await db.query(`DELETE FROM ${t.migrations} WHERE version = $1`, [m.id]);
      await attempt(ms, true);
      committing = true;
      await db.exec('COMMIT');
      log(migrationLine(m.id, direction, m.name, ms));
      return { ok: true, ms };
    } catch (e) {
      const ms = elapsed();
      const error = messageOf(e);
      await db.exec('ROLLBACK').catch(() => undefined);
      await attempt(ms, false, error);
      return { ok: false, ms, error: explainFailure(e, error, m.id, committing ? 'committing' : 'before-commit') };
    }
  }

  // Outside a transaction: the dirty flag is what tells the next run that this one did not finish.
  try {
    if (direction === 'up') await recordUp(0, true);
    else await db.query(`UPDATE ${t.migrations} SET dirty = true WHERE version = $1`, [m.id]);
  } catch (e) {
    const error = messageOf(e);
    await attempt(elapsed(), false, error);
    return { ok: false, ms: elapsed(), error };
  }
  try {
    for (const stmt of await splitStatements(ctx.sql)) await db.exec(stmt);
  } catch (e) {
    const ms = elapsed();
    const error = messageOf(e);
    await attempt(ms, false, error);
    const lost = isConnectionLost(e) ? `the connection to the database was lost (${error})` : error;
    return { ok: false, ms, error: `${lost}; ${dirtyHint(ctx.service.name, m.id, direction)}` };
  }
  const ms = elapsed();
  try {
    if (direction === 'up') await recordUp(ms, false);
    else await db.query(`DELETE FROM ${t.migrations} WHERE version = $1`, [m.id]);
  } catch (e) {
    const error = `the migration ran, but marking it clean failed: ${messageOf(e)}`;
    await attempt(ms, false, error);
    return { ok: false, ms, error };
  }
  await attempt(ms, true);
  log(migrationLine(m.id, direction, m.name, ms));
  return { ok: true, ms };
}

/**
 * A transactional migration of a cleanly parsed file in one round trip (`migrationScript`): the file, its
 * tracking row and its attempt row commit together or not at all. On failure the server has skipped the rest;
 * the transaction is rolled back and the failed attempt logged (extra round trips only then).
 */
async function applyInOneRoundTrip(db: Database, ctx: MigrationContext, log: Log, started: number): Promise<ApplyOutcome> {
  const { migration: m, direction } = ctx;
  let script: MigrationScript;
  try {
    script = migrationScript({
      tables: trackingTables(ctx.service),
      direction,
      version: m.id,
      name: m.name,
      environment: ctx.env,
      checksum: ctx.checksum,
      sql: ctx.sql,
    });
  } catch (e) {
    // A value no literal can hold (NUL): nothing was sent.
    return { ok: false, ms: performance.now() - started, error: messageOf(e) };
  }
  try {
    await db.exec(script.text);
    const ms = performance.now() - started;
    log(migrationLine(m.id, direction, m.name, ms));
    return { ok: true, ms };
  } catch (e) {
    const ms = performance.now() - started;
    const stage = scriptOutcome((e as ScriptError).completedCommands);
    // The server counts positions in the whole script; the user wants them in the file.
    const err = e as { position?: string };
    if (err.position !== undefined) {
      const p = filePosition(Number(err.position), script, ctx.sql);
      err.position = p === undefined ? undefined : String(p);
    }
    const error = messageOf(e);
    if (stage !== 'committed') {
      await db.exec('ROLLBACK').catch(() => undefined);
      await logAttempt(db, ctx.service, { migrationId: m.id, direction, executionTimeMs: ms, environment: ctx.env, success: false, error });
    }
    return { ok: false, ms, error: explainFailure(e, error, m.id, stage) };
  }
}

/** A failed transactional migration's message: lock timeouts and lost connections say what remains. */
function explainFailure(e: unknown, error: string, id: string, stage: 'committed' | 'committing' | 'before-commit'): string {
  // A server error (not a lost connection) always means the transaction was rolled back, whatever the stage.
  if ((e as { code?: unknown }).code === '55P03' && stage !== 'committed') {
    return `${error}: another session holds a lock ${id} needs (see pg_locks); the transaction was rolled back, so nothing of ${id} remains: run the command again once that session is done`;
  }
  if (!isConnectionLost(e)) return error;
  // Without the server's answer to COMMIT nobody knows whether it committed; before COMMIT it did not.
  if (stage === 'committed') {
    return `the connection to the database was lost right after ${id} committed (${error}): ${id} is applied; run the command again once the database is reachable to apply the rest`;
  }
  return stage === 'committing'
    ? `the connection to the database was lost while committing (${error}): ${id} may or may not be applied; run svc-migrate status to see`
    : `the connection to the database was lost (${error}); PostgreSQL rolled the transaction back, so nothing of ${id} remains: run the command again once the database is reachable`;
}

export interface UpOptions {
  repo: Repo;
  env: string;
  db: Database;
  /** Only these services (default all). */
  services?: string[];
  /** Apply up to this id (inclusive). */
  target?: string;
  approve?: boolean;
  dryRun?: boolean;
  noHooks?: boolean;
  /** --hook-timeout: seconds a hook may run (default svc-migrate.json's hook_timeout_seconds, else hooks.ts's). */
  hookTimeoutSeconds?: number;
  /** --notify-webhook; SVC_MIGRATE_WEBHOOK_URL / SLACK_WEBHOOK_URL from `processEnv` otherwise. */
  webhook?: string;
  /** The real URL (passed to hooks as DATABASE_URL, used by pg_dump). Undefined = embedded. */
  databaseUrl?: string;
  /** Where backup_required backups go (default `defaultBackupDir`, in the user's cache folder). */
  backupDir?: string;
  now?: Date;
  out: Log;
  /** Where a migration being applied is shown while it runs (`Applying: ...`); none by default. */
  progress?: Progress;
  /**
   * Runs `validate` for these services and returns its findings; called when a service of the run has
   * `skip_validation` false. Errors among them stop `up` before anything runs. Omitted = not run (the caller
   * already did). It may also return validate's per-file analysis (keyed by the file's path relative to the
   * root, as `MigrationFile.file`), so that `up` does not parse again what validate already parsed.
   */
  validate?: (services: string[]) => Promise<Finding[] | ValidationOutcome>;
  processEnv?: NodeJS.ProcessEnv;
}

/** What `UpOptions.validate` may return: the findings and what validate learned of each file. */
export interface ValidationOutcome {
  findings: Finding[];
  files?: ReadonlyMap<string, { nonTransactional: boolean; syntaxError: boolean }>;
}

/** A planned migration's up file, read once: bytes for the checksum, text to run, how it runs once known. */
interface PlannedFile {
  bytes: Buffer;
  sql: string;
  info?: FileRunInfo;
}

export interface AppliedStep {
  service: string;
  id: string;
  name: string;
  ms: number;
}

export interface UpResult {
  applied: AppliedStep[];
  failed?: { service: string; id: string; error: string };
  /** checksum-mismatch warnings, destructive-operation / validation errors that refused the run. */
  findings: Finding[];
  /** Why nothing ran (approval, maintenance window, dirty service, blocked dependency...). */
  refused?: string;
  /** Migrations reverted by auto_rollback_on_failure, newest first. */
  rolledBack?: AppliedStep[];
  /** Backup taken because of backup_required. */
  backup?: string;
  /** Problems that did not stop the run (a webhook that failed). */
  warnings: string[];
  /** What would run (always set; the whole of the result with `dryRun`). */
  planned: PlanStep[];
}

/** The exact command that clears a dirty flag, for messages. */
export function forceCommand(service: string, version: string): string {
  return `svc-migrate force --service ${service} --version ${version} --clean`;
}

/** What a failure outside a transaction leaves behind, and the way out (appended to the failure's message). */
function dirtyHint(service: string, version: string, direction: Direction): string {
  const base = `svc-migrate force --service ${service} --version ${version}`;
  return direction === 'up'
    ? `${version} ran outside a transaction and is left dirty: the database may hold part of it. Repair it by hand ` +
        `(finish or undo what ${version} did), then run: ${base} --clean (finished) or ${base} --remove (undone)`
    : `the down migration of ${version} ran outside a transaction and is left dirty: the database may hold part of ` +
        `it. Repair it by hand, then run: ${base} --remove (rolled back) or ${base} --clean (restored)`;
}

/** The message `up` refuses with when a service has a dirty migration. */
export function dirtyMessage(service: string, row: Pick<AppliedRow, 'version' | 'name'>): string {
  return (
    `${service}: migration ${row.version}${row.name ? ` (${row.name})` : ''} is dirty: it started outside a ` +
    `transaction and did not finish, so the database may hold part of it. Repair the database by hand ` +
    `(finish or undo what ${row.version} did), then run: ${forceCommand(service, row.version)}`
  );
}

/** Tracking rows of each service (by name); services without a tracking table get an empty list. */
export async function readAppliedState(db: Database, services: Service[]): Promise<Map<string, AppliedRow[]>> {
  const bySnake = await readAppliedMany(db, services);
  return new Map(services.map((s) => [s.name, bySnake.get(s.snake) ?? []]));
}

function findMigration(service: Service, step: Pick<PlanStep, 'id' | 'folder'>): Migration | undefined {
  return service.migrations.find((m) => m.id === step.id && m.folder === step.folder);
}

/**
 * `up`: applies the pending migrations of the environment. Refuses before anything runs when a service is
 * dirty, a step is blocked, approval or the maintenance window is missing, validation or the destructive check
 * finds errors, or a required backup fails. Stops at the first failing migration (and reverts this run's
 * migrations where auto_rollback_on_failure is on).
 *
 * The state is read and the plan made only once the locks of every selected service are held, and they stay
 * held until the run (auto-rollback included) is over: a rollback racing this run can no longer revert a
 * dependency between the plan and the apply, and no other run can apply between a failure and its rollback.
 * A dry run takes no lock; it says so when a dirty migration may be one another run is applying right now.
 */
export async function runUp(opts: UpOptions): Promise<UpResult> {
  if (opts.dryRun) return upLocked(opts);
  const wanted = opts.services && opts.services.length > 0 ? new Set(opts.services) : undefined;
  const names = opts.repo.services.filter((s) => !wanted || wanted.has(s.name)).map((s) => s.name);
  return withServiceLocks(opts.db, names, () => upLocked(opts), opts.out);
}

/** `runUp`'s body: runs with the selected services' locks held (or, for a dry run, without any). */
async function upLocked(opts: UpOptions): Promise<UpResult> {
  const started = performance.now();
  const { repo, env, db, out } = opts;
  const wanted = opts.services && opts.services.length > 0 ? new Set(opts.services) : undefined;
  const services = repo.services.filter((s) => !wanted || wanted.has(s.name));
  const result: UpResult = { applied: [], findings: [], warnings: [], planned: [] };
  const refuse = (message: string): UpResult => {
    result.refused = message;
    return result;
  };

  // Every service's state, not just the selected ones: a cross-service dependency may already be applied.
  const rows = await readAppliedState(db, repo.services);
  for (const s of services) result.findings.push(...(await checksumFindings(repo, s, rows.get(s.name) ?? [])));
  const dirty: string[] = [];
  for (const s of services) {
    for (const r of (rows.get(s.name) ?? []).filter((row) => row.dirty)) {
      // Only a dry run gets here without the lock: then a dirty row may be a migration being applied right now.
      dirty.push(opts.dryRun && (await lockHeldElsewhere(db, s.name)) ? inProgressMessage(s.name, r) : dirtyMessage(s.name, r));
    }
  }
  if (dirty.length > 0) return refuse(dirty.join('\n'));

  const state: AppliedState = new Map(repo.services.map((s) => [s.name, new Set((rows.get(s.name) ?? []).map((r) => r.version))]));
  const plan = planUp(repo, env, state, { services: opts.services, target: opts.target });
  result.planned = plan.steps;
  if (plan.blocked.length > 0) {
    return refuse(plan.blocked.map((b) => `${b.service} ${b.id} cannot run: ${b.reason}`).join('\n'));
  }
  if (plan.steps.length === 0) {
    out('no change');
    return result;
  }

  const byName = new Map(repo.services.map((s) => [s.name, s]));
  const involved = [...new Set(plan.steps.map((s) => s.service))].map((n) => byName.get(n)!);
  const settings = new Map(involved.map((s) => [s.name, environmentSettings(s, env)]));

  const refusals: string[] = [];
  for (const s of involved) {
    const cfg = settings.get(s.name)!;
    if (cfg.require_approval && !opts.approve) {
      refusals.push(`${s.name}: environment ${env} requires approval: run again with --approve once the plan is reviewed.`);
    }
    if (cfg.maintenance_window_required) {
      const problem = windowProblem(cfg.maintenance_window);
      const now = opts.now ?? new Date();
      if (problem) {
        refusals.push(`${s.name}: environment ${env} requires a maintenance window, but ${problem} (environments.json config.maintenance_window).`);
      } else if (!inWindow(cfg.maintenance_window!, now)) {
        refusals.push(
          `${s.name}: outside the maintenance window of ${env} (${describeWindow(cfg.maintenance_window!)}); it is now ${now.toISOString()}.`,
        );
      }
    }
  }
  if (refusals.length > 0) return refuse(refusals.join('\n'));

  // Destructive statements where the environment forbids them: errors, found before anything runs. Each file
  // is read once here and parsed at most once (the parse also tells how it runs).
  const pgVersion = repo.config?.pg_version ?? 15;
  const texts = new Map<PlanStep, PlannedFile>();
  for (const step of plan.steps) {
    const service = byName.get(step.service)!;
    const m = findMigration(service, step);
    if (!m?.up) continue;
    // Synchronous: small files, nothing else to do meanwhile, and far cheaper than a promise per read.
    const bytes = readMigrationFile(m.up);
    const file: PlannedFile = { bytes, sql: bytes.toString('utf8') };
    texts.set(step, file);
    if (settings.get(step.service)!.allow_destructive_operations) continue;
    await ensureParser();
    const parsed = parseSql(file.sql);
    file.info = runInfo(parsed, pgVersion);
    // Tables this migration created above hold no data from before it: dropping them destroys nothing (as the
    // destructive-operation rule says too).
    const ownTables = new Set<string>();
    for (const stmt of parsed.statements) {
      for (const op of destructiveOperations(stmt, parsed)) {
        if (op.kind === 'delete') continue; // the spec's destructive set: DROP TABLE/SCHEMA/COLUMN/DATABASE, TRUNCATE
        if (op.table && ownTables.has(tableKey(op.table))) continue;
        const from = parsed.lines.fromByte(op.start);
        const to = parsed.lines.fromByte(op.end);
        result.findings.push({
          rule: 'destructive-operation',
          severity: 'error',
          message: `${op.kind.replace('-', ' ').toUpperCase()} ${op.target}: environment ${env} has allow_destructive_operations false`,
          file: m.up.file,
          line: from.line,
          column: from.column,
          endLine: to.line,
          endColumn: to.column,
          service: step.service,
          migration: step.id,
        });
      }
      for (const key of tablesCreatedForCertain(stmt)) ownTables.add(key);
    }
  }
  if (result.findings.some((f) => f.severity === 'error')) {
    return refuse(`destructive operations are not allowed in ${env}; nothing was applied.`);
  }

  const toValidate = involved.filter((s) => !settings.get(s.name)!.skip_validation).map((s) => s.name);
  if (opts.validate && toValidate.length > 0) {
    const outcome = await opts.validate(toValidate);
    const found = Array.isArray(outcome) ? outcome : outcome.findings;
    const analysis = Array.isArray(outcome) ? undefined : outcome.files;
    if (analysis) {
      for (const [step, file] of texts) {
        const m = findMigration(byName.get(step.service)!, step);
        const a = m?.up ? analysis.get(m.up.file) : undefined;
        // A file validate could not parse runs in a transaction, in separate round trips (see analyzeFile).
        if (a && !file.info) file.info = a.syntaxError ? { transactional: true, parsed: false } : { transactional: !a.nonTransactional, parsed: true };
      }
    }
    const errors = found.filter((f) => f.severity === 'error' && (!f.service || toValidate.includes(f.service)));
    if (errors.length > 0) {
      for (const f of errors) result.findings.push(f); // not push(...): there may be 100,000s
      return refuse(`validation found ${errors.length} error(s) (skip_validation is false in ${env}); nothing was applied.`);
    }
  }

  if (opts.dryRun) {
    for (const step of plan.steps) out(`would apply ${step.service} ${step.id} ${step.name} (${step.folder})`);
    return result;
  }

  if (involved.some((s) => settings.get(s.name)!.backup_required)) {
    try {
      const b = await backupDatabase({
        dir: opts.backupDir ?? defaultBackupDir(repo.root, opts.processEnv),
        url: opts.databaseUrl,
        db,
        now: opts.now,
      });
      result.backup = b.file;
      out(`backup ${b.file} (${b.bytes} bytes${b.format === 'pglite-datadir' ? ', PGlite data directory' : ''})`);
    } catch (e) {
      return refuse(`backup_required is set for ${env} and the backup failed, so nothing was applied: ${messageOf(e)}`);
    }
  }

  await executeSteps(opts, plan.steps, byName, texts, result);

  if (result.failed) {
    const failedService = byName.get(result.failed.service)!;
    const reverting = result.applied.filter((s) => settings.get(s.service)?.auto_rollback_on_failure);
    if (settings.get(failedService.name)?.auto_rollback_on_failure && reverting.length > 0) {
      // A down file that cannot be read is a refusal like the others, not a crash after the failure.
      const reverted = await autoRollback({ repo, env, db, applied: reverting, out }).catch((e: unknown) => ({
        rolledBack: [],
        refused: e instanceof Error ? e.message : String(e),
      }));
      result.rolledBack = reverted.rolledBack;
      if (reverted.refused) {
        result.warnings.push(`auto-rollback refused, nothing was reverted: ${reverted.refused}. Left applied: ${reverting.map((s) => `${s.service} ${s.id}`).join(', ')}.`);
      }
    }
  }

  const url = webhookUrl(opts.webhook, opts.processEnv ?? process.env);
  if (url && (result.applied.length > 0 || result.failed)) {
    const warning = await notifyWebhook(url, {
      ok: !result.failed,
      environment: env,
      services: involved.map((s) => s.name),
      migrations: result.applied,
      durationMs: performance.now() - started,
      error: result.failed ? `${result.failed.service} ${result.failed.id}: ${result.failed.error}` : undefined,
    });
    if (warning) result.warnings.push(warning);
  }
  return result;
}

/** Runs the steps service by service (plan order), each service under its lock. Sets result.failed and stops. */
async function executeSteps(
  opts: UpOptions,
  steps: PlanStep[],
  byName: Map<string, Service>,
  texts: Map<PlanStep, PlannedFile>,
  result: UpResult,
): Promise<void> {
  const groups: { service: Service; steps: PlanStep[] }[] = [];
  for (const step of steps) {
    const last = groups[groups.length - 1];
    if (last && last.service.name === step.service) last.steps.push(step);
    else groups.push({ service: byName.get(step.service)!, steps: [step] });
  }
  const several = new Set(groups.map((g) => g.service.name)).size > 1;
  for (const group of groups) {
    if (several) opts.out(`# ${group.service.name}`);
    // The locks are held since runUp began.
    const stop = await (async () => {
      await ensureTracking(opts.db, group.service);
      // Another run may have applied (or left dirty) some of these while this one waited for the lock.
      const now = await readTrackedRows(opts.db, group.service);
      const dirtyRow = now.find((r) => r.dirty);
      if (dirtyRow) {
        result.refused = dirtyMessage(group.service.name, dirtyRow);
        return true;
      }
      const done = new Set(now.map((r) => r.version));
      const skipped = group.steps.filter((step) => done.has(step.id)).map((step) => step.id);
      if (skipped.length === group.steps.length) {
        // Silence here would look like a hang that ended for no reason; say why nothing ran.
        opts.out(`${group.service.name}: nothing left to apply: ${skipped.join(', ')} ${skipped.length === 1 ? 'was' : 'were'} applied by another run while this one waited`);
        return false;
      }
      const todo = group.steps.filter((step) => !done.has(step.id));
      const pgVersion = opts.repo.config?.pg_version ?? 15;
      // Files neither the destructive check nor validate parsed: most are settled by a pass over their text;
      // the rest are parsed, each while the server runs the migration before it (the process would otherwise
      // sit idle waiting for the answer).
      for (const step of todo) {
        const file = texts.get(step);
        if (file && !file.info) file.info = quickRunInfo(file.sql, pgVersion);
      }
      if (todo.some((step) => !texts.get(step)?.info)) await ensureParser();
      const prepare = (step: PlanStep | undefined) => {
        const file = step && texts.get(step);
        if (file && !file.info) file.info = runInfo(parseSql(file.sql), pgVersion);
      };
      prepare(todo[0]);
      for (let i = 0; i < todo.length; i++) {
        const step = todo[i]!;
        if (!(await runStep(opts, group.service, step, texts.get(step), result, () => prepare(todo[i + 1])))) return true;
      }
      return false;
    })();
    if (stop) return;
  }
}

/** Runs one step; `whileWaiting` is called once the migration is on its way to the server, before its answer. */
async function runStep(
  opts: UpOptions,
  service: Service,
  step: PlanStep,
  planned: PlannedFile | undefined,
  result: UpResult,
  whileWaiting: () => void,
): Promise<boolean> {
  const m = findMigration(service, step)!;
  let bytes: Buffer;
  try {
    bytes = planned?.bytes ?? readMigrationFile(m.up!);
  } catch (e) {
    result.failed = { service: service.name, id: m.id, error: e instanceof Error ? e.message : String(e) };
    return false;
  }
  const sql = planned?.sql ?? bytes.toString('utf8');
  const pgVersion = opts.repo.config?.pg_version ?? 15;
  const info = planned?.info ?? quickRunInfo(sql, pgVersion) ?? (await analyzeFile(sql, pgVersion));
  const hookCtx = {
    hooksDir: service.hooksDir,
    service: service.name,
    migration: m.id,
    env: opts.env,
    databaseUrl: opts.databaseUrl,
    cwd: opts.repo.root,
    out: opts.out,
    processEnv: opts.processEnv,
    timeoutSeconds: opts.hookTimeoutSeconds ?? opts.repo.config?.hook_timeout_seconds,
  };
  const how = (code: number | null) => (code === null ? 'failed' : `failed (exit ${code})`);
  if (!opts.noHooks) {
    const failure = await runHooks('pre', hookCtx);
    if (failure) {
      result.failed = { service: service.name, id: m.id, error: `hook ${failure.hook} ${how(failure.code)}: ${failure.tail}` };
      return false;
    }
  }
  const task = opts.progress?.start(`Applying: ${service.name} ${m.id}_${m.name}`);
  const applying = applyMigration(
    opts.db,
    {
      service,
      migration: m,
      env: opts.env,
      direction: 'up',
      sql,
      transactional: info.transactional,
      parsed: info.parsed,
      checksum: checksumOf(bytes),
    },
    opts.out,
  );
  // The query is written to the socket synchronously by the driver: this work overlaps the server's.
  whileWaiting();
  const outcome = await applying.finally(() => task?.end());
  if (!outcome.ok) {
    result.failed = { service: service.name, id: m.id, error: outcome.error };
    return false;
  }
  result.applied.push({ service: service.name, id: m.id, name: m.name, ms: outcome.ms });
  if (!opts.noHooks) {
    const failure = await runHooks('post', hookCtx);
    if (failure) {
      result.failed = { service: service.name, id: m.id, error: `hook ${failure.hook} ${how(failure.code)} after the migration was applied: ${failure.tail}` };
      return false;
    }
  }
  return true;
}
