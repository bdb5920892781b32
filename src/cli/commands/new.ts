/**
 * `svc-migrate new --service S --name add_thing [--env E] [--depends-on ID]`: the next migration pair of a
 * service and its dependencies.json entry. `--env` puts it in that environment's folder (default common/);
 * MIGRATION_ENV is deliberately not consulted, so a shell left on staging does not misfile a migration.
 */
import { createMigration } from '../../apply/new.js';
import { UsageError } from '../../core/types.js';
import { loadRepo } from '../../repo/load.js';
import { selectServices } from '../../repo/select.js';
import { resolveEnvironment } from '../../repo/environments.js';
import { jsonReport } from '../../report/json.js';
import type { CommandRun } from '../types.js';

/** Runs `svc-migrate new` (its flags are listed in ./index.ts). */
export const run: CommandRun = async (common, flags, io) => {
  if (common.services.length !== 1) throw new UsageError('new needs exactly one --service.');
  const name = flags.name as string | undefined;
  if (!name) throw new UsageError('new needs --name, e.g. --name add_user_email.');
  const repo = selectServices(await loadRepo({ root: common.root }), common.services);
  const dependsOn = (flags['depends-on'] as string[] | undefined)?.flatMap((d) => d.split(',')).map((d) => d.trim()).filter(Boolean);
  const created = await createMigration(repo, common.services[0] as string, name, { env: common.env, dependsOn });
  if (common.format === 'json') {
    // MIGRATION_ENV is not consulted here either (see above).
    const env = resolveEnvironment(repo, common.env, {});
    io.out(jsonReport(env, { ...created }, { services: 1, migrations: 1, files: 2 }));
  } else {
    io.out(`created ${created.upFile}\ncreated ${created.downFile}\n`);
    io.out(`added ${created.id} to ${created.dependenciesFile} (depends_on: ${JSON.stringify(created.entry.depends_on)})\n`);
    if (created.environmentsFile) io.out(`listed it under ${created.folder} in ${created.environmentsFile}\n`);
  }
  return 0;
};
