/**
 * `svc-migrate baseline --service S [--version ID]`: records as applied, without running them, the migrations a
 * database already has: those its source tool's tracking table lists, or every one up to `--version`. It writes
 * svc-migrate's tracking rows only, under the service's lock, after the preflight (approval, window, backup).
 */
import { runBaseline } from '../../apply/baseline.js';
import { guard, takeRequiredBackup } from '../../apply/guard.js';
import { withServiceLock } from '../../apply/lock.js';
import { UsageError } from '../../core/types.js';
import { resolveEnvironment } from '../../repo/environments.js';
import { loadRepo } from '../../repo/load.js';
import { selectServices } from '../../repo/select.js';
import { openCommandDatabase } from '../database.js';
import type { CommandRun } from '../types.js';

/** Runs `svc-migrate baseline` (its flags are listed in ./index.ts). */
export const run: CommandRun = async (common, flags, io) => {
  if (common.services.length !== 1) throw new UsageError('baseline needs exactly one --service.');
  const repo = selectServices(await loadRepo({ root: common.root }), common.services);
  const env = resolveEnvironment(repo, common.env, io.env);
  const service = repo.services.find((s) => s.name === common.services[0]);
  if (!service) throw new UsageError(`Unknown service ${common.services[0]}.`);
  // The one preflight of every command that writes (preflight.ts): approval, maintenance window, backup.
  const gate = guard('baseline', env, [service], { approve: flags.approve === true, now: new Date() });
  if (gate.refusals.length > 0) {
    for (const r of gate.refusals) io.err(`refused [${r.rule}]: ${r.message}\n`);
    io.err('baseline refused: nothing was recorded.\n');
    return 1;
  }
  const version = flags.version as string | undefined;
  const dryRun = flags['dry-run'] === true;
  // The in-memory default vanishes with the process: recording a baseline there is a usage error (database.ts).
  const db = await openCommandDatabase(common, io, { command: 'baseline', repo, persistent: true });
  let result;
  try {
    if (!dryRun && gate.backupRequired.length > 0) {
      const out = (l: string) => (common.format === 'json' ? io.err(l + '\n') : io.out(l + '\n'));
      const backup = await takeRequiredBackup({ repo, env, db, databaseUrl: common.databaseUrl, backupDir: flags['backup-dir'] as string | undefined, out });
      if ('error' in backup) {
        io.err(`baseline refused: ${backup.error}\n`);
        return 1;
      }
    }
    result = await withServiceLock(db, service.name, () => runBaseline(db, service, env, { version, dryRun }));
  } finally {
    await db.close();
  }
  if (common.format === 'json') {
    io.out(JSON.stringify({ ...result, rows: undefined, migrations: result.rows.map((r) => r.version), dryRun }, null, 2) + '\n');
    return 0;
  }
  const verb = dryRun ? 'would record' : 'recorded';
  io.out(`${service.name}: ${result.rows.length} migration(s) applied according to ${result.source}; ${verb} ${result.recorded.length} as applied (the others already were).\n`);
  for (const v of result.recorded) io.out(`  ${v}\n`);
  if (result.unknown.length > 0) {
    io.err(`warning: ${result.source} lists ${result.unknown.join(', ')}, which ${service.name} has no migration file for; not recorded.\n`);
  }
  return 0;
};
