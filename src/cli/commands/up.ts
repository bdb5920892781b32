/** `svc-migrate up`: applies pending migrations (make db-migrate-up). */
import { resolveTarget } from '../../apply/ids.js';
import { isConnectionLost } from '../../apply/connection-lost.js';
import { failureExtras, failureWhere } from '../../apply/failure.js';
import { interruptionMessage, signalExitCode } from '../../apply/interrupt.js';
import { formatPlanText } from '../../apply/plan.js';
import { runUp, type UpResult } from '../../apply/run.js';
import { failsAt } from '../../core/types.js';
import { validate } from '../../lint/validate.js';
import { resolveEnvironment } from '../../repo/environments.js';
import { loadRepo } from '../../repo/load.js';
import { selectServices } from '../../repo/select.js';
import { jsonReport } from '../../report/json.js';
import { errorLabel, findingLine, planPayload } from '../output.js';
import { hookTimeoutFlag } from '../args.js';
import { openCommandDatabase } from '../database.js';
import { trapSignals } from '../signals.js';
import type { CommandRun, Io } from '../types.js';

/** Runs `svc-migrate up` (its flags are listed in ./index.ts). */
export const run: CommandRun = async (common, flags, io) => {
  // The whole repository: cross-service dependencies of the selected services must be known.
  const repo = await loadRepo({ root: common.root });
  selectServices(repo, common.services);
  const env = resolveEnvironment(repo, common.env, io.env);
  const target = flags.target === undefined ? undefined : resolveTarget(repo, common.services, String(flags.target));
  const db = await openCommandDatabase(common, io, { command: 'up', repo });
  const trap = trapSignals(io);
  let result: UpResult;
  try {
    // In JSON mode stdout carries only the report; progress lines go to stderr.
    const progress = common.format === 'json' ? (l: string) => io.err(l + '\n') : (l: string) => io.out(l + '\n');
    result = await runUp({
      repo,
      env,
      db,
      services: common.services,
      target,
      approve: flags.approve === true,
      dryRun: flags['dry-run'] === true,
      noHooks: flags['no-hooks'] === true,
      hookTimeoutSeconds: hookTimeoutFlag(flags['hook-timeout']),
      webhook: flags['notify-webhook'] as string | undefined,
      backupDir: flags['backup-dir'] as string | undefined,
      databaseUrl: common.databaseUrl,
      out: progress,
      progress: io.progress,
      processEnv: io.env,
      signal: trap.signal,
      // The per-file analysis too: up then need not parse again what validate parsed.
      validate: async (services) => {
        const v = await validate({ root: common.root, services, env, processEnv: io.env, cache: common.cache, progress: io.progress });
        return { findings: v.report.findings, files: v.files };
      },
    });
  } catch (e) {
    // A signal that cancelled a statement outside a migration (waiting for the lock): stopped, nothing started.
    if (trap.signal.aborted) {
      io.err(`interrupted by ${String(trap.signal.reason)} (${(e as Error).message}); no migration was running: run svc-migrate up again.\n`);
      return signalExitCode(String(trap.signal.reason));
    }
    // Lost between migrations (reading state, waiting for the lock): a failed run, not a bug in svc-migrate.
    if (!isConnectionLost(e)) throw e;
    io.err(
      `error: the connection to ${db.label} was lost (${(e as Error).message}). Each migration commits on its own, ` +
        `so none is half-applied by a transaction; run svc-migrate status once the database is reachable to see what was applied.\n`,
    );
    return 1;
  } finally {
    trap.release();
    await db.close();
  }
  // Every service the run looked at, whether or not it had something to apply.
  const services = common.services.length > 0 ? common.services.length : repo.services.length;
  if (flags['dry-run'] === true) {
    // The same plan object as `svc-migrate plan`, refusals included (spec section 4).
    for (const f of result.findings) io.err(findingLine(f, io));
    io.out(common.format === 'json' ? jsonReport(env, planPayload(result.plan), { services, migrations: result.plan.steps.length, files: 0 }, result.findings) : formatPlanText(result.plan));
  } else {
    printResult(result, env, common.format, io, services);
  }
  if (result.interrupted) return signalExitCode(result.interrupted.signal);
  const failed = result.failed !== undefined || result.refused !== undefined;
  return failed || result.findings.some((f) => failsAt(f.severity, common.failOn)) ? 1 : 0;
};

function printResult(r: UpResult, env: string, format: string, io: Io, services: number): void {
  if (format === 'json') {
    const payload = {
      applied: r.applied,
      ...(r.failed ? { failed: r.failed } : {}),
      ...(r.refused ? { refused: r.refused } : {}),
      refusals: r.plan.refusals,
      heldBack: r.plan.heldBack,
      ...(r.rolledBack ? { rolledBack: r.rolledBack } : {}),
      ...(r.backup ? { backup: r.backup } : {}),
      ...(r.interrupted ? { interrupted: { ...r.interrupted, message: interruptionMessage(r.interrupted, r.applied.length) } } : {}),
      warnings: r.warnings,
    };
    io.out(jsonReport(env, payload, { services, migrations: r.planned.length, files: 0 }, r.findings));
    return;
  }
  // The failure has its own line below, with PostgreSQL's DETAIL, HINT and CONTEXT.
  for (const f of r.findings) if (f.rule !== 'migration-failed') io.err(findingLine(f, io));
  for (const w of r.warnings) io.err(`${errorLabel(io, 'warning')} ${w}\n`);
  for (const x of r.plan.refusals) io.err(`refused [${x.rule}]: ${x.message}\n`);
  for (const h of r.plan.heldBack) io.err(`held back: ${h.service}: ${h.reason}\n`);
  if (r.refused && r.plan.refusals.length === 0) io.err(`up refused: ${r.refused}\n`);
  if (r.failed) {
    io.err(`${errorLabel(io, 'error')} ${r.failed.service} ${r.failed.id} failed: ${r.failed.error}\n`);
    const where = failureWhere(r.failed);
    for (const line of [...(where ? [`in ${where}`] : []), ...failureExtras(r.failed)]) io.err(`  ${line}\n`);
  }
  if (r.rolledBack && r.rolledBack.length > 0) {
    io.err(`auto_rollback_on_failure: reverted ${r.rolledBack.map((s) => `${s.service} ${s.id}`).join(', ')}\n`);
  }
  if (r.interrupted) io.err(`${interruptionMessage(r.interrupted, r.applied.length)}\n`);
}

