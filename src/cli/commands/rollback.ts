/**
 * `svc-migrate rollback`: reverts applied migrations of one service with their down files, newest first —
 * `--to ID`, `--steps N` or `--only ID`. Safe by default: refusals (docs/rollback.md) stop the whole run before
 * anything changes, unless `--force`.
 */
import { failureFinding } from '../../apply/failure.js';
import { rollbackService, runRollback, type RollbackResult } from '../../apply/rollback.js';
import { UsageError, type Finding } from '../../core/types.js';
import { resolveEnvironment } from '../../repo/environments.js';
import { loadRepo } from '../../repo/load.js';
import { openCommandDatabase } from '../database.js';
import { jsonReport } from '../../report/json.js';
import type { CommandRun, Io } from '../types.js';

/** Runs `svc-migrate rollback` (its flags are listed in ./index.ts). */
export const run: CommandRun = async (common, flags, io) => {
  // The whole repository: other services' applied migrations may depend on this one's.
  const repo = await loadRepo({ root: common.root });
  const service = rollbackService(repo, common.services);
  const env = resolveEnvironment(repo, common.env, io.env);
  const steps = flags.steps === undefined ? undefined : Number(flags.steps);
  if (steps !== undefined && (!Number.isInteger(steps) || steps < 1)) {
    throw new UsageError(`--steps must be a positive whole number, not ${String(flags.steps)}.`);
  }
  const db = await openCommandDatabase(common, io, { command: 'rollback', repo, persistent: true });
  let result: RollbackResult;
  try {
    const progress = common.format === 'json' ? (l: string) => io.err(l + '\n') : (l: string) => io.out(l + '\n');
    result = await runRollback({
      repo,
      env,
      db,
      selection: {
        service: service.name,
        to: flags.to as string | undefined,
        steps,
        only: flags.only as string | undefined,
      },
      force: flags.force === true,
      approve: flags.approve === true,
      dryRun: flags['dry-run'] === true,
      databaseUrl: common.databaseUrl,
      backupDir: flags['backup-dir'] as string | undefined,
      webhook: flags['notify-webhook'] as string | undefined,
      processEnv: io.env,
      out: progress,
      progress: io.progress,
    });
  } finally {
    await db.close();
  }
  print(result, env, common.format, io, flags['dry-run'] === true);
  return result.refused || result.failed ? 1 : 0;
};

function findingsOf(r: RollbackResult): Finding[] {
  const findings: Finding[] = r.refusals.map((x) => {
    const step = r.plan.steps.find((s) => s.id === x.id);
    return {
      rule: x.rule,
      severity: r.plan.forced ? 'warning' : 'error',
      message: r.plan.forced ? `${x.message} (overridden by --force)` : x.message,
      ...(step?.downFile ? { file: step.downFile, line: 1, column: 1 } : {}),
      service: x.service,
      migration: x.id,
    };
  });
  const own = new Set<string>(r.refusals.map((x) => x.rule));
  for (const g of r.gates) {
    if (own.has(g.rule)) continue;
    findings.push({ rule: g.rule, severity: 'error', message: g.message, ...(g.service ? { service: g.service } : {}), ...(g.migration ? { migration: g.migration } : {}) });
  }
  if (r.backupError) findings.push({ rule: 'backup-failed', severity: 'error', message: r.backupError });
  if (r.failed) {
    // Located where PostgreSQL stopped in the down file (failure.ts), with DETAIL, HINT and CONTEXT.
    const { service, id, error, ...where } = r.failed;
    const step = r.plan.steps.find((s) => s.id === id);
    const file = where.file ?? step?.downFile;
    findings.push(failureFinding(service, id, `${service} ${id}: the down migration failed: ${error}`, file ? { ...where, file } : undefined));
  }
  return findings;
}

function print(r: RollbackResult, env: string, format: string, io: Io, dryRun: boolean): void {
  const findings = findingsOf(r);
  if (format === 'json') {
    const payload = {
      rollback: {
        service: r.plan.service,
        steps: r.plan.steps.map(({ migration: _m, ...s }) => s),
        forced: r.plan.forced,
        refused: r.refused,
        refusals: r.gates,
        rolledBack: r.rolledBack,
        ...(r.backup ? { backup: r.backup } : {}),
        warnings: r.warnings,
        ...(r.failed ? { failed: r.failed } : {}),
      },
    };
    io.out(jsonReport(env, payload, { services: 1, migrations: r.plan.steps.length, files: 0 }, findings));
    return;
  }
  if (r.plan.steps.length === 0) {
    io.out(`${r.plan.service}: nothing to roll back\n`);
    return;
  }
  if (r.plan.forced) for (const x of r.refusals) io.err(`forced past [${x.rule}]: ${x.message}\n`);
  for (const g of r.gates) io.err(`refused [${g.rule}]: ${g.message}\n`);
  if (r.backupError) io.err(`refused [backup-failed]: ${r.backupError}\n`);
  for (const w of r.warnings) io.err(`warning: ${w}\n`);
  if (r.refused) {
    const own = r.gates.filter((g) => r.refusals.some((x) => x.rule === g.rule)).length;
    const gates = r.gates.length - own;
    const how = [own > 0 ? '--force overrides the rollback checks' : '', gates > 0 ? 'the environment gates need --approve (and the maintenance window)' : ''].filter(Boolean).join('; ');
    io.err(`nothing was rolled back (${r.gates.length + (r.backupError ? 1 : 0)} refusal(s))${how ? `: ${how}` : ''}.\n`);
    return;
  }
  if (dryRun) {
    for (const s of r.plan.steps) io.out(`would roll back ${s.service} ${s.id} ${s.name}\n`);
    return;
  }
  if (r.failed) io.err(`error: ${r.failed.service} ${r.failed.id} down failed: ${r.failed.error}\n`);
}
