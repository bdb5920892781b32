/**
 * Which environments a migration applies in, as the graph sees it. src/repo/environments.ts owns the same
 * facts for the rest of the tool; this local copy keeps the graph pure and buildable on its own (the two must
 * agree: `common/` applies everywhere, `<env>/` only there).
 */
import type { Migration, Repo, Service } from '../repo/types.js';

/** The environments every project has, even with no environments.json. */
export const DEFAULT_ENVIRONMENTS = ['development', 'staging', 'production'] as const;

/** `common/` (and the flat layout, read as common) applies in every environment; `<env>/` only in that one. */
export function appliesIn(migration: Pick<Migration, 'folder'>, env: string): boolean {
  return migration.folder === 'common' || migration.folder === env;
}

/**
 * The environments worth checking a service against: the three defaults, its environment folders, the keys of
 * its environments.json, the project config's environments, and the one in force. Defaults first, then by name.
 */
export function knownEnvironments(repo: Repo, service: Service, env?: string): string[] {
  const names = new Set<string>(DEFAULT_ENVIRONMENTS);
  for (const m of service.migrations) if (m.folder !== 'common') names.add(m.folder);
  const declared = service.environments?.value?.environments;
  if (declared && typeof declared === 'object') for (const k of Object.keys(declared)) names.add(k);
  for (const k of Object.keys(repo.config?.environments ?? {})) names.add(k);
  if (env) names.add(env);
  const defaults: string[] = [...DEFAULT_ENVIRONMENTS];
  const rest = [...names].filter((n) => !defaults.includes(n)).sort();
  return [...defaults, ...rest];
}
