/**
 * `svc-migrate new --service S --name add_thing [--env E] [--depends-on ID] [--cross-service svc:ID]`: the next
 * migration of a service in its own format, and its dependencies.json entry (or sqitch.plan line). A service that
 * does not exist yet is created, folders included, in a repository with no services/ folder too. `--env` puts it in
 * that environment's folder (default common/); MIGRATION_ENV is deliberately not consulted, so a shell left on
 * staging does not misfile a migration.
 */
import { createMigration, ensureService } from '../../apply/new.js';
import { loadProjectConfig } from '../../config/load.js';
import { UsageError } from '../../core/types.js';
import { loadRepo } from '../../repo/load.js';
import type { Repo } from '../../repo/types.js';
import { jsonReport } from '../../report/json.js';
import type { CommandRun } from '../types.js';

/** `svc:ID[,ID]` items -> `{svc: [ID...]}`. */
function parseCrossService(items: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const item of items) {
    const m = /^([a-z][a-z0-9_-]*):(.+)$/.exec(item.trim());
    if (!m) throw new UsageError(`--cross-service ${item}: write it as service:ID (e.g. user-service:000002).`);
    (out[m[1]!] ??= []).push(...m[2]!.split(',').map((x) => x.trim()).filter(Boolean));
  }
  return out;
}

/** The repository with `name` in it: the service's folders are created first when it does not exist yet. */
async function repoWith(root: string, name: string): Promise<{ repo: Repo; createdService?: string }> {
  const exists = await loadRepo({ root }).then(
    (repo) => (repo.services.some((s) => s.name === name) ? repo : undefined),
    // No services/ folder at all: a fresh repository, where this is the first service.
    (e: unknown) => {
      if (e instanceof UsageError && /has no services\/ folder|No folder under/.test(e.message)) return undefined;
      throw e;
    },
  );
  if (exists) return { repo: exists };
  const createdService = await ensureService(root, name, loadProjectConfig(root).config.services);
  return { repo: await loadRepo({ root }), createdService };
}

/** Runs `svc-migrate new` (its flags are listed in ./index.ts). */
export const run: CommandRun = async (common, flags, io) => {
  if (common.services.length !== 1) throw new UsageError('new needs exactly one --service.');
  const name = flags.name as string | undefined;
  if (!name) throw new UsageError('new needs --name, e.g. --name add_user_email.');
  const serviceName = common.services[0] as string;
  // The whole repository: cross-service dependencies are checked against the other services.
  const { repo, createdService } = await repoWith(common.root, serviceName);
  const dependsOn = (flags['depends-on'] as string[] | undefined)?.flatMap((d) => d.split(',')).map((d) => d.trim()).filter(Boolean);
  const crossService = parseCrossService((flags['cross-service'] as string[] | undefined) ?? []);
  const created = await createMigration(repo, serviceName, name, { env: common.env, dependsOn, crossService });
  if (common.format === 'json') {
    // MIGRATION_ENV is not consulted here: `new --env` is how a new environment's folder is made.
    const env = common.env ?? 'development';
    io.out(jsonReport(env, { ...created, ...(createdService ? { createdService } : {}) }, { services: 1, migrations: 1, files: created.files.length }));
    return 0;
  }
  if (createdService) io.out(`created service ${serviceName} (${createdService}/common/)\n`);
  for (const f of created.files) io.out(`created ${f}\n`);
  if (created.dependenciesFile) {
    io.out(`added ${created.id} to ${created.dependenciesFile} (depends_on: ${JSON.stringify(created.entry.depends_on)})\n`);
  }
  if (created.environmentsFile) io.out(`listed it under ${created.folder} in ${created.environmentsFile}\n`);
  for (const note of created.notes) io.err(`note: ${note}\n`);
  return 0;
};
