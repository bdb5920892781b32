/** `svc-migrate force --service S --version ID --clean`: clears a dirty flag after a human repaired the database. */
import { readFile } from 'node:fs/promises';
import { openDatabase } from '../../apply/db/open.js';
import { withServiceLock } from '../../apply/lock.js';
import { checksumOf, forceVersion } from '../../apply/tracking.js';
import { UsageError } from '../../core/types.js';
import { resolveEnvironment } from '../../repo/environments.js';
import { loadRepo } from '../../repo/load.js';
import { selectServices } from '../../repo/select.js';
import { jsonReport } from '../../report/json.js';
import type { CommandRun } from '../types.js';

/** Runs `svc-migrate force` (its flags are listed in ./index.ts). */
export const run: CommandRun = async (common, flags, io) => {
  const version = flags.version as string | undefined;
  if (common.services.length !== 1) throw new UsageError('force needs exactly one --service.');
  if (!version || !/^\d+$/.test(version)) throw new UsageError('force needs --version ID (the migration id, digits, as written: 000003).');
  if ((flags.clean === true) === (flags.remove === true)) {
    throw new UsageError('force needs either --clean (the migration is complete) or --remove (it was undone and should run again).');
  }
  const repo = selectServices(await loadRepo({ root: common.root }), common.services);
  const env = resolveEnvironment(repo, common.env, io.env);
  const service = repo.services.find((s) => s.name === common.services[0]);
  if (!service) throw new UsageError(`Unknown service ${common.services[0]}.`);
  const migration = service.migrations.find((m) => m.id === version && m.up);
  const checksum = migration?.up ? checksumOf(await readFile(migration.up.abs)) : undefined;
  const db = await openDatabase(common.databaseUrl, { cwd: io.cwd });
  let action;
  try {
    action = await withServiceLock(db, service.name, () =>
      forceVersion(db, service, version, { remove: flags.remove === true, name: migration?.name, environment: env, checksum }),
    );
  } finally {
    await db.close();
  }
  const text = {
    cleaned: `${service.name} ${version}: marked clean (applied).`,
    inserted: `${service.name} ${version}: recorded as applied (it had no row).`,
    removed: `${service.name} ${version}: row deleted; up will run it again.`,
    unchanged: `${service.name} ${version}: nothing to do (${flags.remove === true ? 'no row' : 'already clean'}).`,
  }[action];
  // The id is `migration`, as in findings: `version` is the envelope's.
  if (common.format === 'json') io.out(jsonReport(env, { service: service.name, migration: version, action }, { services: 1, migrations: 1, files: 0 }));
  else io.out(text + '\n');
  return 0;
};
