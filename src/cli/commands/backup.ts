/** `svc-migrate backup`: pg_dump -Fc of the target (real PostgreSQL), or PGlite's data-directory tarball. */
import { resolve } from 'node:path';
import { BackupError, backupDatabase, defaultBackupDir } from '../../apply/backup.js';
import { refuseInMemory } from '../../apply/db/open.js';
import type { Database } from '../../apply/db/types.js';
import { UsageError } from '../../core/types.js';
import { openCommandDatabase } from '../database.js';
import { jsonReport } from '../../report/json.js';
import type { CommandRun } from '../types.js';

/** Runs `svc-migrate backup` (its flags are listed in ./index.ts). */
export const run: CommandRun = async (common, flags, io) => {
  refuseInMemory('backup', common.databaseUrl);
  const url = common.databaseUrl;
  if (url === undefined) throw new UsageError('Nothing to back up: with no --database-url the embedded database lives only in memory for this command.');
  const dir = resolve(io.cwd, (flags['backup-dir'] as string | undefined) ?? defaultBackupDir(resolve(io.cwd, common.root), io.env));
  // PGlite's data lives in this process: open it to dump it. pg_dump connects by itself.
  const db: Database | undefined = url.startsWith('pglite:') ? await openCommandDatabase(common, io, { command: 'backup', persistent: true }) : undefined;
  try {
    let r;
    try {
      r = await backupDatabase({ dir, url, db });
    } catch (e) {
      // Unreachable database: exit 2 like every command. The dump itself failing (a full disk): exit 1.
      if (!(e instanceof BackupError) || e.unreachable) throw new UsageError(e instanceof Error ? e.message : String(e));
      io.err(`svc-migrate backup: backup failed: ${e.message}\n`);
      return 1;
    }
    // backup reads no repository, so no environment is checked against it: the envelope says the one given, if any.
    if (common.format === 'json') io.out(jsonReport(common.env ?? io.env.MIGRATION_ENV ?? 'development', { ...r }, { services: 0, migrations: 0, files: 1 }));
    else io.out(`backup written: ${r.file} (${r.bytes} bytes, ${r.format})\n`);
    return 0;
  } finally {
    await db?.close();
  }
};
