/**
 * Runs the checks the inputs ask for through `runCheck`, the function behind the CLI's `check`: validate, then
 * with `apply` the pending migrations, then with `verify-rollback` the up → down → up proof. The result is
 * shaped for the reporters: findings, per-service counts, the plan, the matrix and what was applied.
 */
import { runCheck, type CheckOptions, type CheckReport, type CheckResult } from '../apply/check.js';
import { defaultCacheDir } from '../lint/cache.js';
import { openDatabase } from '../apply/db/open.js';
import { planUp, type Plan } from '../apply/plan.js';
import type { Log } from '../apply/run.js';
import { readApplied } from '../apply/tracking.js';
import type { ServiceSummary } from '../core/types.js';
import type { PlanOverview, ServiceOverview } from '../report/markdown.js';
import { buildMatrix, type Matrix } from '../report/matrix.js';
import type { Repo } from '../repo/types.js';
import type { ActionInputs } from './inputs.js';

export interface AppliedMigration {
  service: string;
  id: string;
  name: string;
  ms: number;
}

export interface CheckOutcome {
  report: CheckReport;
  repo: Repo;
  services: ServiceOverview[];
  plan: PlanOverview[];
  planTitle: string;
  /** Services with pending migrations (before this run applied them). */
  matrix: Matrix;
  applied: AppliedMigration[];
  /** Lines for the summary and the comment (rollback verification, refusals). */
  notes: string[];
  /** Set when applying failed or was refused: the run fails with this message whatever `fail-on` says. */
  failure?: string;
}

/** Validates (and applies / verifies, when asked) the repository at `root`. Throws UsageError for unusable inputs. */
export async function executeChecks(inputs: ActionInputs, root: string, log: Log): Promise<CheckOutcome> {
  const services = inputs.services.length > 0 ? inputs.services : undefined;
  const options: CheckOptions = {
    root,
    services,
    env: inputs.environment,
    failOn: inputs.failOn,
    apply: inputs.apply,
    verifyRollback: inputs.verifyRollback,
    databaseUrl: inputs.databaseUrl,
    approve: inputs.approve,
    out: log,
    // Outside the checkout (a pull request cannot plant one); a workflow that restores ~/.cache/svc-migrate
    // (actions/cache) skips unchanged files.
    cache: { dir: defaultCacheDir(root) },
  };
  const notes: string[] = [];
  let cannotStart: string | undefined;
  let checked: CheckResult;
  try {
    checked = await runCheck(options);
  } catch (error) {
    if (!inputs.apply && !inputs.verifyRollback) throw error;
    // Applying or verifying could not start (most often: the database cannot be reached). Validation needs no
    // database: run it alone, so that its findings are still annotated, summarised and set as outputs. When
    // validation itself is what failed (an unusable root), this throws the same error again.
    checked = await runCheck({ ...options, apply: false, verifyRollback: false });
    cannotStart = `${inputs.apply ? 'Applying' : 'Rollback verification'} could not start: ${errorMessage(error)}`;
    notes.push(cannotStart);
  }
  const { report, repo, failed } = checked;

  let plan = report.plan;
  let planTitle = 'Plan (on an empty database)';
  if (inputs.apply && cannotStart === undefined) {
    planTitle = `Applied to ${report.applied?.database ?? 'the database'}`;
  } else if (inputs.databaseUrl !== undefined && cannotStart === undefined) {
    // A plan job feeding a deploy matrix: what the target database still lacks, read without changing it.
    try {
      plan = await planAgainst(inputs.databaseUrl, repo, report.environment, services);
      planTitle = 'Plan (pending on the target database)';
    } catch (error) {
      cannotStart = `The pending migrations could not be read from the database: ${errorMessage(error)}`;
      notes.push(cannotStart);
    }
  }

  const applied = report.applied?.migrations ?? [];
  if (report.applied?.refused) notes.push(`Apply refused: ${report.applied.refused}`);
  for (const w of report.applied?.warnings ?? []) notes.push(w);
  if (report.verify !== undefined) {
    if ('skipped' in report.verify) notes.push(`Rollback verification skipped: ${report.verify.skipped}.`);
    else {
      const ok = report.verify.outcomes.filter((o) => o.status === 'ok').length;
      const bad = report.verify.outcomes.filter((o) => o.status !== 'ok' && o.status !== 'skipped').length;
      notes.push(`Rollback verification: ${ok} migration${ok === 1 ? '' : 's'} verified up → down → up, ${bad} failed.`);
    }
  }

  let failure: string | undefined = cannotStart;
  if (failed) {
    const f = report.applied?.failed;
    failure = f
      ? `Migration ${f.service} ${f.id} failed to apply: ${f.error}`
      : `Apply refused to run: ${report.applied?.refused ?? 'see the job summary'}`;
  }

  return {
    report,
    repo,
    services: servicesOf(report),
    plan: planOverview(plan, inputs.apply ? report.applied : undefined),
    planTitle,
    matrix: buildMatrix(plan),
    applied,
    notes,
    failure,
  };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function servicesOf(report: CheckReport): ServiceOverview[] {
  const list = (report as { services?: ServiceSummary[] }).services ?? [];
  return list.map((s) => ({ name: s.name, migrations: s.migrations }));
}

async function planAgainst(url: string, repo: Repo, env: string, services: string[] | undefined): Promise<Plan> {
  const db = await openDatabase(url);
  try {
    const state = new Map<string, Set<string>>();
    for (const s of repo.services) state.set(s.name, new Set((await readApplied(db, s)).map((r) => r.version)));
    return planUp(repo, env, state, { services });
  } finally {
    await db.close();
  }
}

/**
 * The plan grouped per service, in execution order, for the summary tables; after an apply, each migration
 * says whether it was applied (and how long it took), failed, or did not run.
 */
export function planOverview(plan: Plan, applied?: CheckReport['applied']): PlanOverview[] {
  const out: PlanOverview[] = [];
  const entryFor = (service: string, level?: number): PlanOverview => {
    let entry = out.find((p) => p.service === service);
    if (entry === undefined) out.push((entry = { service, level, migrations: [] }));
    return entry;
  };
  for (const step of plan.steps) {
    const row: PlanOverview['migrations'][number] = { id: step.id, name: step.name };
    if (applied !== undefined) {
      const done = applied.migrations.find((m) => m.service === step.service && m.id === step.id);
      const rolledBack = applied.rolledBack?.some((m) => m.service === step.service && m.id === step.id);
      if (done) Object.assign(row, { status: rolledBack ? 'applied, then rolled back' : 'applied', ms: done.ms });
      else if (applied.failed?.service === step.service && applied.failed.id === step.id) row.status = 'failed';
      else row.status = 'not run';
    }
    entryFor(step.service, step.level).migrations.push(row);
  }
  for (const b of plan.blocked) entryFor(b.service).migrations.push({ id: b.id, status: `blocked: ${b.reason}` });
  return out;
}
