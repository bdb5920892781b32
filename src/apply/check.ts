/**
 * `check`: what the Action runs on a pull request or a deploy — `validate`, then with `apply` the pending
 * migrations on the target (an in-memory PGlite unless a URL is given), then with `verifyRollback` the
 * up → down → up proof on a throwaway database. One combined report, so that one exit code, one annotation set
 * and one PR comment cover all three stages.
 */
import type { Progress } from '../core/progress.js';
import { compareFindings, countFindings, UsageError, type FailOn, type Finding, type Report } from '../core/types.js';
import { validate } from '../lint/validate.js';
import type { LintCacheOptions } from '../lint/cache.js';
import { loadRepo } from '../repo/load.js';
import type { EnvironmentSource } from '../repo/environments.js';
import type { Repo } from '../repo/types.js';
import { describeEmbedded, openDatabase } from './db/open.js';
import type { Database } from './db/types.js';
import { planUp, type Plan } from './plan.js';
import { interruptionMessage, type Interruption } from './interrupt.js';
import { runUp, type Log, type UpResult } from './run.js';
import { readApplied } from './tracking.js';
import { verifyRollbacks, type VerifyResult } from './verify.js';

export interface CheckOptions {
  root: string;
  services?: string[];
  env?: string;
  /** How `env` was given (the Action: its `environment` input), for the unknown-environment message. */
  envSource?: EnvironmentSource;
  failOn: FailOn;
  apply: boolean;
  verifyRollback: boolean;
  /** Target of `apply` and server of `verify`; undefined = embedded. */
  databaseUrl?: string;
  approve?: boolean;
  noHooks?: boolean;
  /** --hook-timeout (seconds). */
  hookTimeoutSeconds?: number;
  /** MIGRATION_ENV, webhook variables... Default process.env. */
  processEnv?: NodeJS.ProcessEnv;
  /** Progress lines (`1/u create_users (12ms)`, verify outcomes). */
  out?: Log;
  /** The lint cache for validate (see lint/cache.ts); none by default. */
  cache?: LintCacheOptions;
  /** Aborted on SIGINT / SIGTERM: `apply` stops as `up` does (see UpOptions.signal). */
  signal?: AbortSignal;
  /** Shows what takes time while it runs (files linted, the migration being applied or verified). */
  progress?: Progress;
  /** Called once validation is done, before anything is applied: the CLI prints it first. */
  onValidated?: (report: Report) => void | Promise<void>;
  /** Called right before applying: where (the database, password removed) and what. */
  onApply?: (database: string, plan: Plan) => void;
  /** Called right before verifying rollbacks. */
  onVerify?: () => void;
  /** Worker threads for validate's linting (`--concurrency`); in-process by default. */
  concurrency?: number;
}

/** What `apply` did, in the report. */
export interface CheckApplied {
  database: string;
  migrations: { service: string; id: string; name: string; ms: number }[];
  failed?: { service: string; id: string; error: string };
  refused?: string;
  rolledBack?: { service: string; id: string; name: string; ms: number }[];
  /** Set when a signal stopped applying: where, the state left and what to do (`interruptionMessage`). */
  interrupted?: Interruption & { message: string };
  warnings: string[];
}

/** The combined report: validate's fields, plus `plan`, and `applied` / `verify` when those stages ran. */
export interface CheckReport extends Report {
  plan: Plan;
  applied?: CheckApplied;
  verify?: Pick<VerifyResult, 'database' | 'outcomes'> | { skipped: string };
}

export interface CheckResult {
  report: CheckReport;
  repo: Repo;
  /** True when a migration failed or `up` refused to run: exit 1 whatever --fail-on says. */
  failed: boolean;
}

/** Runs validate, then (optionally) apply and verify. UsageError for an unusable root or database. */
export async function runCheck(opts: CheckOptions): Promise<CheckResult> {
  const out = opts.out ?? (() => undefined);
  const processEnv = opts.processEnv ?? process.env;
  const validated = await validate({ root: opts.root, services: opts.services, env: opts.env, envSource: opts.envSource, processEnv, cache: opts.cache, concurrency: opts.concurrency, progress: opts.progress });
  const { repo, env } = validated;
  const base = validated.report;
  await opts.onValidated?.(base);
  const findings: Finding[] = [...base.findings];
  let plan: Plan = planUp(repo, env, new Map(), { services: opts.services });
  let applied: CheckApplied | undefined;
  let verify: CheckReport['verify'];
  let failed = false;

  if (opts.apply) {
    const db = await openDatabase(opts.databaseUrl, { repo });
    if (db.kind === 'pglite') out(describeEmbedded(db, opts.databaseUrl));
    const versionNote = embeddedVersionNote(db, repo.config?.pg_version ?? 15);
    if (versionNote) out(`note: ${versionNote}`);
    let result: UpResult;
    try {
      // What this run is about to apply, as the target stands now, for the CLI to say before it starts (up plans
      // again under its locks, with the preflight: `plan` below is that one).
      const state = new Map<string, Set<string>>();
      for (const s of repo.services) state.set(s.name, new Set((await readApplied(db, s)).map((r) => r.version)));
      plan = planUp(repo, env, state, { services: opts.services });
      opts.onApply?.(db.label, plan);
      result = await runUp({
        repo,
        env,
        db,
        services: opts.services,
        approve: opts.approve,
        noHooks: opts.noHooks,
        hookTimeoutSeconds: opts.hookTimeoutSeconds,
        databaseUrl: opts.databaseUrl,
        out,
        progress: opts.progress,
        processEnv,
        signal: opts.signal,
        // validate already ran: hand its findings to up, which stops on errors where skip_validation is false.
        validate: async (services) => base.findings.filter((f) => !f.service || services.includes(f.service)),
      });
    } finally {
      await db.close();
    }
    // The plan as the target stood, with its preflight: what this run applied and what it held back.
    plan = result.plan;
    for (const f of result.findings) findings.push(f); // not push(...): there may be 100,000s
    applied = {
      database: db.label,
      migrations: result.applied,
      warnings: versionNote ? [versionNote, ...result.warnings] : result.warnings,
      ...(result.failed ? { failed: result.failed } : {}),
      ...(result.refused ? { refused: result.refused } : {}),
      ...(result.rolledBack ? { rolledBack: result.rolledBack } : {}),
      ...(result.interrupted ? { interrupted: { ...result.interrupted, message: interruptionMessage(result.interrupted, result.applied.length) } } : {}),
    };
    if (applied.interrupted) {
      failed = true;
      out(applied.interrupted.message);
    }
    // runUp reported the failure as a located migration-failed finding, among result.findings.
    if (result.failed) failed = true;
    if (result.refused) {
      failed = true;
      findings.push({ rule: 'apply-refused', severity: 'error', message: `up refused to run: ${result.refused}` });
    }
  }

  if (opts.verifyRollback) {
    const blocking = base.findings.filter((f) => f.severity === 'error');
    if (blocking.length > 0) {
      verify = { skipped: `validation found ${blocking.length} error(s); fix them before verifying rollbacks` };
      out(`verify skipped: ${verify.skipped}`);
    } else {
      if (opts.databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(opts.databaseUrl) && !opts.databaseUrl.startsWith('pglite:')) {
        throw new UsageError(`--database-url must be postgres://... or pglite:...`);
      }
      // Prerequisites in services outside --service must be applied for the checked ones to run at all.
      const whole = opts.services && opts.services.length > 0 ? await loadRepo({ root: opts.root }) : repo;
      opts.onVerify?.();
      const result = await verifyRollbacks({ repo: whole, env, services: opts.services, databaseUrl: opts.databaseUrl, out, progress: opts.progress });
      for (const f of result.findings) findings.push(f);
      verify = { database: result.database, outcomes: result.outcomes };
    }
  }

  const merged = dedupe(findings).sort(compareFindings);
  const report: CheckReport = {
    ...base,
    findings: merged,
    summary: { ...base.summary, ...countFindings(merged) },
    plan,
    ...(applied ? { applied } : {}),
    ...(verify ? { verify } : {}),
  };
  return { report, repo, failed };
}

/**
 * When the embedded PostgreSQL is newer than `pg_version`, passing here proves less than it seems: say which
 * PostgreSQL ran the migrations and how to run them on the team's version.
 */
export function embeddedVersionNote(db: Database, pgVersion: number): string | undefined {
  if (db.kind !== 'pglite' || db.serverMajor === undefined || db.serverMajor <= pgVersion) return undefined;
  return (
    `the migrations were applied to ${db.label}, but pg_version is ${pgVersion}: PostgreSQL ${db.serverMajor} accepts what ` +
    `PostgreSQL ${pgVersion} may reject (unsupported-syntax reports the syntax, functions and types it knows). To apply them to ` +
    `PostgreSQL ${pgVersion} itself, pass --database-url of a PostgreSQL ${pgVersion} server (in the Action, a postgres:${pgVersion} service container).`
  );
}

/** Two stages can reach one problem (validate and up both flag a destructive statement): report it once. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = [f.rule, f.file, f.line, f.column, f.file ? '' : f.message].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
