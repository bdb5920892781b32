/**
 * `svc-migrate rollback`: reverts applied migrations of one service with their down files, newest first —
 * `--to ID`, `--steps N` or `--only ID`. Safe by default: refusals (docs/rollback.md) stop the whole run before
 * anything changes, unless `--force`.
 */
import { openDatabase } from '../../apply/db/open.js';
import { rollbackService, runRollback, type RollbackResult } from '../../apply/rollback.js';
import { UsageError, type Finding } from '../../core/types.js';
import { resolveEnvironment } from '../../repo/environments.js';
import { loadRepo } from '../../repo/load.js';
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
  for (const flag of ['to', 'only'] as const) {
    const value = flags[flag];
    if (value !== undefined && !/^\d+$/.test(String(value))) {
      throw new UsageError(`--${flag} ${JSON.stringify(value)} is not a migration id (digits, as in 000003).`);
    }
  }
  if (common.databaseUrl === undefined) {
    io.err('note: no --database-url (or DATABASE_URL): rolling back an empty in-memory database, where nothing is applied.\n');
  }
  const db = await openDatabase(common.databaseUrl, { cwd: io.cwd });
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
      dryRun: flags['dry-run'] === true,
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
  if (r.failed) {
    const step = r.plan.steps.find((s) => s.id === r.failed?.id);
    findings.push({
      rule: 'migration-failed',
      severity: 'error',
      message: `${r.failed.service} ${r.failed.id}: the down migration failed: ${r.failed.error}`,
      ...(step?.downFile ? { file: step.downFile, line: 1, column: 1 } : {}),
      service: r.failed.service,
      migration: r.failed.id,
    });
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
        rolledBack: r.rolledBack,
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
  for (const x of r.refusals) io.err(`${r.plan.forced ? 'forced past' : 'refused'} [${x.rule}]: ${x.message}\n`);
  if (r.refused) {
    io.err(`nothing was rolled back (${r.refusals.length} refusal(s)); --force overrides them.\n`);
    return;
  }
  if (dryRun) {
    for (const s of r.plan.steps) io.out(`would roll back ${s.service} ${s.id} ${s.name}\n`);
    return;
  }
  if (r.failed) io.err(`error: ${r.failed.service} ${r.failed.id} down failed: ${r.failed.error}\n`);
}
