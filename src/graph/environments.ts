/**
 * Which environments the graph checks a migration against. `appliesIn` and the list of known environments are
 * src/repo/environments.ts's; the graph adds the environment in force (a `--env preview` the repository never
 * mentions is still one where `common/` runs).
 */
import type { Repo } from '../repo/types.js';
import { appliesIn, checkedEnvironments } from '../repo/environments.js';

export { appliesIn };

/** Every environment the repository mentions (defaults first, then by name), plus `env` at the end if new. */
export function environmentsToCheck(repo: Repo, env?: string): string[] {
  const known = checkedEnvironments(repo);
  return env && !known.includes(env) ? [...known, env] : known;
}
