/**
 * Environments: which one is in force, what its settings are (with the spec's defaults), and where a migration
 * applies. The graph keeps its own copy of `appliesIn` (src/graph/environments.ts); the two must agree.
 */
import { UsageError } from '../core/types.js';
import type { EnvironmentSettings, Migration, Repo, Service } from './types.js';
import { SETTING_KEYS } from '../config/sanitize.js';
import { closestName } from '../core/closest.js';

/**
 * Folder names read as environment folders even when no environments.json names them (repo/load.ts). Only
 * `development` is a known environment without being defined (see `knownEnvironments`).
 */
export const DEFAULT_ENVIRONMENTS = ['development', 'staging', 'production'] as const;

/** What an environment allows when environments.json (or the key) says nothing: spec section 1. */
export const DEFAULT_SETTINGS: Readonly<EnvironmentSettings> = Object.freeze({
  allow_destructive_operations: true,
  skip_validation: false,
  auto_rollback_on_failure: false,
  require_approval: false,
  maintenance_window_required: false,
  backup_required: false,
});

/** Where the environment in force came from, for messages (the Action passes its `environment` input as `--env`). */
export type EnvironmentSource = '--env' | 'MIGRATION_ENV' | 'current_environment' | 'the Action input environment';

/**
 * The environment in force: `--env`, else `MIGRATION_ENV`, else `current_environment` of the services'
 * environments.json, else `development`. When services name different current environments, the first service
 * by name wins (services are sorted by name), so the answer does not depend on the order of the disk.
 * Whatever its source, the name must be a known environment (`knownEnvironments`): a typo (`prod`, `PRODUCTION`)
 * is a UsageError naming the known ones, never a run with the defaults' fewer protections (spec section 1).
 */
export function resolveEnvironment(
  repo: Pick<Repo, 'services'> & Partial<Pick<Repo, 'config'>>,
  flag?: string,
  env: NodeJS.ProcessEnv = process.env,
  flagSource: EnvironmentSource = '--env',
): string {
  const [name, source] = environmentInForce(repo, flag, env, flagSource);
  const known = knownEnvironments(repo);
  if (known.includes(name)) return name;
  const near = closestName(name, known);
  const where = source === 'current_environment' ? `current_environment ${JSON.stringify(name)} in environments.json` : `${source} ${JSON.stringify(name)}`;
  throw new UsageError(
    `${where} is not an environment of this repository${near ? ` (did you mean "${near}"?)` : ''}. ` +
      `Known environments: ${known.join(', ')}. An environment is known when an environments.json defines it, a ` +
      `service has a folder of that name, or svc-migrate.json lists it under "environments".`,
  );
}

function environmentInForce(
  repo: Pick<Repo, 'services'>,
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  flagSource: EnvironmentSource,
): [string, EnvironmentSource] {
  if (flag !== undefined && flag.trim() !== '') return [checkedEnvironmentName(flag.trim(), flagSource), flagSource];
  const fromEnv = env.MIGRATION_ENV;
  if (fromEnv !== undefined && fromEnv.trim() !== '') return [checkedEnvironmentName(fromEnv.trim(), 'MIGRATION_ENV'), 'MIGRATION_ENV'];
  const sorted = [...repo.services].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const s of sorted) {
    const current = s.environments?.value.current_environment;
    if (typeof current === 'string' && current !== '') return [current, 'current_environment'];
  }
  return ['development', 'current_environment'];
}

/** What an environment name given on the command line may look like: letters, digits, `_`, `-`, `.`. */
export const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;

/**
 * Refuses an environment name with quotes, spaces, semicolons, `$`, newlines...: it is stored in the tracking
 * tables and passed to hooks. Storage uses bind parameters anyway; a name like `x'; DROP TABLE t; --` is
 * nevertheless a mistake or an attack, and saying so beats storing it.
 */
function checkedEnvironmentName(name: string, source: string): string {
  if (ENVIRONMENT_NAME.test(name)) return name;
  throw new UsageError(
    `${source} ${JSON.stringify(name)} is not an environment name: use letters, digits, "_", "-" and "." (at most 63), e.g. staging.`,
  );
}

/** The settings of `env` for a service: its environments.json config over the defaults. */
export function environmentSettings(service: Pick<Service, 'environments'>, env: string): EnvironmentSettings {
  const settings: EnvironmentSettings = { ...DEFAULT_SETTINGS };
  const environments = service.environments?.value.environments;
  const entry = environments && Object.prototype.hasOwnProperty.call(environments, env) ? environments[env] : undefined;
  const config = entry?.config;
  if (!config) return settings;
  for (const key of SETTING_KEYS) {
    const v = config[key];
    if (typeof v === 'boolean') settings[key] = v;
  }
  if (config.maintenance_window) settings.maintenance_window = { ...config.maintenance_window };
  return settings;
}

/** `common/` (and the flat layout, read as common) applies in every environment; `<env>/` only in that one. */
export function appliesIn(migration: Pick<Migration, 'folder'>, env: string): boolean {
  return migration.folder === 'common' || migration.folder === env;
}

/** The environments among `allEnvs` where a migration of this service runs. */
export function environmentsOf(_service: Pick<Service, 'name'>, migration: Pick<Migration, 'folder'>, allEnvs: readonly string[]): string[] {
  return allEnvs.filter((e) => appliesIn(migration, e));
}

/**
 * The known environments (spec section 1): `development`, every environment folder, every environments.json key
 * and every svc-migrate.json `environments` key. `development`, then staging and production where known, then the
 * rest by name.
 */
export function knownEnvironments(repo: Pick<Repo, 'services'> & Partial<Pick<Repo, 'config'>>): string[] {
  const names = new Set<string>();
  for (const s of repo.services) {
    for (const m of s.migrations) if (m.folder !== 'common') names.add(m.folder);
    for (const e of Object.keys(s.environments?.value.environments ?? {})) names.add(e);
  }
  for (const e of Object.keys(repo.config?.environments ?? {})) names.add(e);
  // The usual pipeline order first, where those environments are known; the rest by name.
  const first = ['development', ...['staging', 'production'].filter((n) => names.has(n))];
  return [...first, ...[...names].filter((n) => !first.includes(n)).sort()];
}

/**
 * The environments static checks (the graph, lint, the schema diff) consider: the known ones plus staging and
 * production, where a repository without environments.json usually deploys too, so that a `common/` migration that
 * needs a `development/` one is reported before a staging deploy finds it. Only `knownEnvironments` decides which
 * names a command accepts.
 */
export function checkedEnvironments(repo: Pick<Repo, 'services'> & Partial<Pick<Repo, 'config'>>): string[] {
  const known = knownEnvironments(repo);
  const defaults: string[] = [...DEFAULT_ENVIRONMENTS];
  return [...defaults, ...known.filter((n) => !defaults.includes(n))];
}
