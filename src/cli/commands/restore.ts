/** `svc-migrate restore --file F`: pg_restore into the target (real PostgreSQL) or a PGlite tarball into an empty directory. */
import { resolve } from 'node:path';
import { restoreDatabase } from '../../apply/backup.js';
import { redactUrl } from '../../apply/url.js';
import { UsageError } from '../../core/types.js';
import { resolveEnvironment } from '../../repo/environments.js';
import { jsonReport } from '../../report/json.js';
import type { CommandRun } from '../types.js';

/** Runs `svc-migrate restore` (its flags are listed in ./index.ts). */
export const run: CommandRun = async (common, flags, io) => {
  const file = flags.file as string | undefined;
  if (!file) throw new UsageError('restore needs --file BACKUP.');
  try {
    await restoreDatabase({ file: resolve(io.cwd, file), url: common.databaseUrl, cwd: io.cwd });
  } catch (e) {
    if (e instanceof UsageError) throw e;
    io.err(`restore failed: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  const database = redactUrl(common.databaseUrl);
  const how = common.databaseUrl?.startsWith('pglite:') ? 'into a new data directory' : 'in one transaction';
  // restore reads no repository: the environment is MIGRATION_ENV's, else development.
  if (common.format === 'json') io.out(jsonReport(resolveEnvironment({ services: [] }, undefined, io.env), { file, database }, { services: 0, migrations: 0, files: 1 }));
  else io.out(`restored ${file} into ${database} (${how}): the target database now holds the backup\n`);
  return 0;
};
