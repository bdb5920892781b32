/**
 * Rolling back is safe by default (spec section 4). Planning is pure: which applied migrations a
 * `--to` / `--steps` / `--only` selects, newest first, and which of them must not be rolled back without
 * `--force` — marked `rollback_safe: false`, needed by a migration that stays applied, or without a down file.
 * Whether a down migration destroys data is judged by what it does to the database (data-loss.ts);
 * `runRollback` puts it together.
 */
import type { FailureDetail } from './failure.js';
import { UsageError } from '../core/types.js';
import { appliesIn } from '../graph/environments.js';
import { compareIds, idComparator } from '../graph/ids.js';
import { dependentsOf } from '../graph/order.js';
import type { Migration, Repo, Service } from '../repo/types.js';
import type { Database } from './db/types.js';
import { destructiveDowns, guard, takeRequiredBackup } from './guard.js';
import { resolveMigrationId } from './ids.js';
import { withServiceLock } from './lock.js';
import { notifyWebhook, webhookUrl } from './notify.js';
import type { PreflightRefusal } from './preflight.js';
import type { Progress } from '../core/progress.js';
import { revertChecked, type DownStep } from './data-loss.js';
import { applyMigration, fileIsTransactional, fileLabel, migrationLine, type AppliedStep, type Log } from './run.js';
import { readMigrationFile } from './read-file.js';
import { readApplied } from './tracking.js';

/** An applied migration as the tracking table knows it (an `AppliedRow` plus its service). */
export interface AppliedRef {
  service: string;
  version: string;
  dirty?: boolean;
}

/** Exactly one of `to`, `steps`, `only`. */
export interface RollbackSelection {
  service: string;
  /** Everything applied after this id (numerically greater). */
  to?: string;
  /** The newest N applied migrations. */
  steps?: number;
  /** This one migration only (selective rollback). */
  only?: string;
}

export interface RollbackStep {
  service: string;
  id: string;
  name: string;
  folder: string;
  /** The down file, relative to the root; absent when there is none (then refused). */
  downFile?: string;
  /** The migration as in the repository; absent for an applied version without files. */
  migration?: Migration;
}

export type RefusalRule =
  | 'rollback-unsafe'
  | 'rollback-dependent'
  | 'rollback-data-loss'
  | 'rollback-missing-down'
  | 'rollback-dirty';

export interface Refusal {
  service: string;
  id: string;
  rule: RefusalRule;
  /** Names the blocker and what to do. */
  message: string;
}

export interface RollbackPlan {
  service: string;
  environment: string;
  /** In execution order: newest first. */
  steps: RollbackStep[];
  refusals: Refusal[];
  /** True when refusals exist and --force was given: the steps run anyway. */
  forced: boolean;
}

/** The service a rollback is about: the one --service names, or the only one of the repo. */
export function rollbackService(repo: Repo, services: readonly string[]): Service {
  if (services.length > 1) throw new UsageError('rollback works on one service at a time: pass one --service.');
  const name = services[0] ?? (repo.services.length === 1 ? repo.services[0]?.name : undefined);
  if (name === undefined) {
    throw new UsageError(
      `rollback needs --service: this repository has ${repo.services.length} services (${repo.services.map((s) => s.name).join(', ')}).`,
    );
  }
  const service = repo.services.find((s) => s.name === name);
  if (!service) throw new UsageError(`Unknown service ${name}: no services/${name}/migrations folder under the root.`);
  return service;
}

/** The repository's migration for an applied version: the one that applies in env wins over other folders. */
function migrationFor(service: Service, id: string, env: string): Migration | undefined {
  const all = service.migrations.filter((m) => m.id === id);
  return all.find((m) => appliesIn(m, env)) ?? all[0];
}

/**
 * Applied versions of a service in the order they were applied as far as the files tell: `depends_on` first,
 * ties by numeric id. Reversed, that is the order to roll back in: dependents before what they need.
 */
export function appliedOrder(service: Service, versions: readonly string[], env: string): string[] {
  const set = new Set(versions);
  const deps = new Map<string, string[]>();
  for (const v of versions) {
    const raw: unknown = migrationFor(service, v, env)?.meta?.depends_on;
    const list = Array.isArray(raw) ? raw.filter((d): d is string => typeof d === 'string') : [];
    deps.set(v, list.filter((d) => set.has(d) && d !== v));
  }
  const out: string[] = [];
  const placed = new Set<string>();
  let rest = [...set].sort(idComparator(service.idOrder));
  while (rest.length > 0) {
    // Smallest id whose dependencies are placed; with a cycle, the smallest id so the loop always ends.
    const next = rest.find((v) => (deps.get(v) ?? []).every((d) => placed.has(d))) ?? (rest[0] as string);
    out.push(next);
    placed.add(next);
    rest = rest.filter((v) => v !== next);
  }
  return out;
}

/**
 * Plans a rollback (pure). `applied` holds the applied versions of every service (another service's applied
 * migrations may depend on this one's). With `force`, refusals are still listed but `forced` says they are
 * overridden. Throws UsageError for a selection that cannot be used (none or several of to/steps/only, an
 * `--only` that is not applied).
 */
export function planRollback(
  repo: Repo,
  env: string,
  applied: readonly AppliedRef[],
  selection: RollbackSelection,
  opts: { force: boolean },
): RollbackPlan {
  const service = repo.services.find((s) => s.name === selection.service);
  if (!service) throw new UsageError(`Unknown service ${selection.service}.`);
  const chosen = [selection.to, selection.steps, selection.only].filter((x) => x !== undefined).length;
  if (chosen !== 1) {
    throw new UsageError('Say what to roll back with exactly one of --to ID, --steps N or --only ID.');
  }
  const mine = applied.filter((a) => a.service === service.name);
  const order = appliedOrder(service, mine.map((a) => a.version), env);
  const newestFirst = [...order].reverse();

  let ids: string[];
  if (selection.to !== undefined) {
    const to = selection.to;
    ids = newestFirst.filter((v) => compareIds(v, to, service.idOrder) > 0 && !sameId(v, to));
  } else if (selection.steps !== undefined) {
    if (!Number.isInteger(selection.steps) || selection.steps < 1) {
      throw new UsageError(`--steps must be a positive whole number, not ${selection.steps}.`);
    }
    ids = newestFirst.slice(0, selection.steps);
  } else {
    const only = selection.only as string;
    const match = newestFirst.find((v) => v === only) ?? newestFirst.find((v) => sameId(v, only));
    if (match === undefined) {
      throw new UsageError(`${service.name} ${only} is not applied: nothing to roll back (applied: ${order.join(', ') || 'none'}).`);
    }
    ids = [match];
  }

  const steps: RollbackStep[] = ids.map((id) => {
    const migration = migrationFor(service, id, env);
    const step: RollbackStep = { service: service.name, id, name: migration?.name ?? '', folder: migration?.folder ?? '' };
    if (migration) step.migration = migration;
    if (migration?.down) step.downFile = migration.down.file;
    return step;
  });

  const refusals: Refusal[] = [];
  const dirty = mine.find((a) => a.dirty);
  if (dirty) {
    refusals.push({
      service: service.name,
      id: dirty.version,
      rule: 'rollback-dirty',
      message: `${service.name} is dirty at ${dirty.version} (a migration failed half-way): repair the database, then run \`svc-migrate force --service ${service.name} --version ${dirty.version} --clean\`.`,
    });
  }
  const appliedKeys = new Set(applied.map((a) => key(a.service, a.version)));
  const position = new Map(steps.map((s, i) => [s.id, i]));
  steps.forEach((step, i) => {
    const label = `${step.service} ${step.id}${step.name ? ` ${step.name}` : ''}`;
    if (!step.migration) {
      refusals.push({
        service: step.service,
        id: step.id,
        rule: 'rollback-missing-down',
        message: `${label} is applied but has no files in the repository: there is no down migration to run.`,
      });
    } else if (!step.downFile) {
      refusals.push({
        service: step.service,
        id: step.id,
        rule: 'rollback-missing-down',
        message: `${label} has no down file (${service.dir}/${step.folder}/${step.id}_${step.name}.down.sql).`,
      });
    }
    if (step.migration?.meta?.rollback_safe === false) {
      refusals.push({
        service: step.service,
        id: step.id,
        rule: 'rollback-unsafe',
        message: `${label} is marked "rollback_safe": false in ${service.dependencies?.file ?? `${service.dir}/dependencies.json`}.`,
      });
    }
    for (const dep of dependentsOf(repo, step.service, step.id)) {
      if (!appliedKeys.has(key(dep.service, dep.id))) continue;
      // A dependent of this service rolled back earlier in this run is fine.
      const at = dep.service === step.service ? position.get(dep.id) : undefined;
      if (at !== undefined && at < i) continue;
      const how = dep.service === step.service ? 'depends_on' : 'cross_service_dependencies';
      const fix =
        dep.service === step.service
          ? `roll back ${dep.id} first (--to ${dep.id} with a lower id, or --steps)`
          : `roll back ${dep.service} ${dep.id} first`;
      refusals.push({
        service: step.service,
        id: step.id,
        rule: 'rollback-dependent',
        message: `${label} is needed by applied migration ${dep.service} ${dep.id} (its ${how}): ${fix}, or use --force.`,
      });
    }
  });
  return { service: service.name, environment: env, steps, refusals, forced: opts.force && refusals.length > 0 };
}

function key(service: string, id: string): string {
  return `${service}\u0000${id}`;
}

function sameId(a: string, b: string): boolean {
  return compareIds(a, b) === 0 || a.replace(/^0+/, '') === b.replace(/^0+/, '');
}

export interface RollbackOptions {
  repo: Repo;
  env: string;
  db: Database;
  selection: RollbackSelection;
  force: boolean;
  /** --approve: require_approval, and a destructive down where the environment forbids destructive operations. */
  approve?: boolean;
  /** Plan and check only: the down files run and are rolled back. */
  dryRun?: boolean;
  now?: Date;
  /** The real URL (pg_dump for backup_required). Undefined = embedded. */
  databaseUrl?: string;
  backupDir?: string;
  /** --notify-webhook; SVC_MIGRATE_WEBHOOK_URL / SLACK_WEBHOOK_URL from `processEnv` otherwise. */
  webhook?: string;
  processEnv?: NodeJS.ProcessEnv;
  out: Log;
  /** Where a down migration being run is shown while it runs (`Reverting: ...`). */
  progress?: Progress;
  /** Told when another run holds the service's lock and this one waits. */
  onWait?: (message: string) => void;
}

export interface RollbackResult {
  plan: RollbackPlan;
  /** Every refusal of the rollback's own checks, the data-aware ones included (also those --force overrode). */
  refusals: Refusal[];
  /** The preflight's verdict (preflight.ts): environment gates, and the refusals above unless --force. */
  gates: PreflightRefusal[];
  /** True when the preflight refused, a required backup failed, or the data-loss check stopped the run: nothing changed. */
  refused: boolean;
  rolledBack: AppliedStep[];
  failed?: { service: string; id: string; error: string } & FailureDetail;
  backup?: string;
  /** backup_required and the backup failed: why (then `refused`). */
  backupError?: string;
  /** Problems that did not stop the run (a webhook that failed). */
  warnings: string[];
}

/** A selected step's down file, read and classified. */
interface ReadDown {
  step: RollbackStep;
  down: DownStep;
  transactional: boolean;
}

async function readDowns(repo: Repo, steps: readonly RollbackStep[]): Promise<ReadDown[]> {
  const out: ReadDown[] = [];
  for (const step of steps) {
    const service = repo.services.find((s) => s.name === step.service);
    const m = step.migration;
    if (!m?.down || !service) continue;
    const sql = readMigrationFile(m.down).toString('utf8');
    const transactional = (await fileIsTransactional(sql, repo.config?.pg_version ?? 15)) && !m.down.noTransaction;
    out.push({ step, down: { service, migration: m, sql }, transactional });
  }
  return out;
}

function label(step: RollbackStep): string {
  return `${step.service} ${step.id}${step.name ? ` ${step.name}` : ''}`;
}

/** The refusal of a down file that cannot run in a transaction: what it destroys cannot be checked first. */
function nonTransactionalRefusal(d: ReadDown): Refusal {
  return {
    service: d.step.service,
    id: d.step.id,
    rule: 'rollback-data-loss',
    message: `${label(d.step)}: ${d.down.migration.down!.file} cannot run in a transaction (CONCURRENTLY, DROP DATABASE, transaction control...), so what it destroys cannot be checked before it is done; use --force to roll back anyway.`,
  };
}

function lossRefusal(d: ReadDown, message: string): Refusal {
  return {
    service: d.step.service,
    id: d.step.id,
    rule: 'rollback-data-loss',
    message: `${label(d.step)}: ${d.down.migration.down!.file} ${message}; use --force to roll back anyway.`,
  };
}

/**
 * Runs (or with `dryRun`, checks and undoes) transactional down files in one transaction through the data-loss
 * check (data-loss.ts). Adds its refusals to `result.refusals`, its reverted steps to `result.rolledBack`.
 * Returns false when it did not commit.
 */
async function revertBatch(db: Database, batch: readonly ReadDown[], opts: { env: string; force: boolean; dryRun: boolean; out: Log }, result: RollbackResult): Promise<boolean> {
  const outcome = await revertChecked(db, batch.map((d) => d.down), opts);
  for (const loss of outcome.losses) result.refusals.push(lossRefusal(batch[loss.step]!, loss.message));
  if (outcome.failed) {
    const step = batch[outcome.failed.step]!.step;
    result.failed = { service: step.service, id: step.id, error: outcome.failed.error, ...outcome.failed.where };
  }
  if (!outcome.committed) return false;
  batch.forEach((d, i) => {
    const ms = outcome.ms[i] ?? 0;
    opts.out(migrationLine(d.step.id, 'down', d.step.name, ms));
    result.rolledBack.push({ service: d.step.service, id: d.step.id, name: d.step.name, ms });
  });
  return true;
}

/**
 * `--force` with a down file that cannot run in a transaction: one step at a time, the transactional ones
 * still through the data-loss check (its findings reported as overridden), the others as `applyMigration` runs
 * them (marked dirty first). Stops at the first failure.
 */
async function revertOneByOne(db: Database, downs: readonly ReadDown[], opts: RollbackOptions, result: RollbackResult): Promise<void> {
  for (const d of downs) {
    if (d.transactional) {
      if (!(await revertBatch(db, [d], { env: opts.env, force: true, dryRun: false, out: opts.out }, result))) return;
      continue;
    }
    const { service, migration, sql } = d.down;
    const task = opts.progress?.start(`Reverting: ${d.step.service} ${fileLabel(d.step.id, d.step.name)}`);
    const outcome = await applyMigration(db, { service, migration, env: opts.env, direction: 'down', sql, transactional: false, checksum: '' }, opts.out).finally(() => task?.end());
    if (!outcome.ok) {
      result.failed = { service: d.step.service, id: d.step.id, error: outcome.error, ...outcome.where };
      return;
    }
    result.rolledBack.push({ service: d.step.service, id: d.step.id, name: d.step.name, ms: outcome.ms });
  }
}

/**
 * `rollback`: plans, gathers the facts (the rollback's own refusals, the down files' static facts) and asks the
 * preflight; unless it refuses, backs up where backup_required asks, then runs the down files newest first under
 * the service's lock. The down files run in one transaction and are judged by what they did (data-loss.ts): all
 * or nothing, a loss rolls everything back. When something else refuses, the down files are still run and undone,
 * so that every refusal is told at once.
 */
export async function runRollback(opts: RollbackOptions): Promise<RollbackResult> {
  const started = Date.now();
  const result = await withServiceLock(opts.db, opts.selection.service, () => rollbackLocked(opts), opts.onWait);
  const url = webhookUrl(opts.webhook, opts.processEnv ?? process.env);
  if (url && (result.rolledBack.length > 0 || result.failed)) {
    const warning = await notifyWebhook(url, {
      ok: !result.failed,
      environment: opts.env,
      services: [opts.selection.service],
      migrations: result.rolledBack,
      durationMs: Date.now() - started,
      error: result.failed ? `${result.failed.service} ${result.failed.id} (down): ${result.failed.error}` : undefined,
    });
    if (warning) result.warnings.push(warning);
  }
  return result;
}

async function rollbackLocked(opts: RollbackOptions): Promise<RollbackResult> {
  const { repo, env, db } = opts;
  // Every service's applied rows: another service's applied migration may depend on this one.
  const applied: AppliedRef[] = [];
  for (const s of repo.services) {
    for (const row of await readApplied(db, s)) applied.push({ service: s.name, version: row.version, dirty: row.dirty });
  }
  const service = repo.services.find((s) => s.name === opts.selection.service);
  if (!service) throw new UsageError(`Unknown service ${opts.selection.service}.`);
  const mine = applied.filter((a) => a.service === service.name).map((a) => a.version);
  const selection: RollbackSelection = { ...opts.selection };
  // `--to 0`: before the first migration (everything), as golang-migrate's `goto 0`; any other id must exist.
  if (selection.to !== undefined && !/^0+$/.test(selection.to)) selection.to = resolveMigrationId(service, selection.to, '--to', mine);
  if (selection.only !== undefined) selection.only = resolveMigrationId(service, selection.only, '--only', mine);
  const plan = planRollback(repo, env, applied, selection, { force: opts.force });
  const result: RollbackResult = { plan, refusals: [...plan.refusals], gates: [], refused: false, rolledBack: [], warnings: [] };
  const downs = await readDowns(repo, plan.steps);
  for (const d of downs) if (!d.transactional) result.refusals.push(nonTransactionalRefusal(d));
  const flags = { approve: opts.approve === true, force: opts.force, now: opts.now ?? new Date() };
  const destructive = await destructiveDowns(plan.steps);
  const ask = () => guard('rollback', env, [service], flags, { destructiveDowns: destructive, rollbackRefusals: result.refusals });
  let verdict = ask();
  const blocked = verdict.refusals.length > 0 || (result.refusals.length > 0 && !opts.force);
  const checkable = downs.length === plan.steps.length && downs.every((d) => d.transactional);
  const dirty = plan.refusals.some((r) => r.rule === 'rollback-dirty');
  if (!blocked && !opts.dryRun && plan.steps.length > 0 && verdict.backupRequired.length > 0) {
    const backup = await takeRequiredBackup(opts);
    if ('error' in backup) {
      result.refused = true;
      result.backupError = backup.error;
      return result;
    }
    result.backup = backup.file;
  }
  if (checkable && downs.length > 0 && !dirty) {
    const checking = opts.dryRun === true || blocked;
    const task = checking ? undefined : opts.progress?.start(`Reverting: ${downs.map((d) => `${d.step.service} ${fileLabel(d.step.id, d.step.name)}`).join(', ')}`);
    await revertBatch(db, downs, { env, force: opts.force, dryRun: checking, out: opts.out }, result).finally(() => task?.end());
  } else if (!blocked && !opts.dryRun) {
    await revertOneByOne(db, downs, opts, result);
  }
  // The data-loss check may have added refusals: the verdict told is the one that weighed them.
  verdict = ask();
  plan.forced = opts.force && result.refusals.length > 0;
  result.gates = verdict.refusals;
  result.refused = verdict.refusals.length > 0 || (result.refusals.length > 0 && !opts.force);
  return result;
}

export interface AutoRollbackInput {
  repo: Repo;
  env: string;
  db: Database;
  /** What the failed run applied, in the order it applied them; only these are reverted. */
  applied: readonly AppliedStep[];
  out: Log;
}

export interface AutoRollbackOutcome {
  rolledBack: AppliedStep[];
  /** Why nothing was reverted, when it was not. */
  refused?: string;
}

/**
 * auto_rollback_on_failure: reverts what a failed run applied, newest first — through the same refusals as
 * `rollback` (rollback_safe, dependents, a down file missing or unable to run in a transaction) and the same
 * data-loss check, all the down files in one transaction: all or nothing. Never over a dirty service (a
 * migration that failed outside a transaction left the database half-changed: a human must look first). The
 * caller holds the services' locks since the run began, so no other run can slip in between.
 */
export async function autoRollback(input: AutoRollbackInput): Promise<AutoRollbackOutcome> {
  const { repo, env, db } = input;
  const steps = [...input.applied].reverse();
  const rows = new Map<string, AppliedRef[]>();
  for (const s of repo.services) rows.set(s.name, (await readApplied(db, s)).map((r) => ({ service: s.name, version: r.version, dirty: r.dirty })));
  const dirty = [...rows.values()].flat().filter((r) => r.dirty);
  if (dirty.length > 0) {
    return { rolledBack: [], refused: `${dirty.map((r) => `${r.service} ${r.version}`).join(', ')} is dirty: reverting over a half-applied migration could make things worse` };
  }
  const ours = new Set(steps.map((s) => key(s.service, s.id)));
  const refusals: string[] = [];
  const all = [...rows.values()].flat();
  for (const step of steps) {
    // What this run applied is reverted with it: only the rest can hold a step back.
    const applied = all.filter((r) => !ours.has(key(r.service, r.version)) || (r.service === step.service && r.version === step.id));
    const plan = planRollback(repo, env, applied, { service: step.service, only: step.id }, { force: false });
    refusals.push(...plan.refusals.map((r) => r.message));
    if (plan.refusals.length > 0) continue;
    for (const d of await readDowns(repo, plan.steps)) if (!d.transactional) refusals.push(nonTransactionalRefusal(d).message);
  }
  if (refusals.length > 0) return { rolledBack: [], refused: refusals.join('; ') };
  const downs: DownStep[] = steps.map((s) => {
    const service = repo.services.find((x) => x.name === s.service)!;
    const migration = migrationFor(service, s.id, env)!;
    return { service, migration, sql: readMigrationFile(migration.down!).toString('utf8') };
  });
  const outcome = await revertChecked(db, downs, { env, force: false, dryRun: false });
  const name = (i: number) => `${steps[i]!.service} ${steps[i]!.id}`;
  if (outcome.losses.length > 0) {
    return { rolledBack: [], refused: `the down files would destroy data: ${outcome.losses.map((l) => `${name(l.step)} ${l.message}`).join('; ')}` };
  }
  if (outcome.failed) return { rolledBack: [], refused: `the down migration of ${name(outcome.failed.step)} failed: ${outcome.failed.error}` };
  const rolledBack = steps.map((s, i) => ({ ...s, ms: outcome.ms[i] ?? 0 }));
  for (const s of rolledBack) input.out(migrationLine(s.id, 'down', s.name, s.ms));
  return { rolledBack };
}
