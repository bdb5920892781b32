/**
 * `svc-migrate force --service S --version ID (--clean | --remove | --accept-checksum)`: records the truth about
 * one migration after a human repaired the database (clears a dirty flag, forgets a row) or reviewed an edit of
 * an applied file. The id resolves as written or by number (`5` -> `000005`) among the service's migrations and
 * tracking rows; any other is a usage error. The environment's gates (approval, maintenance window, backup) apply.
 */
import { guard, takeRequiredBackup } from '../../apply/guard.js';
import { resolveMigrationId } from '../../apply/ids.js';
import { withServiceLock } from '../../apply/lock.js';
import { checksumOf, forceVersion, readApplied, type ForceAction } from '../../apply/tracking.js';
import { UsageError } from '../../core/types.js';
import { resolveEnvironment } from '../../repo/environments.js';
import { loadRepo } from '../../repo/load.js';
import { selectServices } from '../../repo/select.js';
import { openCommandDatabase } from '../database.js';
import { jsonReport } from '../../report/json.js';
import type { CommandRun } from '../types.js';
import { readMigrationBytes } from '../../repo/read.js';

type Mode = 'clean' | 'remove' | 'accept-checksum';

function modeOf(flags: Record<string, unknown>): Mode {
  const modes = (['clean', 'remove', 'accept-checksum'] as const).filter((m) => flags[m] === true);
  if (modes.length !== 1) {
    throw new UsageError(
      'force needs exactly one of --clean (the migration is complete), --remove (it was undone and should run again) ' +
        'or --accept-checksum (its file was edited after it was applied, and the edit is reviewed).',
    );
  }
  return modes[0]!;
}

/** Runs `svc-migrate force` (its flags are listed in ./index.ts). */
export const run: CommandRun = async (common, flags, io) => {
  const written = flags.version as string | undefined;
  if (common.services.length !== 1) throw new UsageError('force needs exactly one --service.');
  if (!written) throw new UsageError('force needs --version ID (the migration id: 000003, or 3).');
  const mode = modeOf(flags);
  const repo = selectServices(await loadRepo({ root: common.root }), common.services);
  const env = resolveEnvironment(repo, common.env, io.env);
  const service = repo.services.find((s) => s.name === common.services[0]);
  if (!service) throw new UsageError(`Unknown service ${common.services[0]}.`);
  const db = await openCommandDatabase(common, io, { command: 'force', repo, persistent: true });
  let action: ForceAction | undefined;
  let version = written;
  try {
    const rows = await readApplied(db, service);
    version = resolveMigrationId(service, written, '--version', rows.map((r) => r.version));
    const row = rows.find((r) => r.version === version);
    if (mode === 'accept-checksum' && !row) throw new UsageError(`${service.name} ${version} is not applied: there is no checksum to accept.`);
    const gate = guard('force', env, [service], { approve: flags.approve === true, now: new Date() });
    if (gate.refusals.length > 0) {
      for (const r of gate.refusals) io.err(`refused [${r.rule}]: ${r.message}\n`);
      io.err('force refused: nothing was changed.\n');
      return 1;
    }
    if (gate.backupRequired.length > 0) {
      const out = (l: string) => (common.format === 'json' ? io.err(l + '\n') : io.out(l + '\n'));
      const backup = await takeRequiredBackup({ repo, env, db, databaseUrl: common.databaseUrl, backupDir: flags['backup-dir'] as string | undefined, out });
      if ('error' in backup) {
        io.err(`force refused: ${backup.error}\n`);
        return 1;
      }
    }
    const migration = service.migrations.find((m) => m.id === version && m.up);
    const checksum = migration?.up ? checksumOf(readMigrationBytes(migration.up)) : undefined;
    if (mode === 'accept-checksum' && checksum === undefined) throw new UsageError(`${service.name} ${version} has no up file to take the checksum of.`);
    const at = version;
    action = await withServiceLock(db, service.name, () =>
      forceVersion(db, service, at, { remove: mode === 'remove', acceptChecksum: mode === 'accept-checksum', name: migration?.name, environment: env, checksum }),
    );
  } finally {
    await db.close();
  }
  const text: Record<ForceAction, string> = {
    cleaned: `${service.name} ${version}: marked clean (applied).`,
    inserted: `${service.name} ${version}: recorded as applied (it had no row).`,
    removed: `${service.name} ${version}: row deleted; up will run it again.`,
    accepted: `${service.name} ${version}: the file's current checksum is recorded; up no longer refuses it.`,
    unchanged: `${service.name} ${version}: nothing to do (${{ remove: 'no row', clean: 'already clean', 'accept-checksum': 'the checksum already matches' }[mode]}).`,
  };
  // The id is `migration`, as in findings: `version` is the envelope's.
  if (common.format === 'json') io.out(jsonReport(env, { service: service.name, migration: version, action }, { services: 1, migrations: 1, files: 0 }));
  else io.out(text[action] + '\n');
  return 0;
};
