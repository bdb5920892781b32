/**
 * `svc-migrate restore --file F`: pg_restore into the target (real PostgreSQL) or a PGlite tarball into an empty
 * directory. Restoring writes over every service's data, so the environment's gates of every service apply
 * (approval, maintenance window), and backup_required backs up the database being written over first.
 */
import { resolve } from 'node:path';
import { restoreDatabase } from '../../apply/backup.js';
import { openDatabase, refuseInMemory } from '../../apply/db/open.js';
import { guard, takeRequiredBackup } from '../../apply/guard.js';
import { redactUrl } from '../../apply/url.js';
import { UsageError } from '../../core/types.js';
import { resolveEnvironment } from '../../repo/environments.js';
import { loadRepo } from '../../repo/load.js';
import { jsonReport } from '../../report/json.js';
import type { CommandRun } from '../types.js';

/** Runs `svc-migrate restore` (its flags are listed in ./index.ts). */
export const run: CommandRun = async (common, flags, io) => {
  const file = flags.file as string | undefined;
  if (!file) throw new UsageError('restore needs --file BACKUP.');
  refuseInMemory('restore', common.databaseUrl);
  const repo = await loadRepo({ root: common.root });
  const env = resolveEnvironment(repo, common.env, io.env);
  const gate = guard('restore', env, repo.services, { approve: flags.approve === true, now: new Date() });
  if (gate.refusals.length > 0) {
    for (const r of gate.refusals) io.err(`refused [${r.rule}]: ${r.message}\n`);
    io.err('restore refused: nothing was changed.\n');
    return 1;
  }
  // A PGlite target must be an empty directory (backup.ts): there is nothing to back up first.
  const url = common.databaseUrl;
  if (gate.backupRequired.length > 0 && url !== undefined && !url.startsWith('pglite:')) {
    const db = await openDatabase(url, { cwd: io.cwd });
    try {
      const backup = await takeRequiredBackup({ repo, env, db, databaseUrl: url, backupDir: flags['backup-dir'] as string | undefined, out: (l) => io.out(l + '\n') });
      if ('error' in backup) {
        io.err(`restore refused: ${backup.error}\n`);
        return 1;
      }
    } finally {
      await db.close();
    }
  }
  try {
    await restoreDatabase({ file: resolve(io.cwd, file), url, cwd: io.cwd });
  } catch (e) {
    if (e instanceof UsageError) throw e;
    io.err(`restore failed: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  const database = redactUrl(url);
  const how = url?.startsWith('pglite:') ? 'into a new data directory' : 'in one transaction';
  if (common.format === 'json') io.out(jsonReport(env, { file, database }, { services: 0, migrations: 0, files: 1 }));
  else io.out(`restored ${file} into ${database} (${how}): the target database now holds the backup\n`);
  return 0;
};
