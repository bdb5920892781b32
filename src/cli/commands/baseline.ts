/**
 * `svc-migrate baseline --service S [--version ID]`: records as applied, without running them, the migrations a
 * database already has: those its source tool's tracking table lists, or every one up to `--version`. It writes
 * svc-migrate's tracking rows only, under the service's lock, after the environment's gates (approval, window).
 */
import { runBaseline } from '../../apply/baseline.js';
import { openDatabase, pgliteDir } from '../../apply/db/open.js';
import { withServiceLock } from '../../apply/lock.js';
import { environmentGateRefusals } from '../../apply/run.js';
import { UsageError } from '../../core/types.js';
import { resolveEnvironment } from '../../repo/environments.js';
import { loadRepo } from '../../repo/load.js';
import { selectServices } from '../../repo/select.js';
import type { CommandRun } from '../types.js';

/** Runs `svc-migrate baseline` (its flags are listed in ./index.ts). */
export const run: CommandRun = async (common, flags, io) => {
  if (common.services.length !== 1) throw new UsageError('baseline needs exactly one --service.');
  const url = common.databaseUrl;
  if (!url || (url.startsWith('pglite:') && pgliteDir(url, io.cwd) === undefined)) {
    throw new UsageError(
      'baseline records what a database already has: on the in-memory embedded database that vanishes when the process ends it means nothing. ' +
        'Pass --database-url postgres://... (or DATABASE_URL), or pglite:///dir for an embedded database kept on disk.',
    );
  }
  const repo = selectServices(await loadRepo({ root: common.root }), common.services);
  const env = resolveEnvironment(repo, common.env, io.env);
  const service = repo.services.find((s) => s.name === common.services[0]);
  if (!service) throw new UsageError(`Unknown service ${common.services[0]}.`);
  // The same gates as up (#11's preflight will own them for every command that writes).
  const refusals = environmentGateRefusals([service], env, { approve: flags.approve === true });
  if (refusals.length > 0) {
    io.err(`baseline refused: ${refusals.join('\n')}\n`);
    return 1;
  }
  const version = flags.version as string | undefined;
  const dryRun = flags['dry-run'] === true;
  const db = await openDatabase(url, { cwd: io.cwd });
  let result;
  try {
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
