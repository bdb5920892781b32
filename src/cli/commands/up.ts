/** `svc-migrate up`: applies pending migrations (make db-migrate-up). */
import { extensionsForRepo, openDatabase } from '../../apply/db/open.js';
import { isConnectionLost } from '../../apply/connection-lost.js';
import { runUp, type UpResult } from '../../apply/run.js';
import { failsAt, UsageError } from '../../core/types.js';
import { validate } from '../../lint/validate.js';
import { resolveEnvironment } from '../../repo/environments.js';
import { loadRepo } from '../../repo/load.js';
import { selectServices } from '../../repo/select.js';
import { jsonReport } from '../../report/json.js';
import { errorLabel, findingLine } from '../output.js';
import { hookTimeoutFlag } from '../args.js';
import type { CommandRun, Io } from '../types.js';

/** Runs `svc-migrate up` (its flags are listed in ./index.ts). */
export const run: CommandRun = async (common, flags, io) => {
  const target = flags.target as string | undefined;
  if (target !== undefined && !/^\d+$/.test(target)) throw new UsageError(`--target ${target} is not a migration id (digits, as in 000003).`);
  // The whole repository: cross-service dependencies of the selected services must be known.
  const repo = await loadRepo({ root: common.root });
  selectServices(repo, common.services);
  const env = resolveEnvironment(repo, common.env, io.env);
  // Extensions only matter to PGlite: the lookup reads every migration file, so only PGlite pays for it.
  const db = await openDatabase(common.databaseUrl, { extensions: () => extensionsForRepo(repo), cwd: io.cwd });
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
      // The per-file analysis too: up then need not parse again what validate parsed.
      validate: async (services) => {
        const v = await validate({ root: common.root, services, env, processEnv: io.env, cache: common.cache, progress: io.progress });
        return { findings: v.report.findings, files: v.files };
      },
    });
  } catch (e) {
    // Lost between migrations (reading state, waiting for the lock): a failed run, not a bug in svc-migrate.
    if (!isConnectionLost(e)) throw e;
    io.err(
      `error: the connection to ${db.label} was lost (${(e as Error).message}). Each migration commits on its own, ` +
        `so none is half-applied by a transaction; run svc-migrate status once the database is reachable to see what was applied.\n`,
    );
    return 1;
  } finally {
    await db.close();
  }
  // Every service the run looked at, whether or not it had something to apply.
  const services = common.services.length > 0 ? common.services.length : repo.services.length;
  printResult(result, env, common.format, io, services);
  const failed = result.failed !== undefined || result.refused !== undefined;
  return failed || result.findings.some((f) => failsAt(f.severity, common.failOn)) ? 1 : 0;
};

function printResult(r: UpResult, env: string, format: string, io: Io, services: number): void {
  if (format === 'json') {
    const payload = {
      applied: r.applied,
      ...(r.failed ? { failed: r.failed } : {}),
      ...(r.refused ? { refused: r.refused } : {}),
      ...(r.rolledBack ? { rolledBack: r.rolledBack } : {}),
      ...(r.backup ? { backup: r.backup } : {}),
      warnings: r.warnings,
    };
    io.out(jsonReport(env, payload, { services, migrations: r.planned.length, files: 0 }, r.findings));
    return;
  }
  for (const f of r.findings) io.err(findingLine(f, io));
  for (const w of r.warnings) io.err(`${errorLabel(io, 'warning')} ${w}\n`);
  if (r.refused) io.err(`up refused: ${r.refused}\n`);
  if (r.failed) io.err(`${errorLabel(io, 'error')} ${r.failed.service} ${r.failed.id} failed: ${r.failed.error}\n`);
  if (r.rolledBack && r.rolledBack.length > 0) {
    io.err(`auto_rollback_on_failure: reverted ${r.rolledBack.map((s) => `${s.service} ${s.id}`).join(', ')}\n`);
  }
}

