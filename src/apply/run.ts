/**
 * The executor of `up`: runs what the planner (plan.ts) says, one migration at a time, each in one transaction
 * with its tracking row, under the service's advisory lock, with the environment's safety switches enforced
 * before anything runs. The only place migrations are applied (rollback and verify call `applyMigration`).
 */
import { performance } from 'node:perf_hooks';
import type { Finding } from '../core/types.js';
import { validateLoaded } from '../lint/validate.js';
import type { Progress } from '../core/progress.js';
import type { Direction, Migration, Repo, Service } from '../repo/types.js';
import { environmentSettings } from '../repo/environments.js';
import { ensureParser, parseSql, type ParsedSql } from '../sql/parser.js';
import { isTransactional, surelyTransactional } from '../sql/facts.js';
import type { Database } from './db/types.js';
import { takeRequiredBackup } from './guard.js';
import { isConnectionLost } from './connection-lost.js';
import { charsBefore, failureDetail, failureFinding, type FailureDetail } from './failure.js';
import { runHooks, serveForHooks } from './hooks.js';
import type { Interruption } from './interrupt.js';
import { inProgressMessage, lockHeldElsewhere, withServiceLocks } from './lock.js';
import { notifyWebhook, webhookUrl } from './notify.js';
import { planUp, restrictPlan, type AppliedState, type Plan, type PlanStep } from './plan.js';
import { holdBack, preflight, type HeldBack, type PreflightRefusal, type TrackedState } from './preflight.js';
import { readMigrationFile } from './read-file.js';
import { autoRollback } from './rollback.js';
import { checksumFindings } from './status.js';
import { checksumOf, ensureTracking, logAttempt, markDirty, readAppliedMany, recordApplied, removeApplied, type AppliedRow } from './tracking.js';

export { dirtyMessage, forceCommand } from './preflight.js';

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
}

/** A failure carries where in the file it happened and PostgreSQL's DETAIL, HINT and CONTEXT when known. */
export type ApplyOutcome = { ok: true; ms: number } | { ok: false; ms: number; error: string; where?: FailureDetail };

/**
 * A migration as its file names it: `000003_add_index`; where the id already is the whole name (formats whose ids
 * are the file names, as harness's colliding prefixes), the id alone.
 */
export function fileLabel(id: string, name: string): string {
  return id === name || id.endsWith(`_${name}`) ? id : `${id}_${name}`;
}

/** golang-migrate's line for one migration: `1/u initial (54.183163ms)`. */
export function migrationLine(id: string, direction: Direction, name: string, ms: number): string {
  const version = /^\d+$/.test(id) ? BigInt(id).toString() : id;
  return `${version}/${direction === 'up' ? 'u' : 'd'} ${name} (${ms.toFixed(6)}ms)`;
}

/** How a migration file can run: in a transaction or not. */
export interface FileRunInfo {
  transactional: boolean;
}

/** Tells how the file can run, from the lexer when that is sure, else from one parse (pgVersion: the project's pg_version, for transaction rules). */
export async function analyzeFile(sql: string, pgVersion = 15): Promise<FileRunInfo> {
  if (surelyTransactional(sql, pgVersion)) return { transactional: true };
  await ensureParser();
  return runInfo(parseSql(sql), pgVersion);
}

function runInfo(parsed: ParsedSql, pgVersion: number): FileRunInfo {
  // A file the parser rejects runs in a transaction: PostgreSQL rejects it too, and nothing remains.
  if (parsed.error) return { transactional: true };
  return { transactional: parsed.statements.every((s) => isTransactional(s, pgVersion)) };
}

/** The SQL settings a migration runs in: the project's pg_version for transaction rules. */
export async function fileIsTransactional(sql: string, pgVersion = 15): Promise<boolean> {
  return (await analyzeFile(sql, pgVersion)).transactional;
}

/**
 * The file's statements as separate texts (for running outside a transaction, one at a time), each with the
 * number of characters of the file before it (server error positions count from the statement's start).
 */
async function splitStatements(sql: string): Promise<{ text: string; start: number }[]> {
  await ensureParser();
  const parsed = parseSql(sql);
  if (parsed.error) return [{ text: sql, start: 0 }];
  const bytes = Buffer.from(sql, 'utf8');
  return parsed.statements.map((s) => ({ text: bytes.subarray(s.start, s.end).toString('utf8'), start: charsBefore(bytes, s.start) }));
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The attempt row's error: the message and, when known, the line and column in the file. */
function attemptError(error: string, where: FailureDetail | undefined): string {
  return where?.line === undefined ? error : `${error} (line ${where.line}, column ${where.column ?? 1})`;
}

/** The migration file a context runs, relative to the root. */
function fileOf(ctx: MigrationContext): string | undefined {
  return (ctx.direction === 'up' ? ctx.migration.up : ctx.migration.down)?.file;
}

/**
 * Applies (or reverts, `direction: 'down'`) one migration and records it, in golang-migrate's shape:
 * - transactional: BEGIN, the file, its tracking row (insert on up, delete on down), the attempt row, COMMIT; on
 *   failure everything is rolled back and the failed attempt is logged after;
 * - not transactional: mark dirty, the statements one by one, mark clean (up) or delete the row (down); a failure
 *   leaves it dirty.
 * Every statement on the tracking tables is tracking.ts's. Logs `1/u name (ms)` on success. Never throws for a
 * failing migration.
 */
export async function applyMigration(db: Database, ctx: MigrationContext, log: Log): Promise<ApplyOutcome> {
  const { service, migration: m, env, direction } = ctx;
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const record = (ms: number, dirty: boolean) =>
    recordApplied(db, service, { version: m.id, name: m.name, environment: env, checksum: ctx.checksum, executionTimeMs: ms, dirty });
  const attempt = (ms: number, success: boolean, error?: string) =>
    logAttempt(db, service, { migrationId: m.id, direction, executionTimeMs: ms, environment: env, success, error });
  const done = (ms: number): ApplyOutcome => {
    log(migrationLine(m.id, direction, m.name, ms));
    return { ok: true, ms };
  };

  if (ctx.transactional) {
    let committing = false;
    let inFile = false;
    try {
      await db.exec('BEGIN');
      inFile = true;
      await db.exec(ctx.sql);
      inFile = false;
      // One clock: this measurement is what is recorded, logged as the attempt, printed and returned.
      const ms = elapsed();
      await (direction === 'up' ? record(ms, false) : removeApplied(db, service, m.id));
      await attempt(ms, true);
      committing = true;
      await db.exec('COMMIT');
      return done(ms);
    } catch (e) {
      const ms = elapsed();
      const error = messageOf(e);
      // The file was sent whole: the server's position counts from its start. Errors of the tracking statements are not in the file.
      const where = failureDetail(inFile ? e : undefined, ctx.sql, fileOf(ctx));
      await db.exec('ROLLBACK').catch(() => undefined);
      await attempt(ms, false, attemptError(error, where));
      return { ok: false, ms, error: explainFailure(e, error, m.id, committing ? 'committing' : 'before-commit'), where };
    }
  }

  // Outside a transaction: the dirty flag is what tells the next run that this one did not finish.
  try {
    await (direction === 'up' ? record(0, true) : markDirty(db, service, m.id));
  } catch (e) {
    const error = messageOf(e);
    await attempt(elapsed(), false, error);
    return { ok: false, ms: elapsed(), error };
  }
  let start = 0;
  try {
    for (const stmt of await splitStatements(ctx.sql)) {
      start = stmt.start;
      await db.exec(stmt.text);
    }
  } catch (e) {
    const ms = elapsed();
    const error = messageOf(e);
    const where = failureDetail(e, ctx.sql, fileOf(ctx), { sentStart: start, statementStart: start });
    await attempt(ms, false, attemptError(error, where));
    const lost = isConnectionLost(e) ? `the connection to the database was lost (${error})` : error;
    return { ok: false, ms, error: `${lost}; ${dirtyHint(service.name, m.id, direction)}`, where };
  }
  const ms = elapsed();
  try {
    await (direction === 'up' ? record(ms, false) : removeApplied(db, service, m.id));
  } catch (e) {
    const error = `the migration ran, but marking it clean failed: ${messageOf(e)}`;
    await attempt(ms, false, error);
    return { ok: false, ms, error };
  }
  await attempt(ms, true);
  return done(ms);
}

/** A failed transactional migration's message: lock timeouts and lost connections say what remains. */
function explainFailure(e: unknown, error: string, id: string, stage: 'committing' | 'before-commit'): string {
  // A server error (not a lost connection) always means the transaction was rolled back, whatever the stage.
  if ((e as { code?: unknown }).code === '55P03') {
    return `${error}: another session holds a lock ${id} needs (see pg_locks); the transaction was rolled back, so nothing of ${id} remains: run the command again once that session is done`;
  }
  if (!isConnectionLost(e)) return error;
  // Without the server's answer to COMMIT nobody knows whether it committed; before COMMIT it did not.
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
   * `skip_validation` false or forbids destructive operations. Errors among them stop that service before
   * anything runs. Omitted = `validateLoaded` on the repository as loaded. It may also return validate's per-file analysis (keyed by the file's path relative to the
   * root, as `MigrationFile.file`), so that `up` does not parse again what validate already parsed.
   */
  validate?: (services: string[]) => Promise<Finding[] | ValidationOutcome>;
  processEnv?: NodeJS.ProcessEnv;
  /**
   * Aborted on SIGINT / SIGTERM, with the signal's name as reason: the running statement is cancelled (PostgreSQL
   * rolls a transactional migration back) and no further migration starts. See `UpResult.interrupted`.
   */
  signal?: AbortSignal;
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
  /** The migration that failed: PostgreSQL's message, located in its file with DETAIL, HINT and CONTEXT. */
  failed?: { service: string; id: string; error: string } & FailureDetail;
  /** checksum-mismatch warnings, and the validation errors the preflight weighed. */
  findings: Finding[];
  /** The preflight's refusals as text, one a line (the services they name were held back), or a failed backup. */
  refused?: string;
  /** Migrations reverted by auto_rollback_on_failure, newest first. */
  rolledBack?: AppliedStep[];
  /** Backup taken because of backup_required. */
  backup?: string;
  /** Set when SIGINT / SIGTERM stopped the run. */
  interrupted?: Interruption;
  /** Problems that did not stop the run (a webhook that failed). */
  warnings: string[];
  /** What would run (always set; the whole of the result with `dryRun`). */
  planned: PlanStep[];
  /** The plan with its preflight, as `plan` prints it. */
  plan: UpPlan;
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

/** Tracking rows of each service (by name); services without a tracking table get an empty list. */
export async function readAppliedState(db: Database, services: Service[]): Promise<Map<string, AppliedRow[]>> {
  const bySnake = await readAppliedMany(db, services);
  return new Map(services.map((s) => [s.name, bySnake.get(s.snake) ?? []]));
}

function findMigration(service: Service, step: Pick<PlanStep, 'id' | 'folder'>): Migration | undefined {
  return service.migrations.find((m) => m.id === step.id && m.folder === step.folder);
}

/** `up`'s plan with its preflight: what `plan`, `up --dry-run` and `up` print and act on (one object). */
export interface UpPlan extends Plan {
  /** Every refusal of the preflight (preflight.ts); the services they name are held back. */
  refusals: PreflightRefusal[];
  /** Services that do not run, and why: refused, or needing a refused service. */
  heldBack: HeldBack[];
  /** Services whose environment has backup_required (backed up before anything runs). */
  backupRequired: string[];
}

/** What `preparePlan` needs: `up`'s options without the execution-only ones. */
export type PlanInput = Pick<UpOptions, 'repo' | 'env' | 'services' | 'target' | 'approve' | 'now' | 'validate'> & {
  /** The target database, read only; absent = an empty database (`plan` without a URL). */
  db?: Database;
};

/** What `preparePlan` learned on the way that `up` reuses. */
interface Prepared {
  plan: UpPlan;
  /** The plan before the preflight held any service back (a deploy matrix keeps the services that wait for approval). */
  runnable: Plan;
  findings: Finding[];
  analysis?: ValidationOutcome['files'];
}

/**
 * Reads the database state, plans, validates and runs the preflight, changing nothing: the plan object of
 * `plan`, `up --dry-run` and `up`. Validation runs for the services whose environment has skip_validation false
 * or forbids destructive operations (the destructive-operation rule is the one check of that; its errors refuse
 * whatever skip_validation says).
 */
export async function preparePlan(opts: PlanInput): Promise<Prepared> {
  const { repo, env, db } = opts;
  const wanted = opts.services && opts.services.length > 0 ? new Set(opts.services) : undefined;
  const services = repo.services.filter((s) => !wanted || wanted.has(s.name));
  // Every service's state, not just the selected ones: a cross-service dependency may already be applied.
  const rows = db ? await readAppliedState(db, repo.services) : new Map<string, AppliedRow[]>();
  const findings: Finding[] = [];
  const state: TrackedState[] = [];
  for (const s of services) {
    const drift = await checksumFindings(repo, s, rows.get(s.name) ?? []);
    for (const x of drift) findings.push(x); // not push(...): there may be 100,000s
    const changed = new Set(drift.map((f) => f.migration));
    for (const r of rows.get(s.name) ?? []) state.push({ service: s.name, version: r.version, name: r.name, dirty: r.dirty, checksumChanged: changed.has(r.version) });
  }
  const applied: AppliedState = new Map(repo.services.map((s) => [s.name, new Set((rows.get(s.name) ?? []).map((r) => r.version))]));
  const base = planUp(repo, env, applied, { services: opts.services, target: opts.target });
  const touched = new Set([...base.steps, ...base.blocked].map((s) => s.service));
  for (const t of state) if (t.dirty || t.checksumChanged) touched.add(t.service);
  const involved = services.filter((s) => touched.has(s.name)).map((s) => ({ name: s.name, settings: environmentSettings(s, env) }));

  let analysis: ValidationOutcome['files'];
  const toValidate = involved.filter((s) => !s.settings.skip_validation || !s.settings.allow_destructive_operations).map((s) => s.name);
  if (toValidate.length > 0) {
    // Without the caller's findings up validates itself: no way of calling it skips the checks.
    const outcome = opts.validate ? await opts.validate(toValidate) : await validateLoaded(repo, env, toValidate);
    analysis = Array.isArray(outcome) ? undefined : outcome.files;
    const found = Array.isArray(outcome) ? outcome : outcome.findings;
    const skip = new Set(involved.filter((s) => s.settings.skip_validation).map((s) => s.name));
    // Where skip_validation is true only the destructive-operation errors count (the environment forbids them).
    const counts = (f: Finding) => !f.service || (toValidate.includes(f.service) && (!skip.has(f.service) || f.rule === 'destructive-operation'));
    for (const x of found.filter((f) => f.severity === 'error' && counts(f))) findings.push(x); // not push(...): there may be 100,000s
  }
  const verdict = preflight({
    command: 'up',
    environment: env,
    services: involved,
    blocked: base.blocked,
    findings,
    state,
    flags: { approve: opts.approve === true, now: opts.now ?? new Date() },
  });
  const { steps, heldBack } = holdBack(base.steps, verdict.refusals);
  const plan: UpPlan = {
    ...restrictPlan(base, steps),
    refusals: verdict.refusals,
    heldBack,
    backupRequired: verdict.backupRequired.filter((n) => steps.some((s) => s.service === n)),
  };
  return { plan, runnable: base, findings, analysis };
}

/**
 * `up`: applies the pending migrations of the environment. The preflight (preparePlan) decides every refusal
 * before anything runs; a refused service is held back with the services that need it, the others run. Stops
 * at the first failing migration (and reverts this run's migrations where auto_rollback_on_failure is on).
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
  const { repo, env, out } = opts;
  const { plan, findings, analysis } = await preparePlan(opts);
  if (opts.dryRun) await sayInProgress(opts.db, plan.refusals);
  const result: UpResult = { applied: [], findings, warnings: [], planned: plan.steps, plan };
  if (plan.refusals.length > 0) result.refused = plan.refusals.map((r) => r.message).join('\n');
  if (plan.steps.length === 0) {
    if (plan.refusals.length === 0 && !opts.dryRun) out('no change');
    return result;
  }
  // --dry-run: the plan object is the whole answer (the CLI prints it as `plan` does).
  if (opts.dryRun) return result;

  const byName = new Map(repo.services.map((s) => [s.name, s]));
  const involved = [...new Set(plan.steps.map((s) => s.service))].map((n) => byName.get(n)!);
  const texts = readPlannedFiles(plan.steps, byName, analysis);

  if (plan.backupRequired.length > 0) {
    const backup = await takeRequiredBackup({ ...opts, nothing: 'applied' });
    if ('error' in backup) {
      result.refused = [result.refused, backup.error].filter(Boolean).join('\n');
      return result;
    }
    result.backup = backup.file;
  }

  const served = await serveForHooks(opts.db, involved.map((s) => s.hooksDir), opts.noHooks);
  try {
    await executeSteps(served ? { ...opts, databaseUrl: served.url } : opts, plan.steps, byName, texts, result);
  } finally {
    await served?.stop();
  }
  if (result.failed) await afterFailure(opts, byName, result);

  const url = webhookUrl(opts.webhook, opts.processEnv ?? process.env);
  if (url && (result.applied.length > 0 || result.failed || result.interrupted)) {
    const warning = await notifyWebhook(url, {
      ok: !result.failed && !result.interrupted,
      environment: env,
      services: involved.map((s) => s.name),
      migrations: result.applied,
      durationMs: performance.now() - started,
      error: result.failed
        ? `${result.failed.service} ${result.failed.id}: ${result.failed.error}`
        : result.interrupted && `interrupted by ${result.interrupted.signal} before ${result.interrupted.service} ${result.interrupted.id}`,
    });
    if (warning) result.warnings.push(warning);
  }
  return result;
}

/**
 * A dry run holds no lock: a dirty row of a service whose lock another session holds may be a migration being
 * applied right now, so its refusal says so instead of advising `force`.
 */
async function sayInProgress(db: Database, refusals: PreflightRefusal[]): Promise<void> {
  for (const r of refusals) {
    if (r.rule === 'dirty-service' && r.service && r.migration && (await lockHeldElsewhere(db, r.service))) {
      r.message = inProgressMessage(r.service, { version: r.migration });
    }
  }
}

/** A failed run: the failure as a located finding, then auto_rollback_on_failure (under the locks still held). */
async function afterFailure(opts: UpOptions, byName: Map<string, Service>, result: UpResult): Promise<void> {
  const { service, id, error, ...where } = result.failed!;
  result.findings.push(failureFinding(service, id, `${service} ${id} failed to apply: ${error}`, where));
  const auto = (name: string) => environmentSettings(byName.get(name)!, opts.env).auto_rollback_on_failure;
  const reverting = result.applied.filter((s) => auto(s.service));
  if (!auto(service) || reverting.length === 0) return;
  // A down file that cannot be read is a refusal like the others, not a crash after the failure.
  const reverted = await autoRollback({ repo: opts.repo, env: opts.env, db: opts.db, applied: reverting, out: opts.out }).catch((e: unknown) => ({
    rolledBack: [],
    refused: e instanceof Error ? e.message : String(e),
  }));
  result.rolledBack = reverted.rolledBack;
  if (reverted.refused) {
    result.warnings.push(`auto-rollback refused, nothing was reverted: ${reverted.refused}. Left applied: ${reverting.map((s) => `${s.service} ${s.id}`).join(', ')}.`);
  }
}

/** Each planned up file, read once; how it runs is taken from validate's analysis when it has the file. */
function readPlannedFiles(steps: readonly PlanStep[], byName: Map<string, Service>, analysis: ValidationOutcome['files']): Map<PlanStep, PlannedFile> {
  const texts = new Map<PlanStep, PlannedFile>();
  for (const step of steps) {
    const m = findMigration(byName.get(step.service)!, step);
    if (!m?.up) continue;
    // Synchronous: small files, nothing else to do meanwhile, and far cheaper than a promise per read.
    const bytes = readMigrationFile(m.up);
    const file: PlannedFile = { bytes, sql: bytes.toString('utf8') };
    const a = analysis?.get(m.up.file);
    // A file validate could not parse runs in a transaction (see analyzeFile): PostgreSQL rejects it, nothing remains.
    if (a) file.info = { transactional: a.syntaxError || !a.nonTransactional };
    texts.set(step, file);
  }
  return texts;
}

/** Runs the steps service by service (plan order); the locks are held since runUp began. Sets result.failed and stops. */
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
  const pgVersion = opts.repo.config?.pg_version ?? 15;
  for (const group of groups) {
    if (several) opts.out(`# ${group.service.name}`);
    await ensureTracking(opts.db, group.service);
    const todo = group.steps;
    // Files validate did not analyze: most are settled by the lexer alone (surelyTransactional); the rest are
    // parsed, each while the server runs the migration before it (the process would otherwise sit idle).
    for (const step of todo) {
      const file = texts.get(step);
      if (file && !file.info && surelyTransactional(file.sql, pgVersion)) file.info = { transactional: true };
    }
    if (todo.some((step) => !texts.get(step)?.info)) await ensureParser();
    const prepare = (step: PlanStep | undefined) => {
      const file = step && texts.get(step);
      if (file && !file.info) file.info = runInfo(parseSql(file.sql), pgVersion);
    };
    prepare(todo[0]);
    for (let i = 0; i < todo.length; i++) {
      const step = todo[i]!;
      if (!(await runStep(opts, group.service, step, texts.get(step), result, () => prepare(todo[i + 1])))) return;
    }
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
  const info = planned?.info ?? (await analyzeFile(sql, pgVersion));
  const stopped = (during: boolean) => {
    result.interrupted = { signal: String(opts.signal?.reason), service: service.name, id: m.id, name: m.name, during, transactional: info.transactional };
  };
  // One turn of the event loop first: a signal that came while PGlite held the thread (it runs in this process)
  // is only dispatched when the loop polls, and PGlite's promises settle without ever letting it.
  if (opts.signal) await new Promise((resolve) => setImmediate(resolve));
  if (opts.signal?.aborted) {
    stopped(false);
    return false;
  }
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
  // A signal during the pre hooks: the migration has not started, so it does not.
  if (opts.signal?.aborted) {
    stopped(false);
    return false;
  }
  const task = opts.progress?.start(`Applying: ${service.name} ${fileLabel(m.id, m.name)}`);
  const applying = applyMigration(
    opts.db,
    {
      service,
      migration: m,
      env: opts.env,
      direction: 'up',
      sql,
      // dbmate's transaction:false and goose's NO TRANSACTION say what the SQL alone may not.
      transactional: info.transactional && !m.up!.noTransaction,
      checksum: checksumOf(bytes),
    },
    opts.out,
  );
  // A signal now cancels the running statement; PostgreSQL rolls back what it can (see UpOptions.signal).
  const cancel = () => void opts.db.cancel?.();
  opts.signal?.addEventListener('abort', cancel, { once: true });
  // The query is written to the socket synchronously by the driver: this work overlaps the server's.
  whileWaiting();
  const outcome = await applying.finally(() => {
    task?.end();
    opts.signal?.removeEventListener('abort', cancel);
  });
  if (!outcome.ok) {
    result.failed = { service: service.name, id: m.id, error: outcome.error, ...outcome.where };
    if (opts.signal?.aborted) stopped(true);
    return false;
  }
  result.applied.push({ service: service.name, id: m.id, name: m.name, ms: outcome.ms });
  const verifyError = m.verify ? await runVerifyScript(opts.db, m.verify) : undefined;
  if (verifyError !== undefined) {
    result.failed = {
      service: service.name,
      id: m.id,
      error: `${m.verify!.file} failed after ${m.id} was applied: ${verifyError}. The change stays applied: fix it, or undo it with svc-migrate rollback --only ${m.id}.`,
    };
    return false;
  }
  if (!opts.noHooks) {
    const failure = await runHooks('post', hookCtx);
    if (failure) {
      result.failed = { service: service.name, id: m.id, error: `hook ${failure.hook} ${how(failure.code)} after the migration was applied: ${failure.tail}` };
      return false;
    }
  }
  return true;
}

/**
 * Runs a sqitch verify script (sqitch runs it right after deploying the change); the error's message when it
 * fails. Such scripts often open a transaction and roll it back: a failure in one leaves it to be closed here.
 */
async function runVerifyScript(db: Database, verify: { file: string; abs: string }): Promise<string | undefined> {
  try {
    await db.exec(readMigrationFile(verify).toString('utf8'));
    return undefined;
  } catch (e) {
    await db.exec('ROLLBACK').catch(() => undefined);
    return e instanceof Error ? e.message : String(e);
  }
}
